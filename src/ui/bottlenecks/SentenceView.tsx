import { PersonLink } from "../common/PersonLink";
import type { Sentence } from "./bottleneckText";

/** A sentence whose people are buttons to the map. */
export function SentenceView({ sentence, onShow }: { sentence: Sentence; onShow: (id: string) => void }) {
  return (
    <>
      {sentence.map((segment, i) =>
        typeof segment === "string" ? (
          segment
        ) : (
          <PersonLink key={`${segment.id}-${i}`} id={segment.id} name={segment.name} onShow={onShow} />
        ),
      )}
    </>
  );
}
