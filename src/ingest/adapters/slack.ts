/**
 * Slack export (Workspace settings → Import/Export data → Export): a .zip with `users.json`,
 * `channels.json` (public channels and their members), optionally `groups.json`, `dms.json` and
 * `mpims.json` (private channels and direct messages, in exports that include them), and one
 * folder per conversation of daily files (`general/2024-03-05.json`), each an array of messages.
 *
 * What becomes a tie:
 *   - a reply in a thread: replier → the thread's author (`parent_user_id`, or the thread's first
 *     message found in any day file), channel "reply";
 *   - a mention `<@U123>` or `<@U123|name>`: author → mentioned person, channel "mention";
 *   - a message in a direct conversation: author → each other member, channel "message".
 * Joins, leaves, topic changes and other system messages, bots, and replies to one's own thread
 * make no tie; the report counts them. Every possible tie is a row: accepted, or rejected with
 * the day file and line when it cannot be resolved (a mention of someone not in the export).
 * Channel membership gives groups ("#design-lab"), except the workspace-wide general channel.
 * Slack users come back as people with `registered: false`: profiles that identity matching
 * resolves to registry people by e-mail, then name, adding their groups.
 * Dates are the UTC day of each message's timestamp.
 */
import type { Person } from "../../model/types";
import type { AdapterInput, IngestAdapter } from "../adapters";
import { RecordCollector } from "../collector";
import type { ImportOutcome } from "../importFile";
import type { IngestLimits } from "../limits";
import { tooManyRows } from "../limits";
import { cachedImport } from "./cache";
import { adapterOutcome, plural } from "./common";
import { arrayElementLines, isZip, listArchive, slackRoot, unpackJson } from "./slackArchive";

const FORMAT = "slack-export";
const LABEL = "Slack export";

/** Subtypes that are people talking; every other subtype is Slack talking (joins, topics, bots). */
const HUMAN_SUBTYPES = new Set(["thread_broadcast", "reply_broadcast", "file_share", "me_message"]);
const MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;

interface SlackUser {
  name: string;
  email: string;
  bot: boolean;
  deleted: boolean;
  /** In users.json (a workspace member), as opposed to named only by a message. */
  listed: boolean;
}

interface Conversation {
  /** Folder of its day files. */
  folder: string;
  name: string;
  members: string[];
  direct: boolean;
  general: boolean;
}

interface Message {
  path: string;
  line: number;
  folder: string;
  ts: string;
  threadTs: string;
  user: string;
  parentUser: string;
  text: string;
}

type Json = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function readUsers(users: unknown[]): Map<string, SlackUser> {
  const out = new Map<string, SlackUser>();
  for (const raw of users) {
    const u = obj(raw);
    const profile = obj(u.profile);
    const id = str(u.id);
    if (!id) continue;
    const name = str(u.real_name) || str(profile.real_name) || str(profile.display_name) || str(u.name) || id;
    out.set(id, {
      name: name.trim(),
      email: str(profile.email).trim(),
      bot: u.is_bot === true || id === "USLACKBOT" || u.is_app_user === true,
      deleted: u.deleted === true,
      listed: true,
    });
  }
  return out;
}

function conversations(
  files: Map<string, string>,
  parse: (path: string) => unknown[] | null,
): Conversation[] {
  const out: Conversation[] = [];
  const add = (path: string, direct: boolean, folderOf: (c: Json) => string) => {
    for (const raw of files.has(path) ? (parse(path) ?? []) : []) {
      const c = obj(raw);
      const folder = folderOf(c);
      if (!folder) continue;
      const members = list(c.members).map(str).filter(Boolean);
      out.push({ folder, name: str(c.name) || folder, members, direct, general: c.is_general === true });
    }
  };
  add("channels.json", false, (c) => str(c.name));
  add("groups.json", false, (c) => str(c.name));
  add("mpims.json", true, (c) => str(c.name));
  add("dms.json", true, (c) => str(c.id));
  return out;
}

function botNote(messages: number, mentions: number): string {
  const parts = [
    messages > 0 ? plural(messages, "bot message") : "",
    mentions > 0 ? `${plural(mentions, "mention")} of bots` : "",
  ].filter(Boolean);
  return `${parts.join(" and ")} ${messages + mentions === 1 ? "was" : "were"} ignored.`;
}

