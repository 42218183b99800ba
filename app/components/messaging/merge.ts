import type { MessageView } from "../../../server/domain/messaging/messaging.types";

/**
 * Merges messages that arrived (live, by a resync, or by a new page load) into the list: one entry
 * per id, the latest change wins, ordered by arrival. With `appendNew` false (an older page is
 * shown) only messages already listed are updated; changes to messages older than `floorSeq` (not
 * on the page) are left out.
 */
export function mergeMessages(
  current: MessageView[],
  incoming: MessageView[],
  {
    appendNew,
    floorSeq = 0,
    hiddenAuthors,
  }: { appendNew: boolean; floorSeq?: number; hiddenAuthors: ReadonlySet<string> },
): MessageView[] {
  const byId = new Map(current.map((message) => [message.id, message]));
  let changed = false;
  for (const message of incoming) {
    if (hiddenAuthors.has(message.authorId)) continue;
    const existing = byId.get(message.id);
    if (existing ? existing.changedSeq >= message.changedSeq : !appendNew || message.seq < floorSeq) continue;
    byId.set(message.id, message);
    changed = true;
  }
  if (!changed) return current;
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}
