import type { UnregisteredPerson } from "../../model/identity";
import { formatCount, formatPercent } from "../common/format";
import { KIND_LABELS } from "../common/labels";

/** People named in interactions or attendance but missing from the registry, with likely registry matches. */
export function UnregisteredPeople({ people }: { people: UnregisteredPerson[] }) {
  if (people.length === 0) return null;
  return (
    <section aria-labelledby="unregistered-title" data-testid="unregistered">
      <h3 id="unregistered-title">People not in the registry ({formatCount(people.length)})</h3>
      <p className="muted">
        They appear in interactions or attendance but not in the people file. They are on the map as hollow
        circles. Where a registry entry looks similar, it may be the same person spelled differently.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name as written</th>
              <th scope="col" className="number">
                Mentions
              </th>
              <th scope="col">Found in</th>
              <th scope="col">Similar names in the registry</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.key}>
                <th scope="row">{person.name}</th>
                <td className="number">{formatCount(person.appearances)}</td>
                <td>{person.files.map((kind) => KIND_LABELS[kind]).join(", ")}</td>
                <td>
                  {person.nearMatches.length === 0
                    ? "—"
                    : person.nearMatches
                        .map(
                          (match) => `${match.name} (${match.id}, ${formatPercent(match.similarity)} alike)`,
                        )
                        .join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
