/**
 * The network picture of the printed report, as inline SVG: people where the app's layout
 * (or the CLI's) put them, coloured by sector and sized by contacts, with the people the
 * community hangs on ringed and named. Beyond a few thousand people a drawing of everyone
 * is a grey cloud on paper, so large networks get one circle per sector instead, sized by
 * people and joined by their ties.
 *
 * Colours arrive as data, so they are checked (#rrggbb or #rgb) before they reach an
 * attribute; everything else written into the SVG goes through the escaping template.
 */
import type { NetworkAnalysis } from "../analysis/analyzeNetwork";
import { html, type Html } from "./html";
import { parseHexColor, type NodeVisuals } from "./picture";

const WIDTH = 1000;
/** The sector picture's height; the people picture takes the layout's own proportions within these bounds. */
const HEIGHT = 720;
const MIN_HEIGHT = 560;
const MAX_HEIGHT = 1100;
const MARGIN = 40;
const GREY = "#8a8a8a";

export interface PictureInput {
  analysis: NetworkAnalysis;
  visuals?: NodeVisuals;
  sectorColors: ReadonlyMap<string, string>;
  /** People to ring and name on the picture (ids), in order of importance. */
  highlight: string[];
  maxPeople: number;
}

export interface Picture {
  svg: Html;
  caption: string;
  kind: "people" | "sectors";
}

const round = (x: number) => Math.round(x * 10) / 10;

export function safeColor(color: string | undefined, fallback = GREY): string {
  return color !== undefined && parseHexColor(color) ? color.trim() : fallback;
}

/** The colour each sector is drawn in: as given, else the colour most of its people have. */
export function sectorColorsFrom(
  analysis: NetworkAnalysis,
  visuals: NodeVisuals | undefined,
  given?: ReadonlyMap<string, string>,
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const person of analysis.people) {
    const color = visuals?.get(person.id)?.color;
    if (person.sector === null || color === undefined || !parseHexColor(color)) continue;
    const tally = votes.get(person.sector) ?? new Map<string, number>();
    tally.set(color, (tally.get(color) ?? 0) + 1);
    votes.set(person.sector, tally);
  }
  const colors = new Map<string, string>();
  for (const sector of analysis.sectorMixing.sectors) {
    const chosen = given?.get(sector);
    if (chosen !== undefined && parseHexColor(chosen)) colors.set(sector, chosen.trim());
    else {
      const tally = [...(votes.get(sector) ?? new Map<string, number>()).entries()];
      tally.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      colors.set(sector, tally[0]?.[0] ?? GREY);
    }
  }
  return colors;
}

function label(x: number, y: number, text: string, anchor: "start" | "middle" | "end"): Html {
  return html`<text
    x="${round(x)}"
    y="${round(y)}"
    text-anchor="${anchor}"
    font-size="13"
    font-weight="600"
    fill="#102a43"
    stroke="#ffffff"
    stroke-width="3.5"
    stroke-linejoin="round"
    paint-order="stroke"
    >${text}</text
  >`;
}

