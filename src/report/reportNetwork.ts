/**
 * The report's sections about the network itself, in a coordinator's words: what stands out,
 * the key figures with what each means, where the community hangs on a few people, and who
 * carries the ties between sectors. Explanations come from the measures' own descriptors,
 * so the report and the app's panels say the same thing.
 */
import type { NetworkAnalysis, PersonMeasures } from "../analysis/analyzeNetwork";
import { articulationDescriptor } from "../analysis/articulation";
import { bridgesDescriptor } from "../analysis/bridges";
import { BROKERAGE_ROLES, brokerageDescriptor } from "../analysis/brokerage";
import { communitiesDescriptor } from "../analysis/communities";
import type { MeasureDescriptor } from "../analysis/descriptor";
import { eiIndexDescriptor } from "../analysis/eiIndex";
import { keyPlayersDescriptor } from "../analysis/keyPlayers";
import { sectorDependenciesDescriptor, type SectorDependency } from "../analysis/sectorDependencies";
import { sectorMixingDescriptor } from "../analysis/sectorMixing";
import { structureDescriptor } from "../analysis/structure";
import { formatCount, formatDecimal, formatShare, plural } from "./format";
import { html, type Html } from "./html";
import { HEAT_STEPS } from "./reportStyle";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function explain(descriptor: MeasureDescriptor<any, any>, output: string): string {
  return descriptor.outputs.find((o) => o.id === output)?.explanation ?? "";
}

export interface PeopleIndex {
  get(id: string): PersonMeasures | undefined;
}

export function nameIn(people: PeopleIndex, id: string): string {
  return people.get(id)?.name ?? id;
}

/** "Marta Ruiz (Social NGO)". */
function who(people: PeopleIndex, id: string): Html {
  const p = people.get(id);
  const sector = p?.sector && p.sector !== "Unknown" ? p.sector : null;
  return html`<strong>${nameIn(people, id)}</strong>${sector ? html` (${sector})` : ""}`;
}

function statusCounts(analysis: NetworkAnalysis): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of analysis.people) counts[p.status] = (counts[p.status] ?? 0) + 1;
  return counts;
}

/** A person carrying this share of two sectors' shortest connections is worth a line in the report. */
const DEPENDENCY_SHOWN = 0.3;
const PAIRS_PER_BROKER = 5;

function topDependencies(analysis: NetworkAnalysis): SectorDependency[] {
  return analysis.sectorDependencies
    .filter((d) => d.people[0] !== undefined && d.people[0].share >= DEPENDENCY_SHOWN)
    .sort((a, b) => b.people[0]!.share - a.people[0]!.share || b.connectedPairs - a.connectedPairs);
}

/** The dependencies grouped by the person they run through, the most depended-on first. */
function dependencyBrokers(analysis: NetworkAnalysis): { id: string; pairs: SectorDependency[] }[] {
  const byPerson = new Map<string, SectorDependency[]>();
  for (const d of topDependencies(analysis)) {
    const id = d.people[0]!.id;
    byPerson.set(id, [...(byPerson.get(id) ?? []), d]);
  }
  return [...byPerson.entries()].map(([id, pairs]) => ({ id, pairs }));
}

