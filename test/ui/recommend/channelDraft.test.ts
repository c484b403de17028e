import { describe, expect, it } from "vitest";
import type { InteractionChannel } from "../../../src/model/types";
import { checkChannels, draftFrom, sameChannels } from "../../../src/ui/adapters/channelDraft";

const PRESENT: InteractionChannel[] = ["message", "reply", "mention"];

describe("channel settings as edited", () => {
  it("come back as they were when nothing is changed", () => {
    const settings = { excluded: ["mention" as const], reply: 2, excludeSharedEvents: true };
    const checked = checkChannels(draftFrom(settings, PRESENT), PRESENT);
    expect(checked).toEqual({
      ok: true,
      settings: { excluded: ["mention"], reply: 2, excludeSharedEvents: true },
    });
    if (checked.ok) expect(sameChannels(checked.settings, settings, PRESENT)).toBe(true);
  });

  it("read weights as typed, with a decimal comma, and leave factor 1 unsaid", () => {
    const draft = draftFrom({}, PRESENT);
    draft.weights.reply = "0,5";
    draft.weights.message = " 1 ";
    const checked = checkChannels(draft, PRESENT);
    expect(checked).toEqual({ ok: true, settings: { excluded: [], excludeSharedEvents: false, reply: 0.5 } });
    if (checked.ok) expect(sameChannels(checked.settings, {}, PRESENT)).toBe(false);
  });

  it("refuse a weight that is not a number ≥ 0, naming the channel", () => {
    const draft = draftFrom({}, PRESENT);
    draft.weights.reply = "lots";
    draft.weights.mention = "-1";
    expect(checkChannels(draft, PRESENT)).toEqual({
      ok: false,
      problems: [
        "Replies in chat threads: the weight must be a number, 0 or more (1 keeps it as it is)",
        "Mentions (@name): the weight must be a number, 0 or more (1 keeps it as it is)",
      ],
    });
    // A channel left out needs no weight.
    draft.included.reply = false;
    draft.included.mention = false;
    expect(checkChannels(draft, PRESENT)).toMatchObject({
      ok: true,
      settings: { excluded: ["reply", "mention"] },
    });
  });
});
