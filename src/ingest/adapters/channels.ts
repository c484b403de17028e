/**
 * Channels: the kinds of contact an interaction stands for (meeting, e-mail, chat message, reply
 * in a thread, mention, co-authoring). A reply or a co-authored report says more about a working
 * relationship than an @mention in a busy channel, so the coordinator can leave channels out or
 * give them less weight before the network is built:
 *
 *   const interactions = applyChannelWeights(dataset.interactions, { mention: 0.5, excluded: ["email"] });
 *   buildNetwork({ ...dataset, interactions });
 *
 * Pure functions over records; nothing here touches the graph.
 */
import type { Dataset, InteractionChannel, InteractionRecord } from "../../model/types";
import { normalizeKey } from "../text";

export const CHANNELS: readonly InteractionChannel[] = [
  "meeting",
  "email",
  "message",
  "reply",
  "mention",
  "co-authoring",
  "other",
];

/** Words people write in a type column, in English, Spanish, Portuguese and French. */
const CHANNEL_WORDS: Record<Exclude<InteractionChannel, "other">, string> = {
  meeting:
    "meeting|meetings|call|calls|video call|phone call|visit|workshop|reunion|reuniones|llamada|videollamada|visita|reuniao|chamada|ligacao|rencontre|appel|visite",
  email: "email|e-mail|emails|mail|correo|correo electronico|courriel|correio|correio eletronico",
  message: "message|messages|chat|dm|direct message|whatsapp|sms|mensaje|mensajes|mensagem|mensagens",
  reply: "reply|replies|thread reply|respuesta|responder|resposta|reponse",
  mention: "mention|mentions|@mention|mencion|menciones|mencao|mentionne",
  "co-authoring":
    "co-authoring|coauthoring|co-author|coauthor|co-authored|coauthorship|co-authorship|joint report|publication|coautoria|coautor|co-redaction|coredaction",
};

const BY_WORD = new Map<string, InteractionChannel>();
for (const [channel, words] of Object.entries(CHANNEL_WORDS)) {
  for (const word of words.split("|")) BY_WORD.set(normalizeKey(word), channel as InteractionChannel);
}

/** The channel a type names ("Correo" is e-mail), or undefined for an empty or unknown type. */
export function inferChannel(type: string | undefined): InteractionChannel | undefined {
  if (!type) return undefined;
  return BY_WORD.get(normalizeKey(type));
}

/** A record's channel: the one it carries, else the one its type names, else "other". */
export function channelOf(record: Pick<InteractionRecord, "channel" | "type">): InteractionChannel {
  return record.channel ?? inferChannel(record.type) ?? "other";
}

/**
 * Per-channel weight factors (a missing channel keeps factor 1) and channels left out. A factor of 0
 * leaves the channel out too.
 */
export type ChannelWeights = Partial<Record<InteractionChannel, number>> & {
  excluded?: readonly InteractionChannel[];
};

function factors(settings: ChannelWeights): Map<InteractionChannel, number> {
  const out = new Map<InteractionChannel, number>();
  for (const channel of CHANNELS) {
    const factor = settings[channel] ?? 1;
    if (!Number.isFinite(factor) || factor < 0) {
      throw new RangeError(`channel weight for ${channel} must be a number ≥ 0, got ${String(factor)}`);
    }
    out.set(channel, settings.excluded?.includes(channel) ? 0 : factor);
  }
  return out;
}

/**
 * The interactions with excluded channels left out and each weight multiplied by its channel's
 * factor. Records are copied, never changed; a record whose factor is 1 is returned as is. The
 * same settings give the same result whatever order the records come in.
 */
export function applyChannelWeights<T extends InteractionRecord>(
  records: readonly T[],
  settings: ChannelWeights,
): T[] {
  const factor = factors(settings);
  const out: T[] = [];
  for (const record of records) {
    const f = factor.get(channelOf(record))!;
    if (f === 0) continue;
    out.push(f === 1 ? record : { ...record, weight: record.weight * f });
  }
  return out;
}

/**
 * The same for a whole dataset. Shared events (attendance) are a channel of their own, "shared
 * event", that can only be excluded here: their Newman weights are set when the network is built.
 */
export function applyChannelWeightsToDataset(
  dataset: Dataset,
  settings: ChannelWeights & { excludeSharedEvents?: boolean },
): Dataset {
  return {
    people: dataset.people,
    interactions: applyChannelWeights(dataset.interactions, settings),
    attendance: settings.excludeSharedEvents ? [] : dataset.attendance,
  };
}

/** How many interactions each channel has, in CHANNELS order, for the channel picker; empty channels omitted. */
export function countChannels(
  records: readonly InteractionRecord[],
): { channel: InteractionChannel; count: number }[] {
  const counts = new Map<InteractionChannel, number>();
  for (const record of records) {
    const channel = channelOf(record);
    counts.set(channel, (counts.get(channel) ?? 0) + 1);
  }
  return CHANNELS.filter((c) => counts.has(c)).map((channel) => ({ channel, count: counts.get(channel)! }));
}
