import { useMemo, type ReactNode } from "react";
import type { WeaverGraph } from "../../graph/buildNetwork";
import { plural } from "../common/format";
import { ContactsList } from "./ContactsList";
import { contactsOf, personFacts } from "./personDetails";

interface PersonPanelProps {
  graph: WeaverGraph;
  node: string;
  onSelect: (node: string | null) => void;
  /** Shown between the person's details and their contacts (their measures, once analysed). */
  children?: ReactNode;
}

export function PersonPanel({ graph, node, onSelect, children }: PersonPanelProps) {
  const person = graph.getNodeAttributes(node);
  const facts = useMemo(() => personFacts(person), [person]);
  const contacts = useMemo(() => contactsOf(graph, node), [graph, node]);
  const name = person.label || person.name || node;

  return (
    <section className="person-panel" aria-labelledby="person-name" data-testid="person-panel">
      <div className="panel-heading">
        <h2 id="person-name">{name}</h2>
        <button
          type="button"
          className="button small"
          onClick={() => onSelect(null)}
          aria-label="Close details"
        >
          Close
        </button>
      </div>
      {!person.registered && (
        <p className="notice warning">
          Not in the registry: this person appears only in the interactions or attendance files.
        </p>
      )}
      <dl className="facts">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {children}
      <h3>{plural(contacts.length, "contact", "contacts")}</h3>
      <ContactsList contacts={contacts} onSelect={onSelect} />
    </section>
  );
}
