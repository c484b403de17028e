import { useId } from "react";
import {
  MAX_PER_PERSON_CONTROL,
  sameSettings,
  DEFAULT_RECOMMEND_SETTINGS,
  WEIGHT_CONTROLS,
} from "../recommend/recommendState";
import { useRecommendations } from "../recommend/RecommendationsContext";
import { GOAL_COLORS } from "./goalColors";

/** The goals' weights (one slider per goal, from WEIGHT_CONTROLS) and the cap per person. */
export function GoalControls() {
  const { settings, changeSettings, resetSettings, updating, run } = useRecommendations();
  const capId = useId();
  const { weights } = settings;
  return (
    <fieldset className="goal-controls" data-testid="goal-controls">
      <legend>What matters in an introduction</legend>
      <p className="muted">
        Each suggestion is scored on five goals; move a slider to give a goal more or less weight (0 leaves it
        out). The list is recomputed as you go.
      </p>
      <div className="goal-sliders">
        {WEIGHT_CONTROLS.map((control) => (
          <WeightSlider
            key={control.goal}
            label={control.label}
            explanation={control.explanation}
            color={GOAL_COLORS[control.goal]}
            value={weights[control.goal]}
            min={control.min}
            max={control.max}
            step={control.step}
            onChange={(value) => changeSettings({ weights: { ...weights, [control.goal]: value } })}
          />
        ))}
      </div>
      <div className="goal-footer">
        <label htmlFor={capId}>Most suggestions per person</label>
        <input
          id={capId}
          type="number"
          min={MAX_PER_PERSON_CONTROL.min}
          max={MAX_PER_PERSON_CONTROL.max}
          step={MAX_PER_PERSON_CONTROL.step}
          value={settings.maxPerPerson}
          data-testid="max-per-person"
          onChange={(event) => {
            const value = event.target.valueAsNumber;
            if (Number.isFinite(value)) changeSettings({ maxPerPerson: value });
          }}
        />
        <button
          type="button"
          className="button small"
          disabled={sameSettings(settings, DEFAULT_RECOMMEND_SETTINGS)}
          onClick={resetSettings}
        >
          Back to the defaults
        </button>
        <span className="muted" role="status" data-testid="recommend-status" data-status={run.status}>
          {run.status === "failed"
            ? `The suggestions could not be updated: ${run.message}`
            : updating
              ? "Updating the suggestions…"
              : ""}
        </span>
      </div>
    </fieldset>
  );
}

interface WeightSliderProps {
  label: string;
  explanation: string;
  color: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
}

function WeightSlider({ label, explanation, color, value, min, max, step, onChange }: WeightSliderProps) {
  const id = useId();
  return (
    <div className="goal-slider">
      <div className="goal-label">
        <svg width="12" height="12" aria-hidden="true" className="swatch">
          <rect width="12" height="12" rx="2" fill={color} />
        </svg>
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id} className="goal-value">
          {value}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(event) => onChange(event.target.valueAsNumber)}
      />
      <p className="goal-explanation">{explanation}</p>
    </div>
  );
}