export function findingsSection(
  analysis: NetworkAnalysis,
  people: PeopleIndex,
  recommendations: { introductions: number; gaps: number; candidates: number } | null,
): Html {
  const s = analysis.summary;
  const counts = statusCounts(analysis);
  const findings: Html[] = [];
  const parts = [
    counts.member ? plural(counts.member, "member") : null,
    counts.prospect ? plural(counts.prospect, "prospect") : null,
    counts.former ? `${formatCount(counts.former)} former` : null,
    counts.unregistered ? `${formatCount(counts.unregistered)} not in the registry` : null,
  ].filter((x): x is string => x !== null);
  findings.push(
    html`<li>
      ${plural(s.people, "person", "people")} (${parts.join(", ")}) and ${plural(s.ties, "working tie")}.
    </li>`,
  );
  if (s.components <= 1) findings.push(html`<li>Everyone is connected through chains of contacts.</li>`);
  else {
    findings.push(
      html`<li>
        ${formatCount(s.largestComponent)} of ${formatCount(s.people)} people
        (${formatShare(s.largestComponent / Math.max(1, s.people))}) are connected through chains of contacts;
        ${plural(s.isolates, "person has", "people have")} no recorded contact at all.
      </li>`,
    );
  }
  if (s.crossSectorShare !== null) {
    const tone =
      s.eiIndex === null
        ? ""
        : s.eiIndex < -0.2
          ? ": sectors mostly work among themselves"
          : s.eiIndex > 0.2
            ? ": sectors mix well"
            : "";
    findings.push(
      html`<li>${formatShare(s.crossSectorShare)} of ties join people from different sectors${tone}.</li>`,
    );
  }
  const [point] = analysis.articulationPoints;
  if (point && point.cutOff > 0) {
    findings.push(
      html`<li>
        If ${who(people, point.node)} left, ${plural(point.cutOff, "person", "people")} would lose every
        connection to the rest of the community.
      </li>`,
    );
  } else findings.push(html`<li>No single departure would cut anyone off from the rest.</li>`);
  const [dependency] = topDependencies(analysis);
  if (dependency) {
    const [a, b] = dependency.sectors;
    findings.push(
      html`<li>
        ${a} and ${b} reach each other mostly through ${who(people, dependency.people[0]!.id)}:
        ${formatShare(dependency.people[0]!.share)} of their shortest connections.
      </li>`,
    );
  }
  if (recommendations) {
    findings.push(
      html`<li>
        ${plural(recommendations.introductions, "introduction")},
        ${plural(recommendations.gaps, "recruitment gap")} and
        ${plural(recommendations.candidates, "candidate")} to fill them are proposed below.
      </li>`,
    );
  }
  return html`<section id="summary">
    <h2>At a glance</h2>
    <ul class="findings">
      ${findings}
    </ul>
  </section>`;
}

function figure(value: string, label: string, explanation: string): Html {
  return html`<div class="figure">
    <p class="value">${value}</p>
    <p class="label">${label}</p>
    <p class="explain">${explanation}</p>
  </div>`;
}

export function figuresSection(analysis: NetworkAnalysis): Html {
  const s = analysis.summary;
  const modularity = s.modularity === null ? "" : ` (modularity ${formatDecimal(s.modularity)})`;
  return html`<section id="figures">
    <h2>Key figures</h2>
    <div class="figures">
      ${[
        figure(
          formatCount(s.people),
          "People",
          "Everyone in the registry, plus people who appear only in the records of meetings, messages or events.",
        ),
        figure(
          formatCount(s.ties),
          "Working ties",
          "Pairs of people who met, wrote to each other, worked together or shared a small event in the period.",
        ),
        figure(
          formatShare(s.people === 0 ? null : s.largestComponent / s.people),
          "In the main network",
          "People who can reach one another through a chain of contacts, however long.",
        ),
        figure(formatCount(s.components), "Separate groups", explain(structureDescriptor, "components")),
        figure(
          formatShare(s.crossSectorShare),
          "Cross-sector ties",
          "The share of ties that join people from two different sectors.",
        ),
        figure(formatDecimal(s.eiIndex), "E-I index", explain(eiIndexDescriptor, "eiIndex")),
        figure(
          formatCount(s.communities),
          `Communities${modularity}`,
          explain(communitiesDescriptor, "modularity"),
        ),
        figure(formatCount(s.peripheral), "On the periphery", explain(structureDescriptor, "peripheral")),
        figure(
          formatCount(s.silentMembers),
          "Members without interaction",
          explain(structureDescriptor, "silentMembers"),
        ),
      ]}
    </div>
  </section>`;
}

const MAX_LISTED = 10;

