import type { Logger } from "../logger";

/**
 * Work a service starts after answering (notifying members, making a klus group), tracked so that
 * closing the app (or a test) waits for it before the database pool goes: a query that starts
 * while postgres.js is ending never finishes, and the pool never closes.
 */
export function createBackgroundTasks(logger: Logger) {
  const running = new Set<Promise<unknown>>();
  return {
    run(name: string, task: () => Promise<unknown>) {
      const promise = Promise.resolve()
        .then(task)
        .catch((error: unknown) => logger.warn({ err: error }, `background task failed: ${name}`))
        .finally(() => running.delete(promise));
      running.add(promise);
    },
    async drain() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}

export type BackgroundTasks = ReturnType<typeof createBackgroundTasks>;

/** The stop function of a service's event listeners: unsubscribes, then waits for the work they started. */
export function stopListening(unsubscribers: ReadonlyArray<() => void>, work: BackgroundTasks): () => Promise<void> {
  return async () => {
    unsubscribers.forEach((unsubscribe) => unsubscribe());
    await work.drain();
  };
}
