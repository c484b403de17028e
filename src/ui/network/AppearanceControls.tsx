import { useId } from "react";
import {
  HIGHLIGHT_OPTIONS,
  LEVEL_OPTIONS,
  SIZE_OPTIONS,
  type Appearance,
  type ColourBy,
  type Level,
  type Option,
} from "./appearance";

interface AppearanceControlsProps {
  /** What the map shows (with fallbacks while the analysis runs). */
  appearance: Appearance;
  /** One choice the user made; merged into their own choices, never into the fallbacks shown. */
  onChange: (change: Partial<Appearance>) => void;
  /** Measures, communities and bottlenecks exist only once the analysis has run. */
  analysed: boolean;
  /** The colourings this network offers (its registry's columns among them). */
  colourOptions: readonly Option<ColourBy>[];
}

/**
 * People or sectors, then Colour by, Size by and Highlight: the map's appearance choices. The
 * last three draw people, so they rest while the sector map is shown.
 */
export function AppearanceControls({
  appearance,
  onChange,
  analysed,
  colourOptions,
}: AppearanceControlsProps) {
  const sectors = appearance.level === "sectors";
  const controls = [
    { key: "colourBy", label: "Colour by", options: colourOptions },
    { key: "sizeBy", label: "Size by", options: SIZE_OPTIONS },
    { key: "highlight", label: "Highlight", options: HIGHLIGHT_OPTIONS },
  ] as const;
  return (
    <div className="map-controls" data-testid="map-controls">
      <LevelChoice level={appearance.level} onChange={(level) => onChange({ level })} />
      {controls.map(({ key, label, options }) => (
        <Choice
          key={key}
          label={label}
          value={appearance[key]}
          options={options}
          analysed={analysed}
          disabled={sectors}
          onChange={(value) => onChange({ [key]: value })}
        />
      ))}
      {sectors ? (
        <span className="muted">Colour, size and highlight apply to the map of people.</span>
      ) : (
        !analysed && <span className="muted">More choices once the analysis is done.</span>
      )}
    </div>
  );
}

function LevelChoice({ level, onChange }: { level: Level; onChange: (level: Level) => void }) {
  const name = useId();
  return (
    <div className="level-choice" role="radiogroup" aria-labelledby={`${name}-title`} data-testid="map-level">
      <span id={`${name}-title`} className="level-title">
        Show
      </span>
      {LEVEL_OPTIONS.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={level === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}

interface ChoiceProps {
  label: string;
  value: string;
  options: readonly Option<string>[];
  analysed: boolean;
  disabled: boolean;
  onChange: (value: string) => void;
}

function Choice({ label, value, options, analysed, disabled, onChange }: ChoiceProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.needsAnalysis && !analysed}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}
