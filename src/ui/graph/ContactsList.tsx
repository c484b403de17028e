import { formatCount, formatWeight } from "../common/format";
import type { Contact } from "./personDetails";

interface ContactsListProps {
  contacts: Contact[];
  onSelect: (node: string) => void;
}

/** Strongest ties first; each line says how strong, how often, when and how. */
export function ContactsList({ contacts, onSelect }: ContactsListProps) {
  if (contacts.length === 0) return <p className="muted">No ties with anyone in these files.</p>;
  return (
    <ul className="contacts" data-testid="contacts">
      {contacts.map((contact) => (
        <li key={`${contact.node}-${contact.direction ?? ""}`}>
          <div className="contact-name">
            <button type="button" className="link" onClick={() => onSelect(contact.node)}>
              {contact.direction === "out" && "→ "}
              {contact.direction === "in" && "← "}
              {contact.name}
            </button>
            {!contact.registered && <span className="badge">not in registry</span>}
          </div>
          <div className="contact-tie">
            <span title="Sum of the weights of their interactions and shared events">
              strength {formatWeight(contact.tie.weight)}
            </span>
            <span title="Number of interactions and shared events">
              {formatCount(contact.tie.count)} {contact.tie.count === 1 ? "time" : "times"}
            </span>
            <span>{dateRange(contact.tie.firstDate, contact.tie.lastDate)}</span>
            <span>{contact.tie.types.join(", ")}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

function dateRange(first?: string, last?: string): string {
  if (!first || !last) return first ?? last ?? "undated";
  return first === last ? first : `${first} – ${last}`;
}
