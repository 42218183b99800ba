import { describe, expect, it } from "vitest";
import { unreadOutsideOpenConversation } from "../../../../../app/components/messaging/unread.server";
import type { ConversationSummary } from "../../../../../server/domain/messaging/messaging.types";

const open = "0b6f1c3e-8d0a-4a57-9e51-1f4f4bd2a001";
const other = "0b6f1c3e-8d0a-4a57-9e51-1f4f4bd2a002";
const summary = (id: string, unread: number): ConversationSummary => ({
  id,
  kind: "direct",
  title: "Buurthuis",
  opportunityId: null,
  organisationId: null,
  wijkCode: null,
  lastSeq: 9,
  lastMessageAt: null,
  unread,
});

describe("unreadOutsideOpenConversation", () => {
  const list = [summary(open, 3), summary(other, 2)];

  it("counts every conversation on other pages", () => {
    expect(unreadOutsideOpenConversation(list, "/gesprekken")).toBe(5);
    expect(unreadOutsideOpenConversation(list, `/klussen/${open}`)).toBe(5);
  });

  it("leaves out the conversation being opened, which its page marks read", () => {
    expect(unreadOutsideOpenConversation(list, `/gesprekken/${open}`)).toBe(2);
  });
});
