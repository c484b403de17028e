/**
 * Reading a Slack export archive: listing it without unpacking (to recognise it and to check its
 * size before anything is inflated), then unpacking its JSON files within the limits. A zip's
 * directory states each file's unpacked size and fflate never inflates past it, so checking the
 * stated sizes bounds the memory a hostile archive (a "zip bomb") can take.
 */
import { unzipSync } from "fflate";
import { formatBytes, IngestLimitError, type IngestLimits } from "../limits";

export interface ArchiveEntry {
  name: string;
  size: number;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function isZip(bytes: Uint8Array): boolean {
  return ZIP.every((b, i) => bytes[i] === b);
}

/** The archive's entries as its directory lists them, or null when it is not a readable zip. */
export function listArchive(bytes: Uint8Array): ArchiveEntry[] | null {
  if (!isZip(bytes)) return null;
  const entries: ArchiveEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.originalSize });
        return false;
      },
    });
  } catch {
    return null;
  }
  return entries;
}

/**
 * Where users.json and channels.json sit: "" at the root, or the one folder an archive re-zipped
 * from an unpacked export puts around them. Null when the archive has neither at those places
 * (not a Slack export); an archive with only one of them is an incomplete export, for the importer
 * to explain.
 */
export function slackRoot(entries: readonly ArchiveEntry[]): string | null {
  for (const entry of entries) {
    const m = /^(?:([^/]+)\/)?(?:users|channels)\.json$/.exec(entry.name);
    if (m) return m[1] ? `${m[1]}/` : "";
  }
  return null;
}

/** The JSON files under `root`, unpacked and decoded, keyed by their path below root. */
export function unpackJson(
  bytes: Uint8Array,
  entries: readonly ArchiveEntry[],
  root: string,
  fileName: string,
  limits: IngestLimits,
): Map<string, string> {
  const wanted = entries.filter((e) => e.name.startsWith(root) && e.name.endsWith(".json"));
  if (entries.length > limits.maxArchiveEntries) {
    throw new IngestLimitError(
      `${fileName} holds ${entries.length.toLocaleString("en-US")} files, more than the ` +
        `${limits.maxArchiveEntries.toLocaleString("en-US")} Weaver reads from one archive; nothing was imported from it.`,
    );
  }
  const total = wanted.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.maxArchiveBytes) {
    throw new IngestLimitError(
      `${fileName} unpacks to ${formatBytes(total)} of messages, more than the ${formatBytes(limits.maxArchiveBytes)} ` +
        `Weaver reads from one archive; nothing was imported from it. Export a shorter period from Slack.`,
    );
  }
  const names = new Set(wanted.map((e) => e.name));
  const files = unzipSync(bytes, { filter: (file) => names.has(file.name) });
  const decoder = new TextDecoder("utf-8");
  const out = new Map<string, string>();
  for (const entry of wanted) {
    const data = files[entry.name];
    if (data) out.set(entry.name.slice(root.length), decoder.decode(data).replace(/^\ufeff/, ""));
  }
  return out;
}

/**
 * The 1-based line on which each element of a top-level JSON array starts, in order, so a message
 * can be reported by its line in the day file (Slack writes them pretty-printed, one per block).
 */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let escaped = false;
  let expecting = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === "\\") escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r" || c === "\n") continue;
    if (depth === 1 && expecting && c !== "]") {
      lines.push(line);
      expecting = false;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) expecting = true;
    } else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 1) expecting = true;
  }
  return lines;
}
