import { sql } from "kysely";
import type { Db } from "../../db/connect";
import type { Logger } from "../logger";

/** The advisory lock that lets one process at a time run the scheduled jobs. */
export const JOBS_LOCK = sql<bigint>`hashtext('noaber.jobs')::bigint`;

export interface ScheduledJob {
  name: string;
  run: (now: Date) => Promise<unknown>;
}

/**
 * Runs jobs every `intervalMs`. Each round holds a session advisory lock on one pinned connection
 * (`pg_try_advisory_lock`), so with several app processes only one runs the jobs; the others skip
 * that round. One failing job is logged and does not stop the others.
 */
export function createJobScheduler(
  deps: { db: Db; logger: Logger },
  jobs: ScheduledJob[],
  options: { intervalMs?: number; firstRunDelayMs?: number } = {},
) {
  const logger = deps.logger.child({ component: "jobs" });
  const intervalMs = options.intervalMs ?? 5 * 60_000;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<boolean> | null = null;
  let stopped = true;

  /** One round; false when another process held the lock. */
  async function runOnce(now = new Date()): Promise<boolean> {
    return deps.db.connection().execute(async (connection) => {
      const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${JOBS_LOCK}) as locked`.execute(
        connection,
      );
      if (rows[0]?.locked !== true) return false;
      try {
        for (const job of jobs) {
          try {
            const result = await job.run(now);
            logger.debug({ job: job.name, result }, "job done");
          } catch (error) {
            logger.warn({ err: error, job: job.name }, "job failed");
          }
        }
      } finally {
        await sql`select pg_advisory_unlock(${JOBS_LOCK})`.execute(connection);
      }
      return true;
    });
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      current = runOnce().catch((error: unknown) => {
        logger.warn({ err: error }, "jobs round failed");
        return false;
      });
      void current.finally(() => {
        current = null;
        schedule(intervalMs);
      });
    }, delay);
    timer.unref();
  }

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule(options.firstRunDelayMs ?? 10_000);
    },
    /** Stops scheduling and waits for a running round to finish. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (current) await current;
    },
  };
}
