/**
 * "Highlight: brokers by role": the people who connect most pairs of otherwise unconnected
 * contacts, each coloured by the Gould–Fernandez role that makes up most of their brokering,
 * so a coordinator sees at a glance who holds a sector together and who links sectors. Pure:
 * from the analysis to the brokers, their main role, their colours and the legend.
 *
 * Brokerage is counted on the undirected network, where every pair is seen in both orders,
 * so a person's representative and gatekeeper counts are always equal (see analysis/brokerage).
 * A tie between the two is one role here, "representative and gatekeeper": the person links
 * their sector with others both ways. The two stay apart if they ever differ.
 */
import type { PersonMeasures } from "../../analysis/analyzeNetwork";
import { BROKERAGE_ROLES, type BrokerageRole } from "../../analysis/brokerage";
import { columnById } from "../../analysis/registry";
import type { WeaverGraph } from "../../graph/buildNetwork";
import { topBrokers } from "../bridges/bridgesCharts";
import type { Emphasis } from "../graph/HighlightController";
import { UNKNOWN_COLOR, type SectorPalette } from "../graph/palette";

/** As many as the Bridges view lists: a handful of names the map can still label legibly. */
export const MAP_BROKERS = 15;

export type BrokerKind = BrokerageRole | "boundary";

export interface BrokerKindInfo {
  kind: BrokerKind;
  label: string;
  /** In plain words, for a coordinator. */
  explanation: string;
  /** The Gould–Fernandez roles it stands for, for their pictures. */
  roles: BrokerageRole[];
  color: string;
}

/** Fixed colours, so a role looks the same on every network; distinct for colour-blind readers. */
const KIND_COLORS: Record<BrokerKind, string> = {
  coordinator: "#0072B2",
  itinerant: "#009E73",
  boundary: "#D55E00",
  representative: "#882255",
  gatekeeper: "#A6761D",
  liaison: "#332288",
};

function roleInfo(role: BrokerageRole): BrokerKindInfo {
  const column = columnById(`brokerage.${role}`);
  return {
    kind: role,
    label: column.label,
    explanation: column.explanation,
    roles: [role],
    color: KIND_COLORS[role],
  };
}

/** Every kind, in the order the legend lists them: within a sector first, then across sectors. */
export const BROKER_KINDS: readonly BrokerKindInfo[] = [
  roleInfo("coordinator"),
  roleInfo("itinerant"),
  {
    kind: "boundary",
    label: "Representative and gatekeeper",
    explanation:
      "Links their own sector with other sectors, both ways: carries their sector's knowledge out and brings other sectors' knowledge in.",
    roles: ["representative", "gatekeeper"],
    color: KIND_COLORS.boundary,
  },
  roleInfo("representative"),
  roleInfo("gatekeeper"),
  roleInfo("liaison"),
];

export function brokerKindInfo(kind: BrokerKind): BrokerKindInfo {
  return BROKER_KINDS.find((k) => k.kind === kind)!;
}

/**
 * The role behind most of a person's brokered pairs; null when they broker none. Ties go to
 * the first role in BROKERAGE_ROLES order, except representative and gatekeeper, which tie
 * into "boundary".
 */
export function mainBrokerKind(brokerage: PersonMeasures["brokerage"]): BrokerKind | null {
  if (brokerage.total <= 0) return null;
  const best = Math.max(...BROKERAGE_ROLES.map((role) => brokerage[role]));
  if (best <= 0) return null;
  if (brokerage.representative === best && brokerage.gatekeeper === best) return "boundary";
  return BROKERAGE_ROLES.find((role) => brokerage[role] === best)!;
}

export interface Broker {
  id: string;
  name: string;
  kind: BrokerKind;
  /** Pairs of contacts who rely on them to be connected. */
  total: number;
}

export interface BrokerHighlight {
  /** Most brokered pairs first. */
  brokers: Broker[];
  emphasis: Emphasis;
  /** Brokers in their role's colour, everyone else grey: for the map and its legend. */
  colours: { palette: SectorPalette; colourOf: (node: string) => string };
}

export const NOT_A_BROKER = "Not among the main brokers";

/** The MAP_BROKERS people who broker most, named on the map and coloured by their main role. */
export function brokerHighlight(
  graph: WeaverGraph,
  people: readonly PersonMeasures[],
  limit = MAP_BROKERS,
): BrokerHighlight {
  const brokers: Broker[] = [];
  for (const person of topBrokers(people, limit)) {
    const kind = mainBrokerKind(person.brokerage);
    if (kind === null || !graph.hasNode(person.id)) continue;
    brokers.push({ id: person.id, name: person.name, kind, total: person.brokerage.total });
  }
  const kindOf = new Map(brokers.map((b) => [b.id, b.kind]));
  const entries = BROKER_KINDS.map((info) => ({
    label: info.label,
    color: info.color,
    count: brokers.filter((b) => b.kind === info.kind).length,
  })).filter((entry) => entry.count > 0);
  if (graph.order > brokers.length) {
    entries.push({ label: NOT_A_BROKER, color: UNKNOWN_COLOR, count: graph.order - brokers.length });
  }
  const colourOfKind = (kind: BrokerKind | undefined) => (kind ? KIND_COLORS[kind] : UNKNOWN_COLOR);
  return {
    brokers,
    emphasis: { nodes: new Set(kindOf.keys()), edges: new Set() },
    colours: {
      palette: {
        entries,
        colorOf: (label) => BROKER_KINDS.find((k) => k.label === label)?.color ?? UNKNOWN_COLOR,
      },
      colourOf: (node) => colourOfKind(kindOf.get(node)),
    },
  };
}
