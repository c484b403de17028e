/**
 * Reading the non-date values of a row: weights, membership status, group lists.
 * Each reader returns the value or a reason the row cannot be accepted.
 */
import type { MemberStatus } from "../model/types";
import { normalizeKey } from "./text";

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;

/**
 * A positive number; empty means 1. A decimal comma ("1,5") is accepted in
 * semicolon-separated files, where it is how Spanish and Portuguese Excel write decimals
 * (elsewhere "1,500" could as well be a thousand and a half, so it is refused).
 */
export function readWeight(raw: string, delimiter: string): Read<number> {
  const text = raw.trim();
  if (text === "") return { ok: true, value: 1 };
  let value = NaN;
  if (NUMBER.test(text)) value = Number(text);
  else if (delimiter === ";" && DECIMAL_COMMA.test(text)) value = Number(text.replace(",", "."));
  if (!Number.isFinite(value)) return { ok: false, reason: `unparseable weight "${text}"` };
  if (value <= 0) return { ok: false, reason: `weight must be positive, got "${text}"` };
  return { ok: true, value };
}

/** What people write in a status column, in the four languages of the region. */
const STATUS: Record<string, MemberStatus> = {};
const STATUS_WORDS: Record<MemberStatus, string> = {
  member:
    "member|members|active|current|miembro|miembra|activo|activa|vigente|membro|ativo|ativa|membre|actif|active member",
  former:
    "former|alumni|alumnus|alumna|inactive|lapsed|left|past|ex|ex-member|former member|withdrawn|exmiembro|ex miembro|inactivo|inactiva|antiguo|antigua|retirado|retirada|inativo|inativa|ancien|ancienne|inactif",
  prospect:
    "prospect|prospective|candidate|lead|invited|invitee|potential|pending|applicant|prospecto|prospecta|candidato|candidata|invitado|invitada|potencial|pendiente|convidado|convidada|pendente|candidat|invite",
};
for (const [status, words] of Object.entries(STATUS_WORDS)) {
  for (const word of words.split("|")) STATUS[word] = status as MemberStatus;
}

/** member, prospect or former from any of their synonyms; empty means member. */
export function readStatus(raw: string): Read<MemberStatus> {
  const key = normalizeKey(raw);
  if (key === "") return { ok: true, value: "member" };
  const value = STATUS[key];
  return value
    ? { ok: true, value }
    : { ok: false, reason: `unknown status "${raw.trim()}" (expected member, prospect or former)` };
}

/** A groups cell: "Sport & youth; Health" or "Sport|Health"; duplicates and blanks dropped. */
export function readGroups(raw: string): string[] {
  const groups = raw
    .split(/[;|]/)
    .map((g) => g.trim().replace(/\s+/g, " "))
    .filter((g) => g !== "");
  return [...new Set(groups)];
}
