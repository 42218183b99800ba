import { describe, expect, it } from "vitest";
import { mergeMessages } from "../../../../../app/components/messaging/merge";
import type { MessageView } from "../../../../../server/domain/messaging/messaging.types";

function message(id: string, seq: number, changes: Partial<MessageView> = {}): MessageView {
  return {
    id,
    conversationId: "c",
    seq,
    changedSeq: seq,
    clientId: `client-${id}`,
    kind: "text",
    authorId: "anna",
    authorName: "Anna",
    fromOrganisation: false,
    body: `bericht ${id}`,
    state: "visible",
    card: null,
    createdAt: "2026-11-23T10:00:00.000Z",
    editedAt: null,
    ...changes,
  };
}

const nobody = new Set<string>();

describe("mergeMessages", () => {
  it("adds each message once, in order of arrival, however often and in whatever order it comes", () => {
    const merged = mergeMessages([message("1", 1)], [message("3", 3), message("2", 2), message("3", 3)], {
      appendNew: true,
      hiddenAuthors: nobody,
    });
    expect(merged.map((m) => m.id)).toEqual(["1", "2", "3"]);
  });

  it("keeps the latest change of a message, not an older copy that arrives later", () => {
    const deleted = message("1", 1, { changedSeq: 5, state: "deleted", body: null });
    const afterDelete = mergeMessages([message("1", 1)], [deleted], { appendNew: true, hiddenAuthors: nobody });
    expect(afterDelete[0]!.state).toBe("deleted");
    const stale = mergeMessages(afterDelete, [message("1", 1)], { appendNew: true, hiddenAuthors: nobody });
    expect(stale[0]!.state).toBe("deleted");
  });

  it("leaves out blocked authors, and new messages on an older page", () => {
    expect(mergeMessages([], [message("1", 1)], { appendNew: true, hiddenAuthors: new Set(["anna"]) })).toEqual([]);
    expect(
      mergeMessages([message("1", 1)], [message("2", 2)], { appendNew: false, hiddenAuthors: nobody }),
    ).toHaveLength(1);
  });

  it("leaves out changes to messages older than the page", () => {
    const edited = message("1", 1, { changedSeq: 40 });
    expect(
      mergeMessages([message("30", 30)], [edited], { appendNew: true, floorSeq: 30, hiddenAuthors: nobody }),
    ).toHaveLength(1);
  });

  it("returns the same list when nothing changed, so nothing re-renders", () => {
    const list = [message("1", 1)];
    expect(mergeMessages(list, [message("1", 1)], { appendNew: true, hiddenAuthors: nobody })).toBe(list);
  });
});