function peoplePicture(input: PictureInput): Picture | null {
  const { analysis, visuals } = input;
  if (!visuals || analysis.people.length > input.maxPeople) return null;
  const placed = analysis.people.filter((p) => {
    const v = visuals.get(p.id);
    return v !== undefined && Number.isFinite(v.x) && Number.isFinite(v.y);
  });
  if (placed.length === 0) return null;
  const xs = placed.map((p) => visuals.get(p.id)!.x);
  const ys = placed.map((p) => visuals.get(p.id)!.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const aspect = (maxY - minY) / Math.max(maxX - minX, 1e-9);
  const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, WIDTH * aspect)));
  const scale = Math.min(
    (WIDTH - 2 * MARGIN) / Math.max(maxX - minX, 1e-9),
    (height - 2 * MARGIN) / Math.max(maxY - minY, 1e-9),
  );
  const offsetX = (WIDTH - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  // Layouts count y upwards (sigma, Gephi); SVG counts it downwards.
  const at = new Map(
    placed.map((p) => {
      const v = visuals.get(p.id)!;
      return [p.id, { x: offsetX + (v.x - minX) * scale, y: offsetY + (maxY - v.y) * scale }];
    }),
  );

  const maxWeight = Math.max(0, ...analysis.ties.map((t) => t.weight));
  const strata = [[], [], []] as string[][];
  for (const tie of analysis.ties) {
    const a = at.get(tie.source);
    const b = at.get(tie.target);
    if (!a || !b) continue;
    const level =
      maxWeight > 0 ? Math.min(2, Math.floor((3 * Math.sqrt(tie.weight / maxWeight)) / 1.0001)) : 0;
    strata[level]!.push(`M${round(a.x)} ${round(a.y)}L${round(b.x)} ${round(b.y)}`);
  }
  const edgeStyles = [
    { stroke: "#d3d9e0", width: 0.6 },
    { stroke: "#aab4bf", width: 1 },
    { stroke: "#6b7785", width: 1.6 },
  ];
  const edges = strata.map((paths, i) =>
    paths.length === 0
      ? null
      : html`<path
          d="${paths.join("")}"
          fill="none"
          stroke="${edgeStyles[i]!.stroke}"
          stroke-width="${edgeStyles[i]!.width}"
          stroke-opacity="0.7"
        />`,
  );

  const highlighted = new Set(input.highlight);
  const circle = (id: string, registered: boolean, sector: string | null, ring: boolean): Html => {
    const p = at.get(id)!;
    const v = visuals.get(id)!;
    const r = round(Math.max(2, (v.size ?? 4) * 0.9));
    const color = safeColor(v.color, sector === null ? GREY : (input.sectorColors.get(sector) ?? GREY));
    const fill = registered ? color : "#ffffff";
    const stroke = ring ? "#102a43" : registered ? "#ffffff" : color;
    const width = ring ? 2.5 : registered ? 0.6 : 1.6;
    return html`<circle
      cx="${round(p.x)}"
      cy="${round(p.y)}"
      r="${r}"
      fill="${fill}"
      stroke="${stroke}"
      stroke-width="${width}"
    />`;
  };
  const nodes = placed
    .filter((p) => !highlighted.has(p.id))
    .map((p) => circle(p.id, p.registered, p.sector, false));
  const byId = new Map(placed.map((p) => [p.id, p]));
  const marked = input.highlight.filter((id) => byId.has(id));
  const rings = marked.map((id) => circle(id, byId.get(id)!.registered, byId.get(id)!.sector, true));
  const labels = marked.map((id) => {
    const p = at.get(id)!;
    const r = (visuals.get(id)!.size ?? 4) * 0.9;
    const right = p.x < WIDTH - 160;
    return right
      ? label(p.x + r + 4, p.y + 4, byId.get(id)!.name, "start")
      : label(p.x - r - 4, p.y + 4, byId.get(id)!.name, "end");
  });
  const left = analysis.people.length - placed.length;
  return {
    kind: "people",
    svg: html`<svg
      class="network"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 ${WIDTH} ${height}"
      role="img"
      aria-label="Network of ${placed.length} people"
    >
      ${edges}${nodes}${rings}${labels}
    </svg>`,
    caption:
      `Each dot is a person, coloured by sector and larger with more contacts; each line is a working tie, darker when stronger. ` +
      `Hollow dots are people who are not in the registry. Ringed and named: the people the community depends on most (see Bottlenecks).` +
      (left > 0 ? ` ${left} people without a position are not drawn.` : ""),
  };
}

function sectorPicture(input: PictureInput): Picture {
  const { sectors, people, ties } = input.analysis.sectorMixing;
  const order = sectors.map((_, i) => i).sort((a, b) => people[b]! - people[a]! || a - b);
  const n = order.length;
  const maxPeople = Math.max(1, ...people);
  const cx = WIDTH / 2;
  const cy = HEIGHT / 2;
  const ring = n > 1 ? Math.min(WIDTH, HEIGHT) / 2 - 110 : 0;
  const at = new Map(
    order.map((s, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / Math.max(n, 1);
      return [s, { x: cx + ring * Math.cos(angle), y: cy + ring * Math.sin(angle), angle }];
    }),
  );
  let maxTies = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) maxTies = Math.max(maxTies, ties[i]![j]!);
  const links: Html[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const t = ties[i]![j]!;
      if (t === 0) continue;
      const a = at.get(i)!;
      const b = at.get(j)!;
      const width = round(1 + 11 * Math.sqrt(t / Math.max(maxTies, 1)));
      links.push(
        html`<line
          x1="${round(a.x)}"
          y1="${round(a.y)}"
          x2="${round(b.x)}"
          y2="${round(b.y)}"
          stroke="#8fa1b3"
          stroke-opacity="0.45"
          stroke-width="${width}"
        />`,
      );
    }
  }
  const circles = order.map((s) => {
    const p = at.get(s)!;
    const r = round(10 + 38 * Math.sqrt(people[s]! / maxPeople));
    const color = safeColor(input.sectorColors.get(sectors[s]!));
    // Labels sit outside the ring: beside circles on the left and right, above or below at the poles.
    const [cos, sin] = n > 1 ? [Math.cos(p.angle), Math.sin(p.angle)] : [0, 1];
    const anchor = cos > 0.35 ? "start" : cos < -0.35 ? "end" : "middle";
    const lx = anchor === "middle" ? p.x : p.x + Math.sign(cos) * (r + 6);
    const ly = anchor === "middle" ? p.y + Math.sign(sin || 1) * (r + 10) + (sin > 0 ? 8 : 0) : p.y + 4;
    return html`<circle
        cx="${round(p.x)}"
        cy="${round(p.y)}"
        r="${r}"
        fill="${color}"
        stroke="#ffffff"
        stroke-width="2"
      />${label(lx, ly, `${sectors[s]!} (${people[s]!})`, anchor)}`;
  });
  return {
    kind: "sectors",
    svg: html`<svg
      class="network"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      role="img"
      aria-label="Sectors and the ties between them"
    >
      ${links}${circles}
    </svg>`,
    caption:
      `Each circle is a sector, larger with more people; each line joins two sectors whose people work together, thicker with more ties. ` +
      `The network has ${input.analysis.people.length} people, too many to draw one by one on a page.`,
  };
}

export function networkPicture(input: PictureInput): Picture {
  return peoplePicture(input) ?? sectorPicture(input);
}
