/**
 * The printable report: one self-contained HTML document (inline CSS, inline SVG, no script,
 * no external resource) that the app opens from a Blob URL and the browser saves as PDF, and
 * that the CLI writes as report.html. Written for a coordinator: what stands out, key figures
 * with what they mean, the network picture, bottlenecks, bridges between sectors,
 * introductions and recruitment gaps with their reasons.
 *
 * Pure: the date and the picture come in as input, so the same input gives the same bytes.
 * Every imported text goes through the escaping template (html.ts); the document carries its
 * own Content-Security-Policy (no script, no network, only its own stylesheet) so that even
 * saved to disk and opened on its own it cannot run or fetch anything.
 */
import type { NetworkAnalysis, PersonMeasures } from "../analysis/analyzeNetwork";
import type { WeaverGraph } from "../graph/buildNetwork";
import { formatCount, formatDate } from "./format";
import { html, trusted, type Html } from "./html";
import type { NodeVisual, NodeVisuals } from "./picture";
import type { Pseudonymizer } from "./pseudonymize";
import {
  pseudonymizeAnalysis,
  pseudonymizeRecommendations,
  type RecommendationLists,
} from "./pseudonymizeData";
import { bottlenecksSection, bridgesSection, figuresSection, findingsSection } from "./reportNetwork";
import { networkPicture, sectorColorsFrom } from "./reportPicture";
import { introductionsSection, recruitmentSection, type RecommendationLimits } from "./reportRecommendations";
import { REPORT_STYLE_ELEMENT, REPORT_STYLE_HASH } from "./reportStyle";

export interface DataPeriod {
  from: string | null;
  to: string | null;
}

export interface ReportInput {
  analysis: NetworkAnalysis;
  /** Introductions and recruitment; their pages are left out when null. */
  recommendations?: RecommendationLists | null;
  /** ISO date the report is made (the caller's clock, so the function stays pure). */
  date: string;
  /** Name of the community, for the title. */
  community?: string;
  /** First and last date of the records (see `dataPeriod`). */
  period?: DataPeriod | null;
  /** Positions, sizes and colours of people (the app's layout, or `networkPicture` in layout.ts). */
  visuals?: NodeVisuals;
  /** Colour of each sector (as the analysis names them); by default the colour most of its people have. */
  sectorColors?: ReadonlyMap<string, string>;
  /** Draw people one by one up to this many; beyond, one circle per sector. Default 2,000. */
  maxPeopleDrawn?: number;
  limits?: RecommendationLimits;
  pseudonymize?: Pseudonymizer;
}

export const DEFAULT_MAX_PEOPLE_DRAWN = 2000;

/** First and last date of the network's ties, null when no tie is dated. */
export function dataPeriod(graph: WeaverGraph): DataPeriod {
  let from: string | null = null;
  let to: string | null = null;
  graph.forEachEdge((_edge, a) => {
    if (a.firstDate !== undefined && (from === null || a.firstDate < from)) from = a.firstDate;
    if (a.lastDate !== undefined && (to === null || a.lastDate > to)) to = a.lastDate;
  });
  return { from, to };
}

/** The document's own policy: nothing but its stylesheet; no script, no request, no form. */
export const REPORT_CSP = `default-src 'none'; style-src ${REPORT_STYLE_HASH}; base-uri 'none'; form-action 'none'`;

function periodText(period: DataPeriod | null | undefined): string {
  if (!period || (!period.from && !period.to)) return "Records without dates";
  if (period.from && period.to) return `Records from ${formatDate(period.from)} to ${formatDate(period.to)}`;
  return period.from ? `Records from ${formatDate(period.from)}` : `Records up to ${formatDate(period.to)}`;
}

/** Who the picture rings and names: the key players, then the departures that cut off most. */
function highlighted(analysis: NetworkAnalysis): string[] {
  const ids = [
    ...analysis.keyPlayers.players,
    ...analysis.articulationPoints.filter((p) => p.cutOff > 0).map((p) => p.node),
  ];
  return [...new Set(ids)].slice(0, 8);
}

