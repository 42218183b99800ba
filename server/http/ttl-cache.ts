/**
 * A small in-process map whose entries live `ttlMs` and of which at most `maxEntries` are kept (oldest out
 * first; a Map keeps insertion order). `ttlMs` 0 stores nothing. Used for the page and render caches.
 */
export type TtlCache<T> = {
  get(key: string): T | null;
  set(key: string, value: T): void;
  clear(): void;
  /** Forgets every entry whose key passes `test`. */
  deleteWhere(test: (key: string) => boolean): void;
  readonly size: number;
};

export function createTtlCache<T>(options: { ttlMs: number; maxEntries?: number; now?: () => number }): TtlCache<T> {
  const entries = new Map<string, { value: T; expiresAt: number }>();
  const maxEntries = options.maxEntries ?? 2_000;
  const now = options.now ?? Date.now;
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return null;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return null;
      }
      return entry.value;
    },
    set(key, value) {
      if (options.ttlMs <= 0) return;
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value ?? "");
      entries.set(key, { value, expiresAt: now() + options.ttlMs });
    },
    clear() {
      entries.clear();
    },
    deleteWhere(test) {
      for (const key of [...entries.keys()]) if (test(key)) entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
