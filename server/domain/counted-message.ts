/**
 * A form error that carries a number ("Er zijn nog maar 2 plekken vrij"): field errors are i18n
 * keys, so the count travels in the key as `key#count` and the page passes it to the translation.
 */
export function countedMessage(key: string, count: number): string {
  return `${key}#${count}`;
}

/** The key and count of a counted message; a plain key has no count. */
export function parseCountedMessage(message: string): { key: string; count?: number } {
  const match = /^(.+)#(\d+)$/.exec(message);
  return match ? { key: match[1] ?? message, count: Number(match[2]) } : { key: message };
}
