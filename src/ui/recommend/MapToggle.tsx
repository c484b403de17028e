import { useId } from "react";
import { useMapFocus } from "./RecommendationsContext";

interface MapToggleProps {
  /** Which recommendations the checkbox draws on the map. */
  which: "introductions" | "candidates";
  label: string;
  onShowMap: () => void;
}

/** Keep a list drawn on the map, and a way to go and see it. */
export function MapToggle({ which, label, onShowMap }: MapToggleProps) {
  const { focus, setFocus } = useMapFocus();
  const id = useId();
  return (
    <>
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={focus[which]}
          onChange={(event) => setFocus({ ...focus, [which]: event.target.checked })}
        />
        {label}
      </label>
      <button type="button" className="button small" onClick={onShowMap}>
        Go to the map
      </button>
    </>
  );
}
