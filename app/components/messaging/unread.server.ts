import type { ConversationSummary } from "../../../server/domain/messaging/messaging.types";

/**
 * The header's unread total. The conversation being opened is marked read by its own loader, which
 * runs beside the root loader; it is left out here so the count does not depend on which finishes first.
 */
export function unreadOutsideOpenConversation(conversations: ConversationSummary[], pathname: string) {
  const open = /^\/gesprekken\/([0-9a-f-]{36})$/.exec(pathname)?.[1];
  return conversations.reduce((sum, conversation) => sum + (conversation.id === open ? 0 : conversation.unread), 0);
}
