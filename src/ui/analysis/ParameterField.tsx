import { useId } from "react";
import type { ParameterSpec } from "../../analysis/descriptor";

interface ParameterFieldProps {
  parameter: ParameterSpec;
  value: number | string;
  onChange: (value: number | string) => void;
}

/**
 * One measure parameter as a form field, from its descriptor alone (Gephi Lite style):
 * a choice becomes radio buttons, a number a number input with the declared bounds.
 */
export function ParameterField({ parameter, value, onChange }: ParameterFieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  if (parameter.type === "choice") {
    return (
      <fieldset className="parameter choice" aria-describedby={helpId}>
        <legend>{parameter.label}</legend>
        {parameter.choices.map((choice) => (
          <label key={choice.value} className="radio">
            <input
              type="radio"
              name={id}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
        <p id={helpId} className="field-help">
          {parameter.help}
        </p>
      </fieldset>
    );
  }
  return (
    <div className="parameter number">
      <label htmlFor={id}>{parameter.label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={parameter.min}
        max={parameter.max}
        step={parameter.step}
        value={value}
        aria-describedby={helpId}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={helpId} className="field-help">
        {parameter.help}
      </p>
    </div>
  );
}
