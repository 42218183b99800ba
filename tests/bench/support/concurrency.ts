/** Runs `task` over `items` with at most `limit` at a time: connecting 2,000 clients at once would be a storm. */
export async function limited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}
