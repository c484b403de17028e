/**
 * Channel settings as the user edits them (weights as typed), and back to what
 * applyChannelWeightsToDataset takes, with a message for a weight that is not a number ≥ 0.
 */
import type { InteractionChannel } from "../../model/types";
import type { ChannelSettings } from "../../worker/recommendProtocol";

export const CHANNEL_LABELS: Record<InteractionChannel, string> = {
  meeting: "Meetings and calls",
  email: "E-mail",
  message: "Chat and direct messages",
  reply: "Replies in chat threads",
  mention: "Mentions (@name)",
  "co-authoring": "Co-authoring",
  other: "Other or unnamed kinds",
};

export interface ChannelDraft {
  included: Partial<Record<InteractionChannel, boolean>>;
  weights: Partial<Record<InteractionChannel, string>>;
  sharedEvents: boolean;
}

export function draftFrom(settings: ChannelSettings, channels: readonly InteractionChannel[]): ChannelDraft {
  const draft: ChannelDraft = { included: {}, weights: {}, sharedEvents: !settings.excludeSharedEvents };
  for (const channel of channels) {
    draft.included[channel] = !(settings.excluded ?? []).includes(channel);
    draft.weights[channel] = String(settings[channel] ?? 1);
  }
  return draft;
}

export type CheckedChannels = { ok: true; settings: ChannelSettings } | { ok: false; problems: string[] };

export function checkChannels(draft: ChannelDraft, channels: readonly InteractionChannel[]): CheckedChannels {
  const settings: ChannelSettings = { excluded: [], excludeSharedEvents: !draft.sharedEvents };
  const excluded: InteractionChannel[] = [];
  const problems: string[] = [];
  for (const channel of channels) {
    if (draft.included[channel] === false) {
      excluded.push(channel);
      continue;
    }
    const text = (draft.weights[channel] ?? "1").trim().replace(",", ".");
    const weight = text === "" ? Number.NaN : Number(text);
    if (!Number.isFinite(weight) || weight < 0) {
      problems.push(
        `${CHANNEL_LABELS[channel]}: the weight must be a number, 0 or more (1 keeps it as it is)`,
      );
    } else if (weight !== 1) settings[channel] = weight;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: { ...settings, excluded } };
}

/** Whether two settings build the same network. */
export function sameChannels(
  a: ChannelSettings,
  b: ChannelSettings,
  channels: readonly InteractionChannel[],
): boolean {
  if (Boolean(a.excludeSharedEvents) !== Boolean(b.excludeSharedEvents)) return false;
  return channels.every(
    (c) => (a.excluded ?? []).includes(c) === (b.excluded ?? []).includes(c) && (a[c] ?? 1) === (b[c] ?? 1),
  );
}
