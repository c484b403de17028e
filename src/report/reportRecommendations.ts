/**
 * The report's action pages: introductions worth making and recruitment gaps with the people
 * who could fill them, each with its reasons as the recommendation engine wrote them.
 */
import {
  GAP_KIND_EXPLANATIONS,
  GOAL_EXPLANATIONS,
  GOALS,
  type Gap,
  type GapKind,
  type Introduction,
  type RecruitmentCandidate,
} from "../recommend";
import { formatCount, formatDecimal, formatShare, plural } from "./format";
import { html, type Html } from "./html";
import { nameIn, type PeopleIndex } from "./reportNetwork";

export interface RecommendationLimits {
  /** Introductions printed (the CSV has them all). Default 20. */
  introductions?: number;
  /** Gaps printed per kind. Default 12. */
  gapsPerKind?: number;
  /** Candidates printed. Default 15. */
  candidates?: number;
}

/** A score in [0, 1] as a small bar: an SVG width, since the report carries no style attributes. */
function bar(value: number): Html {
  const width = Math.round(Math.max(0, Math.min(1, value)) * 40 * 10) / 10;
  return html`<svg width="40" height="7" viewBox="0 0 40 7" aria-hidden="true">
    <rect width="40" height="7" rx="2" fill="#e4e7eb" />
    <rect width="${width}" height="7" rx="2" fill="#0072b2" />
  </svg>`;
}

function profile(people: PeopleIndex, id: string): string {
  const p = people.get(id);
  if (!p) return "";
  return [p.sector && p.sector !== "Unknown" ? p.sector : null, p.organization, p.region]
    .filter((x): x is string => typeof x === "string" && x !== "")
    .join(" · ");
}

function personLine(people: PeopleIndex, id: string): Html {
  const detail = profile(people, id);
  return html`<strong>${nameIn(people, id)}</strong
    >${detail ? html` <span class="detail">(${detail})</span>` : ""}`;
}

function more(shown: number, total: number, what: string, file: string): Html | null {
  return total > shown
    ? html`<p class="more">${plural(total - shown, `more ${what}`)} in ${file}.</p>`
    : null;
}

export function introductionsSection(
  introductions: readonly Introduction[],
  people: PeopleIndex,
  limits: RecommendationLimits,
): Html {
  const shown = introductions.slice(0, limits.introductions ?? 20);
  const goals = html`<ul class="findings explain">
    ${GOALS.map(
      (g) =>
        html`<li><strong>${GOAL_EXPLANATIONS[g].label}</strong>: ${GOAL_EXPLANATIONS[g].explanation}</li>`,
    )}
  </ul>`;
  const cards = shown.map((intro) => {
    const via =
      intro.via.length === 0
        ? html`<p class="detail">Nobody in the records knows both yet: a direct introduction.</p>`
        : html`<p class="detail">
            Who can introduce them:
            ${intro.via.map((id) => nameIn(people, id)).join(", ")}${intro.introducedBy ? ` (${intro.introducedBy})` : ""}
          </p>`;
    const parts = GOALS.map(
      (g) => `${GOAL_EXPLANATIONS[g].label.toLowerCase()} ${formatDecimal(intro.parts[g])}`,
    );
    return html`<li>
      <p class="who">
        ${personLine(people, intro.a)}<span class="arrow">↔</span>${personLine(people, intro.b)}
      </p>
      ${via}
      <p class="reasons">${intro.reasons.join(" ")}</p>
      <p class="parts">${bar(intro.score)}Score ${formatDecimal(intro.score)} · ${parts.join(" · ")}</p>
    </li>`;
  });
  const body =
    shown.length === 0
      ? html`<p>
          No introduction stands out: no two members who are not yet in touch have a warm path between them.
        </p>`
      : html`<ol class="cards">
            ${cards}
          </ol>
          ${more(shown.length, introductions.length, "suggestion", "introductions.csv")}`;
  return html`<section id="introductions" class="page">
    <h2>Introductions worth making</h2>
    <p>
      Pairs of members who are not yet in touch and whom it would be worth introducing, best first, with who
      can make the introduction and why. Each suggestion weighs five goals:
    </p>
    ${goals}${body}
  </section>`;
}

