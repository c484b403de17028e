import { useState, type FormEvent, type ReactNode } from "react";
import type { BetweennessParams } from "../../analysis/betweenness";
import {
  normaliseSettings,
  SETTINGS_GROUPS,
  type AnalysisSettings,
  type SettingsKey,
} from "../../analysis/registry";
import { describeBetweennessChoice } from "./betweennessChoice";
import { ParameterField } from "./ParameterField";

interface SettingsFormProps {
  settings: AnalysisSettings;
  /** People and ties of the network, for what Automatic will pick. */
  size: { people: number; ties: number };
  onApply: (settings: AnalysisSettings) => void;
  onClose: () => void;
}

type Draft = Record<SettingsKey, Record<string, number | string>>;

/** The analysis settings, rendered from the descriptors of the measures that take them. */
export function SettingsForm({ settings, size, onApply, onClose }: SettingsFormProps) {
  const [draft, setDraft] = useState<Draft>(() => structuredClone(settings) as unknown as Draft);
  const parsed = normaliseSettings(draft as unknown as AnalysisSettings);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(parsed);
  };

  /** Extra words under a group, where its parameters need them. */
  const notes: Partial<Record<SettingsKey, ReactNode>> = {
    betweenness: <BetweennessNote params={parsed.betweenness} size={size} />,
  };

  return (
    // The form checks nothing itself: normaliseSettings brings every value within its bounds.
    <form
      noValidate
      className="settings-form"
      onSubmit={submit}
      aria-label="Analysis settings"
      data-testid="analysis-settings"
    >
      {SETTINGS_GROUPS.map(({ key, descriptor, relevant }) => (
        <fieldset key={key} className="settings-group">
          <legend>{descriptor.label}</legend>
          {descriptor.parameters
            .filter((parameter) => relevant(parameter, draft[key]))
            .map((parameter) => (
              <ParameterField
                key={parameter.id}
                parameter={parameter}
                value={draft[key][parameter.id] ?? parameter.default}
                onChange={(value) => setDraft({ ...draft, [key]: { ...draft[key], [parameter.id]: value } })}
              />
            ))}
          {notes[key]}
        </fieldset>
      ))}
      <div className="settings-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="submit" className="button primary">
          Analyse again
        </button>
      </div>
    </form>
  );
}

function BetweennessNote({
  params,
  size,
}: {
  params: BetweennessParams;
  size: { people: number; ties: number };
}) {
  const choice = describeBetweennessChoice(params, size.people, size.ties);
  return (
    <p className="choice-note" data-testid="betweenness-choice" aria-live="polite">
      <strong>{choice.summary}.</strong> {choice.detail}
    </p>
  );
}