function legend(analysis: NetworkAnalysis, colors: ReadonlyMap<string, string>): Html {
  const counts = new Map<string, number>();
  for (const p of analysis.people)
    counts.set(p.sector ?? "Unknown", (counts.get(p.sector ?? "Unknown") ?? 0) + 1);
  const entries = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return html`<ul class="legend">
    ${entries.map(
      ([sector, count]) =>
        html`<li>
          <svg class="swatch" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
            <circle cx="5" cy="5" r="5" fill="${colors.get(sector) ?? "#8a8a8a"}" /></svg
          >${sector} (${formatCount(count)})
        </li>`,
    )}
  </ul>`;
}

function footer(analysis: NetworkAnalysis, date: string, pseudonymized: boolean): Html {
  const sampled =
    analysis.betweenness.mode.mode === "sampled"
      ? html` Measures based on shortest paths were estimated from a sample of the network:
        ${analysis.betweenness.accuracy}`
      : "";
  return html`<footer>
    <p>
      Made with Weaver on ${formatDate(date)}, from the records loaded on this computer; nothing was sent
      anywhere.${pseudonymized ? " People appear as codes: the same person has the same code in every export of this workspace." : ""}${sampled}
    </p>
  </footer>`;
}

export function renderReportHtml(input: ReportInput): string {
  const p = input.pseudonymize;
  const analysis = p ? pseudonymizeAnalysis(input.analysis, p) : input.analysis;
  const recommendations =
    input.recommendations && p
      ? pseudonymizeRecommendations(input.recommendations, p)
      : input.recommendations;
  const visuals: NodeVisuals | undefined =
    p && input.visuals
      ? new Map<string, NodeVisual>([...input.visuals].map(([id, v]) => [p.person(id), v]))
      : input.visuals;
  const people = new Map<string, PersonMeasures>(analysis.people.map((person) => [person.id, person]));
  const colors = sectorColorsFrom(analysis, visuals, input.sectorColors);
  const picture = networkPicture({
    analysis,
    visuals,
    sectorColors: colors,
    highlight: highlighted(analysis),
    maxPeople: input.maxPeopleDrawn ?? DEFAULT_MAX_PEOPLE_DRAWN,
  });
  const title = input.community ? `Network report: ${input.community}` : "Community network report";
  const recommendationCounts = recommendations
    ? {
        introductions: recommendations.introductions.length,
        gaps: recommendations.recruitment.gaps.length,
        candidates: recommendations.recruitment.candidates.length,
      }
    : null;
  const limits = input.limits ?? {};

  const body = html`<header>
      <p class="kicker">Weaver · community network report</p>
      <h1>${title}</h1>
      <p class="meta">
        Prepared on ${formatDate(input.date)} · ${periodText(input.period)} ·
        ${formatCount(analysis.summary.people)} people · ${formatCount(analysis.summary.ties)} ties
      </p>
      ${p ? html`<p class="note">Pseudonymised: people appear as codes instead of names, ids and e-mails${p.organizations ? ", and organisations as codes too" : ""}.</p>` : ""}
    </header>
    ${findingsSection(analysis, people, recommendationCounts)} ${figuresSection(analysis)}
    <section id="picture" class="page">
      <h2>The network</h2>
      <figure>
        ${picture.svg}
        <figcaption>${picture.caption}</figcaption>
      </figure>
      ${legend(analysis, colors)}
    </section>
    ${bottlenecksSection(analysis, people)} ${bridgesSection(analysis)}
    ${recommendations ? introductionsSection(recommendations.introductions, people, limits) : ""}
    ${recommendations ? recruitmentSection(recommendations.recruitment.gaps, recommendations.recruitment.candidates, people, limits) : ""}
    ${footer(analysis, input.date, p !== undefined)}`;

  return html`<!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        ${trusted(REPORT_STYLE_ELEMENT)}
      </head>
      <body>
        ${body}
      </body>
    </html> `.value;
}
