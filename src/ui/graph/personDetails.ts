/** What the side panel shows about a person, read from the imported graph (not the drawn one). */
import type { WeaverGraph } from "../../graph/buildNetwork";
import type { PersonAttributes, TieAttributes } from "../../model/types";

export interface Contact {
  node: string;
  name: string;
  registered: boolean;
  tie: TieAttributes;
  /** For directed networks: whether the person wrote to the contact, or the reverse. */
  direction?: "out" | "in";
}

export function contactsOf(graph: WeaverGraph, node: string): Contact[] {
  const contacts: Contact[] = [];
  graph.forEachEdge(node, (_, tie, source, target) => {
    const other = source === node ? target : source;
    const a = graph.getNodeAttributes(other);
    contacts.push({
      node: other,
      name: a.label || a.name || other,
      registered: a.registered,
      tie,
      direction: graph.type === "directed" ? (source === node ? "out" : "in") : undefined,
    });
  });
  return contacts.sort((x, y) => y.tie.weight - x.tie.weight || x.name.localeCompare(y.name));
}

/** Label/value rows, in the registry's order, skipping what the file did not give. */
export function personFacts(person: PersonAttributes): { label: string; value: string }[] {
  const facts: [string, string | undefined][] = [
    ["Identifier", person.id],
    ["E-mail", person.email],
    ["Organisation", person.organization],
    ["Sector", person.sector],
    ["Region", person.region],
    ["Role", person.role],
    ["Groups", (person.groups ?? []).join(", ")],
    ["Status", person.registered ? person.status : undefined],
    ["Joined", person.joined],
  ];
  for (const [label, value] of Object.entries(person.extra ?? {})) facts.push([label, value]);
  return facts
    .filter((f): f is [string, string] => Boolean(f[1]))
    .map(([label, value]) => ({ label, value }));
}
