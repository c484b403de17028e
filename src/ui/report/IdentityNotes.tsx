import type { IdentityReport } from "../../model/identity";
import { KIND_LABELS } from "../common/labels";

/** Rows and references the matching step treated specially, so none of them disappears silently. */
export function IdentityNotes({ identity }: { identity: IdentityReport }) {
  const { selfTiesAfterMatching, ambiguous, duplicateRegistryIds } = identity;
  if (selfTiesAfterMatching.length + ambiguous.length + duplicateRegistryIds.length === 0) return null;
  return (
    <section aria-labelledby="identity-title">
      <h3 id="identity-title">Matching notes</h3>
      <ul className="notes">
        {selfTiesAfterMatching.map((row) => (
          <li key={`${row.kind}-${row.line}`}>
            {KIND_LABELS[row.kind]} line {row.line}: “{row.source}” and “{row.target}” are the same person, so
            this row adds no tie.
          </li>
        ))}
        {ambiguous.map((a) => (
          <li key={`${a.by}-${a.ref}`}>
            “{a.ref}” matches several registry entries by {a.by === "email" ? "e-mail" : "name"} (
            {a.candidates.join(", ")}); it was kept as a separate, unregistered person.
          </li>
        ))}
        {duplicateRegistryIds.map((id) => (
          <li key={`dup-${id}`}>The registry lists the id “{id}” more than once; the first row was used.</li>
        ))}
      </ul>
    </section>
  );
}