function isoDay(ts: string): string | undefined {
  const seconds = Number(ts);
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

function readExport(bytes: Uint8Array, fileName: string, limits: IngestLimits): ImportOutcome {
  const fail = (message: string): ImportOutcome => ({ ok: false, fileName, message });
  const entries = listArchive(bytes);
  const root = entries && slackRoot(entries);
  if (!entries || root === null)
    return fail(`${fileName} is not a Slack export: it has no users.json or channels.json.`);
  const files = unpackJson(bytes, entries, root, fileName, limits);
  for (const needed of ["users.json", "channels.json"]) {
    if (!files.has(needed)) {
      return fail(
        `${fileName} looks like a Slack export but has no ${needed}, without which its messages cannot be ` +
          `read; export the workspace again from Slack and import the whole .zip.`,
      );
    }
  }
  const damaged: { path: string; reason: string }[] = [];
  const parse = (path: string): unknown[] | null => {
    try {
      const value: unknown = JSON.parse(files.get(path) ?? "");
      if (Array.isArray(value)) return value;
      damaged.push({ path, reason: `${path} is not a list of entries` });
    } catch {
      // The parser's own wording varies between browsers; the path is what the user needs.
      const what = path.includes("/") ? "its messages" : "the conversations it lists";
      damaged.push({ path, reason: `damaged JSON in ${path}: ${what} could not be read` });
    }
    return null;
  };
  const userList = parse("users.json");
  if (!userList) {
    return fail(
      `${fileName} is a Slack export, but its users.json is damaged, so no message can be tied to a person.`,
    );
  }
  const users = readUsers(userList);
  if (!parse("channels.json")) {
    return fail(
      `${fileName} is a Slack export, but its channels.json is damaged, so its conversations cannot be found.`,
    );
  }
  damaged.length = 0;
  const convos = conversations(files, parse);
  const byFolder = new Map(convos.map((c) => [c.folder, c]));

  // First pass: every human message, and who started each thread.
  const messages: Message[] = [];
  const threadAuthor = new Map<string, string>();
  let system = 0;
  let bots = 0;
  const folderOf = (path: string) => path.slice(0, path.lastIndexOf("/"));
  const inFolders = [...files.keys()].filter((p) => p.includes("/")).sort();
  const dayFiles = inFolders.filter((p) => byFolder.has(folderOf(p)));
  const unlisted = [...new Set(inFolders.filter((p) => !byFolder.has(folderOf(p))).map(folderOf))];
  for (const path of dayFiles) {
    const folder = path.slice(0, path.lastIndexOf("/"));
    const items = parse(path);
    if (!items) continue;
    const lines = arrayElementLines(files.get(path)!);
    items.forEach((raw, i) => {
      const m = obj(raw);
      if (str(m.type) !== "message") return;
      const subtype = str(m.subtype);
      const user = str(m.user);
      const bot =
        subtype === "bot_message" || users.get(user)?.bot || (m.bot_id !== undefined && !users.has(user));
      if (bot) return void bots++;
      if ((subtype && !HUMAN_SUBTYPES.has(subtype)) || !user) return void system++;
      // Someone from another workspace (a shared channel) is named by the profile the message carries.
      const profile = obj(m.user_profile);
      if (!users.has(user) && str(profile.real_name)) {
        users.set(user, {
          name: str(profile.real_name),
          email: "",
          bot: false,
          deleted: false,
          listed: false,
        });
      }
      const ts = str(m.ts);
      const threadTs = str(m.thread_ts);
      if (threadTs && threadTs === ts) threadAuthor.set(`${folder}\u0000${ts}`, user);
      messages.push({
        path,
        line: lines[i] ?? 1,
        folder,
        ts,
        threadTs,
        user,
        parentUser: str(m.parent_user_id) || str(obj(m.root).user),
        text: str(m.text),
      });
      if (messages.length > limits.maxRows) throw tooManyRows(fileName, limits, "messages");
    });
  }

  // Second pass: each possible tie is a row for the collector.
  const collector = new RecordCollector({ kind: "interactions", delimiter: "," });
  for (const d of damaged) collector.reject(1, [d.path], "damaged", d.reason);
  let ownThread = 0;
  let botMentions = 0;
  const who = (id: string) => users.get(id);
  const tie = (m: Message, target: string, type: "reply" | "mention" | "message") => {
    const from = who(m.user);
    const to = who(target);
    const cells = [m.path, m.ts, type, from?.name ?? m.user, to?.name ?? target];
    if (!from) {
      const reason = `${m.path}: ${type} by ${m.user}, who is not in users.json`;
      return collector.reject(m.line, cells, "unresolved", reason);
    }
    if (!to) {
      const what = type === "reply" ? `reply to ${target}` : `${type} of ${target}`;
      return collector.reject(m.line, cells, "unresolved", `${m.path}: ${what}, who is not in users.json`);
    }
    if (to.bot) return void botMentions++;
    collector.add(m.line, cells, {
      source: from.name,
      target: to.name,
      sourceEmail: from.email,
      targetEmail: to.email,
      date: isoDay(m.ts) ?? "",
      type,
      channel: type,
    });
  };
  for (const m of messages) {
    const convo = byFolder.get(m.folder)!;
    if (convo.direct) {
      for (const member of new Set(convo.members)) if (member !== m.user) tie(m, member, "message");
      continue;
    }
    if (m.threadTs && m.threadTs !== m.ts) {
      const parent = m.parentUser || threadAuthor.get(`${m.folder}\u0000${m.threadTs}`);
      if (!parent) {
        collector.reject(
          m.line,
          [m.path, m.ts, "reply", who(m.user)?.name ?? m.user, ""],
          "unresolved",
          `${m.path}: reply in a thread whose first message is not in the export`,
        );
      } else if (parent === m.user) ownThread++;
      else tie(m, parent, "reply");
    }
    const mentioned = new Set([...m.text.matchAll(MENTION)].map((x) => x[1]!));
    for (const id of mentioned) if (id !== m.user) tie(m, id, "mention");
  }
  const collected = collector.finish();

  const groups = new Map<string, string[]>();
  for (const c of convos) {
    if (c.direct || c.general) continue;
    for (const member of c.members) groups.set(member, [...(groups.get(member) ?? []), `#${c.name}`]);
  }
  const people: Person[] = [];
  for (const [id, u] of users) {
    if (u.bot || !u.listed) continue;
    people.push({
      id,
      name: u.name,
      ...(u.email ? { email: u.email } : {}),
      groups: [...new Set(groups.get(id) ?? [])],
      status: u.deleted ? "former" : "member",
      registered: false,
    });
  }
  const channels = convos.filter((c) => !c.direct).length;
  const summary = `${plural(channels, "channel")}, ${plural(people.length, "person", "people")}, ${plural(messages.length, "message")}`;
  const notes = [
    `${plural(messages.length, "message")} read in ${plural(new Set(messages.map((m) => m.folder)).size, "conversation")}.`,
    ...(system > 0
      ? [
          `${plural(system, "system message")} (joins, leaves, topic changes and the like) ${system === 1 ? "was" : "were"} ignored.`,
        ]
      : []),
    ...(bots + botMentions > 0 ? [botNote(bots, botMentions)] : []),
    ...(unlisted.length > 0 ? [`Folders no channel list names were not read: ${unlisted.join(", ")}.`] : []),
    ...(ownThread > 0
      ? [
          `${plural(ownThread, "reply", "replies")} to one's own thread ${ownThread === 1 ? "makes" : "make"} no tie.`,
        ]
      : []),
  ];
  const outcome = adapterOutcome({
    fileName,
    encoding: "zip",
    delimiter: "",
    kind: "interactions",
    header: ["file", "ts", "type", "from", "to"],
    headerLine: 1,
    collected: { ...collected, people },
    source: { format: FORMAT, label: LABEL, summary },
    notes,
    sample: {
      header: ["source", "target", "date", "channel"],
      rows: collected.interactions.map((r) => [r.source, r.target, r.date ?? "", r.channel ?? ""]),
    },
  });
  return outcome;
}

const READER = (input: AdapterInput, limits: IngestLimits) => readExport(input.bytes, input.fileName, limits);

export const slackAdapter: IngestAdapter = {
  id: FORMAT,
  label: LABEL,
  kinds: ["interactions"],
  detect(input) {
    if (!isZip(input.bytes)) return null;
    const entries = listArchive(input.bytes);
    if (!entries || slackRoot(entries) === null) return null;
    const outcome = cachedImport(FORMAT, input, READER);
    return { summary: outcome.ok && outcome.report.source ? outcome.report.source.summary : "" };
  },
  import(input, options) {
    return cachedImport(FORMAT, input, READER, options);
  },
};