const KIND_ORDER: GapKind[] = ["absent", "fragile", "underrepresented", "peripheral"];
const KIND_TITLE: Record<GapKind, string> = {
  absent: "Missing altogether",
  fragile: "Hanging on one person",
  underrepresented: "Below target",
  peripheral: "Present but out of the loop",
};
const DIMENSION_LABEL: Record<string, string> = {
  sector: "Sector",
  region: "Region",
  role: "Role",
  group: "Group",
};

function gapSubject(gap: { dimension: string; value: string; group: string | null }): string {
  const within = gap.group !== null && gap.dimension !== "group" ? ` in ${gap.group}` : "";
  return `${DIMENSION_LABEL[gap.dimension] ?? gap.dimension}: ${gap.value}${within}`;
}

function amount(gap: Gap, value: number): string {
  return gap.measure === "share" ? formatShare(value) : formatCount(value);
}

function gapTables(gaps: readonly Gap[], limits: RecommendationLimits): Html[] {
  const perKind = limits.gapsPerKind ?? 12;
  return KIND_ORDER.flatMap((kind) => {
    const list = gaps.filter((g) => g.kind === kind);
    if (list.length === 0) return [];
    const shown = list.slice(0, perKind);
    return [
      html`<h3>${KIND_TITLE[kind]} (${list.length})</h3>
        <p class="explain">${GAP_KIND_EXPLANATIONS[kind]}</p>
        <table>
          <thead>
            <tr>
              <th>Where</th>
              <th class="num">Today</th>
              <th class="num">Target</th>
              <th>Why</th>
            </tr>
          </thead>
          <tbody>
            ${shown.map(
              (g) =>
                html`<tr>
                  <td>${gapSubject(g)}</td>
                  <td class="num">${amount(g, g.observed)}</td>
                  <td class="num">${amount(g, g.target)}</td>
                  <td>${g.reason}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        ${more(shown.length, list.length, `${kind} gap`, "recruitment.csv")}`,
    ];
  });
}

export function recruitmentSection(
  gaps: readonly Gap[],
  candidates: readonly RecruitmentCandidate[],
  people: PeopleIndex,
  limits: RecommendationLimits,
): Html {
  const shown = candidates.slice(0, limits.candidates ?? 15);
  const cards = shown.map((c) => {
    const status = c.status === "prospect" ? "prospect" : "not in the registry";
    const detail = [status, profile(people, c.id)].filter((x) => x !== "").join(" · ");
    const chips = c.fills.map((f) => html`<span class="chip ${f.kind}">${gapSubject(f)} (${f.kind})</span>`);
    return html`<li>
      <p class="who">
        <strong>${c.name || nameIn(people, c.id)}</strong> <span class="detail">(${detail})</span>
      </p>
      ${chips.length > 0 ? html`<p class="chips">${chips}</p>` : ""}
      <p class="reasons">${c.reasons.join(" ")}</p>
      <p class="parts">${bar(c.score)}Score ${formatDecimal(c.score)}</p>
    </li>`;
  });
  const gapBody =
    gaps.length === 0
      ? html`<p>The community meets its target frame: no gap found.</p>`
      : html`${gapTables(gaps, limits)}`;
  const candidateBody =
    shown.length === 0
      ? html`<p>No prospect or friend of the network would fill a gap or already knows a member.</p>`
      : html`<ol class="cards">
            ${cards}
          </ol>
          ${more(shown.length, candidates.length, "candidate", "recruitment.csv")}`;
  return html`<section id="recruitment" class="page">
    <h2>Recruitment: gaps and who could fill them</h2>
    <p>
      Where the community falls short of its target frame (the sectors, regions and roles it wants among its
      active members), and the prospects and friends of the network who could fill those gaps, best first.
    </p>
    ${gapBody}
    <h3>Candidates</h3>
    <p class="explain">
      Prospects from the registry and people who appear in the records without being members, ranked by the
      gaps they would fill, the members they already know (for a warm introduction) and the sectors they would
      connect.
    </p>
    ${candidateBody}
  </section>`;
}
