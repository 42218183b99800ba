/**
 * The conversation a page opens, left out of the header's unread total: its own loader marks it
 * read beside the root loader, so the count must not depend on which finishes first.
 */
export function openConversationIdOf(pathname: string): string | undefined {
  return /^\/gesprekken\/([0-9a-f-]{36})$/.exec(pathname)?.[1];
}
