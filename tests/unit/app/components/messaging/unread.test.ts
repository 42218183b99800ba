import { describe, expect, it } from "vitest";
import { openConversationIdOf } from "../../../../../app/components/messaging/unread.server";

const open = "0b6f1c3e-8d0a-4a57-9e51-1f4f4bd2a001";

describe("openConversationIdOf", () => {
  it("names the conversation a conversation page opens", () => {
    expect(openConversationIdOf(`/gesprekken/${open}`)).toBe(open);
  });

  it("names none on other pages", () => {
    expect(openConversationIdOf("/gesprekken")).toBeUndefined();
    expect(openConversationIdOf(`/klussen/${open}`)).toBeUndefined();
    expect(openConversationIdOf(`/gesprekken/${open}/meer`)).toBeUndefined();
  });
});
