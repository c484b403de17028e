import { useId } from "react";
import { COLOUR_OPTIONS, HIGHLIGHT_OPTIONS, SIZE_OPTIONS, type Appearance } from "./appearance";

interface AppearanceControlsProps {
  appearance: Appearance;
  onChange: (appearance: Appearance) => void;
  /** Measures, communities and bottlenecks exist only once the analysis has run. */
  analysed: boolean;
}

const CONTROLS = [
  { key: "colourBy", label: "Colour by", options: COLOUR_OPTIONS },
  { key: "sizeBy", label: "Size by", options: SIZE_OPTIONS },
  { key: "highlight", label: "Highlight", options: HIGHLIGHT_OPTIONS },
] as const;

/** Colour by, Size by and Highlight: the map's three appearance choices. */
export function AppearanceControls({ appearance, onChange, analysed }: AppearanceControlsProps) {
  return (
    <div className="map-controls" data-testid="map-controls">
      {CONTROLS.map(({ key, label, options }) => (
        <Choice
          key={key}
          label={label}
          value={appearance[key]}
          options={options}
          analysed={analysed}
          onChange={(value) => onChange({ ...appearance, [key]: value })}
        />
      ))}
      {!analysed && <span className="muted">More choices once the analysis is done.</span>}
    </div>
  );
}

interface ChoiceProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string; needsAnalysis: boolean }[];
  analysed: boolean;
  onChange: (value: string) => void;
}

function Choice({ label, value, options, analysed, onChange }: ChoiceProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.needsAnalysis && !analysed}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}