export function bottlenecksSection(analysis: NetworkAnalysis, people: PeopleIndex): Html {
  const points = analysis.articulationPoints.filter((p) => p.cutOff > 0);
  const shown = points.slice(0, MAX_LISTED);
  const pointList =
    points.length === 0
      ? html`<p>No single departure would cut anyone off: every part of the community has a second route.</p>`
      : html`<ul class="findings">
            ${shown.map(
              (p) =>
                html`<li>
                  If ${who(people, p.node)} left, ${plural(p.cutOff, "person", "people")} would lose every
                  connection to the rest of the
                  community${p.pieces > 2 ? html`, which would fall into ${p.pieces} pieces` : ""}.
                </li>`,
            )}
          </ul>
          ${points.length > shown.length ? html`<p class="more">And ${plural(points.length - shown.length, "more person", "more people")} whose departure would cut someone off.</p>` : ""}`;

  const k = analysis.keyPlayers;
  const players =
    k.steps.length === 0
      ? html`<p>The network is too small for a key-player set.</p>`
      : html`<div class="keep">
          <p>
            If these ${plural(k.steps.length, "person", "people")} left at the same time,
            ${formatShare(k.fragmentationAfter)} of pairs of people could no longer reach each other, against
            ${formatShare(k.fragmentationBefore)} today.
          </p>
          <table class="small">
            <thead>
              <tr>
                <th class="num">#</th>
                <th>Person</th>
                <th>Sector</th>
                <th class="num">Contacts</th>
                <th class="num">Pairs cut off once they and those above have left</th>
              </tr>
            </thead>
            <tbody>
              ${k.steps.map(
                (step, i) =>
                  html`<tr>
                    <td class="num">${i + 1}</td>
                    <td>${nameIn(people, step.node)}</td>
                    <td>${people.get(step.node)?.sector ?? ""}</td>
                    <td class="num">${formatCount(people.get(step.node)?.degree ?? 0)}</td>
                    <td class="num">${formatShare(step.fragmentation)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;

  const brokers = dependencyBrokers(analysis);
  const dependencyList =
    brokers.length === 0
      ? html`<p>
          No pair of sectors depends on one person for as much as ${formatShare(DEPENDENCY_SHOWN)} of its
          connections.
        </p>`
      : html`<ul class="findings">
          ${brokers.slice(0, MAX_LISTED).map(({ id, pairs }) => {
            const listed = pairs
              .slice(0, PAIRS_PER_BROKER)
              .map(
                (d) =>
                  html`<strong>${d.sectors[0]}</strong> and
                    <strong>${d.sectors[1]}</strong> (${formatShare(d.people[0]!.share)};
                    ${d.directTies === 0 ? "no direct tie" : plural(d.directTies, "direct tie")})`,
              );
            const rest = pairs.length - listed.length;
            return html`<li>
              ${who(people, id)} carries most of the shortest connections between
              ${listed.map((item, i) => html`${i === 0 ? "" : i === listed.length - 1 && rest === 0 ? " and " : ", "}${item}`)}${rest > 0 ? html`, and ${plural(rest, "other pair")} of sectors` : ""}.
            </li>`;
          })}
        </ul>`;

  const degree = (id: string) => people.get(id)?.degree ?? 0;
  const bridges = [...analysis.bridges].sort(
    (a, b) => Math.min(degree(b.source), degree(b.target)) - Math.min(degree(a.source), degree(a.target)),
  );
  const bridgeList =
    bridges.length === 0
      ? html`<p>No tie is the only link between two parts of the network.</p>`
      : html`<p>
            ${plural(bridges.length, "tie is", "ties are")} the only link between two parts of the network.
            The ones between the best-connected people:
          </p>
          <ul class="findings">
            ${bridges
              .slice(0, MAX_LISTED)
              .map((b) => html`<li>${who(people, b.source)} — ${who(people, b.target)}</li>`)}
          </ul>`;

  return html`<section id="bottlenecks" class="page">
    <h2>Bottlenecks: where the community hangs on a few people</h2>
    <h3>People who hold parts of the community together</h3>
    <p class="explain">${explain(articulationDescriptor, "articulationPoint")}</p>
    ${pointList}
    <h3>Key players</h3>
    <p class="explain">${explain(keyPlayersDescriptor, "keyPlayers")}</p>
    ${players}
    <h3>Sectors that depend on one person</h3>
    <p class="explain">${explain(sectorDependenciesDescriptor, "sectorDependencies")}</p>
    ${dependencyList}
    <h3>Ties that are the only link</h3>
    <p class="explain">${explain(bridgesDescriptor, "bridges")}</p>
    ${bridgeList}
  </section>`;
}

/** Most sectors the mixing table shows; the rest are named below it. */
const MAX_MIXING_SECTORS = 12;

function mixingTable(analysis: NetworkAnalysis): Html {
  const { sectors, people, ties } = analysis.sectorMixing;
  if (sectors.length === 0) return html`<p>No sectors recorded.</p>`;
  const order = sectors.map((_, i) => i).sort((a, b) => people[b]! - people[a]! || a - b);
  const shown = order.slice(0, MAX_MIXING_SECTORS);
  const hidden = order.slice(MAX_MIXING_SECTORS).map((i) => sectors[i]!);
  const max = Math.max(1, ...shown.flatMap((i) => shown.map((j) => ties[i]![j]!)));
  const cell = (i: number, j: number) => {
    const t = ties[i]![j]!;
    const step = t === 0 ? 0 : Math.max(1, Math.ceil((HEAT_STEPS * t) / max));
    return html`<td class="h${step}${i === j ? " diag" : ""}">${t === 0 ? "·" : formatCount(t)}</td>`;
  };
  return html`<table class="heat small">
      <thead>
        <tr>
          <th></th>
          ${shown.map((j) => html`<th class="col">${sectors[j]!}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (i) =>
            html`<tr>
              <th>${sectors[i]!} (${people[i]!})</th>
              ${shown.map((j) => cell(i, j))}
            </tr>`,
        )}
      </tbody>
    </table>
    ${hidden.length > 0 ? html`<p class="more">Smaller sectors not shown: ${hidden.join(", ")}.</p>` : ""}`;
}

const ROLE_LABEL = Object.fromEntries(
  BROKERAGE_ROLES.map((role) => [
    role,
    brokerageDescriptor.outputs.find((o) => o.id === role)?.label ?? role,
  ]),
);

function mainRole(p: PersonMeasures): string {
  let best: (typeof BROKERAGE_ROLES)[number] | null = null;
  for (const role of BROKERAGE_ROLES)
    if (p.brokerage[role] > 0 && (!best || p.brokerage[role] > p.brokerage[best])) best = role;
  return best ? ROLE_LABEL[best]! : "–";
}

export function bridgesSection(analysis: NetworkAnalysis): Html {
  const brokers = analysis.people
    .filter((p) => p.brokerage.total > 0)
    .sort(
      (a, b) =>
        b.brokerage.total - a.brokerage.total || b.betweenness - a.betweenness || (a.id < b.id ? -1 : 1),
    )
    .slice(0, MAX_LISTED);
  const otherSectors = (p: PersonMeasures) =>
    p.eiIndex === null ? 0 : Math.round((p.degree * (1 + p.eiIndex)) / 2);
  const table =
    brokers.length === 0
      ? html`<p>Nobody links people who are not otherwise in touch.</p>`
      : html`<table class="small">
          <thead>
            <tr>
              <th>Person</th>
              <th>Sector</th>
              <th class="num">Contacts</th>
              <th class="num">In other sectors</th>
              <th class="num">Pairs they link</th>
              <th>Main role</th>
            </tr>
          </thead>
          <tbody>
            ${brokers.map(
              (p) =>
                html`<tr>
                  <td>${p.name}</td>
                  <td>${p.sector ?? ""}</td>
                  <td class="num">${formatCount(p.degree)}</td>
                  <td class="num">${formatCount(otherSectors(p))}</td>
                  <td class="num">${formatCount(p.brokerage.total)}</td>
                  <td>${mainRole(p)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`;
  const roles = html`<ul class="findings">
    ${BROKERAGE_ROLES.map(
      (role) => html`<li><strong>${ROLE_LABEL[role]!}</strong>: ${explain(brokerageDescriptor, role)}</li>`,
    )}
  </ul>`;
  const mixing = sectorMixingDescriptor.outputs[0];
  return html`<section id="bridges" class="page">
    <h2>Bridges between sectors</h2>
    <h3>Brokers</h3>
    <p class="explain">
      The people who most often connect contacts who are not in touch with each other, especially across
      sectors. ${explain(brokerageDescriptor, "brokerageTotal")}
    </p>
    ${table}${roles}
    <div class="keep">
      <h3>Who works with whom</h3>
      <p class="explain">${mixing?.explanation ?? ""} ${mixing?.reading ?? ""}</p>
      ${mixingTable(analysis)}
    </div>
  </section>`;
}
