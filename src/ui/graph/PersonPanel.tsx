import { useId, useMemo, type ReactNode } from "react";
import type { WeaverGraph } from "../../graph/buildNetwork";
import { plural } from "../common/format";
import type { EgoSteps } from "../network/filters";
import { ContactsList } from "./ContactsList";
import { contactsOf, personFacts } from "./personDetails";

interface PersonPanelProps {
  graph: WeaverGraph;
  node: string;
  onSelect: (node: string | null) => void;
  /** Shown between the person's details and their contacts (their measures, once analysed). */
  children?: ReactNode;
  /** How far from this person the map shows people: null shows everyone. */
  ego?: EgoSteps | null;
  onEgo?: (steps: EgoSteps | null) => void;
}

export function PersonPanel({ graph, node, onSelect, children, ego = null, onEgo }: PersonPanelProps) {
  const egoId = useId();
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
      {onEgo && (
        <p className="ego-control">
          <label htmlFor={egoId}>Show only their network: </label>
          <select
            id={egoId}
            value={ego ?? "all"}
            onChange={(event) =>
              onEgo(event.target.value === "all" ? null : (Number(event.target.value) as EgoSteps))
            }
            data-testid="ego-steps"
          >
            <option value="1">1 step</option>
            <option value="2">2 steps</option>
            <option value="all">everyone</option>
          </select>
        </p>
      )}
      {children}
      <h3>{plural(contacts.length, "contact", "contacts")}</h3>
      <ContactsList contacts={contacts} onSelect={onSelect} />
    </section>
  );
}
