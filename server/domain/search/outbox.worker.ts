import { sql } from "kysely";
import type { Task } from "meilisearch";
import type { Trx } from "../../../db/connect";
import type { DomainEventName, DomainEvents } from "../events";
import type { ServiceDependencies } from "../services";
import {
  assertSucceeded,
  ensureOpportunitiesIndex,
  isSearchUnavailable,
  loadSearchDocuments,
  opportunitiesIndexName,
} from "./search.index";
import { claimPendingRows, countPendingRows, markFailed, markProcessed, type OutboxRow } from "./search.outbox";

export interface OutboxWorkerOptions {
  /** Rows claimed per round. */
  batchSize?: number;
  /** How often an idle worker looks for rows written by other processes. */
  pollIntervalMs?: number;
  /** How long to wait for Meilisearch to finish one task. */
  taskTimeoutMs?: number;
  /** Back-off after a failed round: doubles from min to max while Meilisearch stays unreachable. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

export interface DrainResult {
  /** Rows this round took. */
  claimed: number;
  processed: number;
  failed: number;
  /** True when Meilisearch could not be reached. */
  unavailable: boolean;
  /** True when another worker (or a full reindex) held the outbox, so this round did nothing. */
  busy: boolean;
}

/**
 * Domain events after which the outbox has new rows; the worker wakes at once instead of at its next
 * poll (a klus that just became full leaves the results well within 2 seconds).
 */
const wakingEvents: DomainEventName[] = ["opportunity.published", "claim.changed"];

/**
 * One worker across all processes syncs the index at a time, so an older state of an opportunity
 * can never overtake a newer one in Meilisearch. `reindexAll` takes the same lock.
 */
export const OUTBOX_LOCK = sql<bigint>`hashtext('noaber.search_outbox')::bigint`;

export async function tryOutboxLock(trx: Trx): Promise<boolean> {
  const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${OUTBOX_LOCK}) as locked`.execute(
    trx,
  );
  return rows[0]?.locked === true;
}

/** Thrown into a round's wait for Meilisearch when the worker stops; the round's transaction then rolls back. */
class WorkerStopped extends Error {
  override name = "WorkerStopped";
}

const errorMessage = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Brings the Meilisearch index in line with PostgreSQL from the search_outbox table. A row is
 * marked processed only after Meilisearch confirmed the change; on failure the row stays, with
 * its attempts and last error, and is tried again after a back-off, so no change is ever lost.
 */
export function createOutboxWorker(
  deps: Pick<ServiceDependencies, "db" | "meili" | "logger" | "config"> & { events?: DomainEvents },
  options: OutboxWorkerOptions = {},
) {
  const { db, meili, config } = deps;
  const logger = deps.logger.child({ component: "search-outbox" });
  const batchSize = options.batchSize ?? 100;
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  const taskTimeoutMs = options.taskTimeoutMs ?? 10_000;
  const minBackoffMs = options.minBackoffMs ?? 500;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const indexUid = opportunitiesIndexName(config);
  const index = meili.index(indexUid);

  let settingsApplied = false;
  let running = false;
  let loop: Promise<void> | null = null;
  let unsubscribe: Array<() => void> = [];
  let wakeUp: (() => void) | null = null;
  let stopSleep: (() => void) | null = null;
  let notified = false;
  let consecutiveFailures = 0;
  // Set while the worker runs (start() to the end of stop()); rounds run by hand (tests, scripts) are not cut short.
  let stopping: AbortController | null = null;
  // Rounds never overlap within a process (the loop, tests and waitUntilIndexed share one queue).
  let queue: Promise<unknown> = Promise.resolve();

  async function ensureIndex(): Promise<void> {
    if (settingsApplied) return;
    await ensureOpportunitiesIndex(meili, indexUid, Math.max(taskTimeoutMs, 30_000));
    settingsApplied = true;
  }

  /**
   * Waits for a Meilisearch task, but no longer than until stop(): the round holds a database
   * transaction meanwhile, which must end before the pool closes and the database stops (a query
   * sent on a connection the database closed crashes postgres.js). Its rows then simply stay pending.
   */
  function untilStopped(task: Promise<Task>): Promise<Task> {
    const signal = stopping?.signal;
    if (!signal) return task;
    if (signal.aborted) return Promise.reject(new WorkerStopped());
    return new Promise<Task>((resolve, reject) => {
      const onAbort = () => reject(new WorkerStopped());
      signal.addEventListener("abort", onAbort, { once: true });
      task.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
    });
  }

  async function applyToIndex(trx: Trx, opportunityIds: string[]): Promise<void> {
    await ensureIndex();
    const documents = await loadSearchDocuments(trx, opportunityIds);
    const present = new Set(documents.map((document) => document.id));
    const gone = opportunityIds.filter((id) => !present.has(id));
    if (documents.length > 0) {
      const added = index.addDocuments(documents, { primaryKey: "id" }).waitTask({ timeout: taskTimeoutMs });
      assertSucceeded(await untilStopped(added));
    }
    if (gone.length > 0) {
      assertSucceeded(await untilStopped(index.deleteDocuments(gone).waitTask({ timeout: taskTimeoutMs })));
    }
  }

  async function syncRows(trx: Trx, rows: OutboxRow[]): Promise<Omit<DrainResult, "busy" | "claimed">> {
    const rowIdsFor = (opportunityId: string) => rows.filter((r) => r.opportunityId === opportunityId).map((r) => r.id);
    const opportunityIds = [...new Set(rows.map((row) => row.opportunityId))];
    try {
      await applyToIndex(trx, opportunityIds);
      await markProcessed(
        trx,
        rows.map((row) => row.id),
      );
      return { processed: rows.length, failed: 0, unavailable: false };
    } catch (error) {
      if (error instanceof WorkerStopped) throw error;
      if (isSearchUnavailable(error)) {
        // Meilisearch may come back empty (a new server): apply the settings again first.
        settingsApplied = false;
        await markFailed(
          trx,
          rows.map((row) => row.id),
          errorMessage(error),
        );
        return { processed: 0, failed: rows.length, unavailable: true };
      }
      if (opportunityIds.length === 1) {
        await markFailed(
          trx,
          rows.map((row) => row.id),
          errorMessage(error),
        );
        logger.warn({ err: error, opportunityId: opportunityIds[0] }, "Meilisearch refused a search document");
        return { processed: 0, failed: rows.length, unavailable: false };
      }
      // Meilisearch refused the batch: go one opportunity at a time, so one bad document holds up only itself.
      let processed = 0;
      let failed = 0;
      for (const opportunityId of opportunityIds) {
        const ids = rowIdsFor(opportunityId);
        try {
          await applyToIndex(trx, [opportunityId]);
          await markProcessed(trx, ids);
          processed += ids.length;
        } catch (single) {
          if (single instanceof WorkerStopped) throw single;
          await markFailed(trx, ids, errorMessage(single));
          failed += ids.length;
          if (isSearchUnavailable(single)) {
            settingsApplied = false;
            const rest = opportunityIds.slice(opportunityIds.indexOf(opportunityId) + 1).flatMap(rowIdsFor);
            await markFailed(trx, rest, errorMessage(single));
            return { processed, failed: failed + rest.length, unavailable: true };
          }
          logger.warn({ err: single, opportunityId }, "Meilisearch refused a search document");
        }
      }
      return { processed, failed, unavailable: false };
    }
  }

  async function round(): Promise<DrainResult> {
    notified = false;
    return db.transaction().execute(async (trx) => {
      if (!(await tryOutboxLock(trx))) return { claimed: 0, processed: 0, failed: 0, unavailable: false, busy: true };
      const rows = await claimPendingRows(trx, batchSize);
      if (rows.length === 0) return { claimed: 0, processed: 0, failed: 0, unavailable: false, busy: false };
      const result = await syncRows(trx, rows);
      return { ...result, claimed: rows.length, busy: false };
    });
  }

  /** Runs one round: claims pending rows, syncs them to Meilisearch, records the outcome. */
  function drainOnce(): Promise<DrainResult> {
    const next = queue.then(round);
    queue = next.catch(() => undefined);
    return next;
  }

  function sleep(ms: number, wakeable: boolean): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      // While backing off, new rows do not cut the wait short; stop() always does.
      wakeUp = wakeable ? done : null;
      stopSleep = done;
    });
  }

  function backoffMs() {
    return Math.min(maxBackoffMs, minBackoffMs * 2 ** Math.min(consecutiveFailures - 1, 20));
  }

  async function run(): Promise<void> {
    while (running) {
      let result: DrainResult | null = null;
      try {
        // Settings first, so the first change after a start does not wait for them.
        if (!settingsApplied) await ensureIndex();
        result = await drainOnce();
      } catch (error) {
        // Meilisearch is unreachable at start, or PostgreSQL failed; nothing was marked, so rows simply stay pending.
        if (consecutiveFailures === 0 && running) logger.warn({ err: error }, "search outbox round failed");
      }
      if (!running) break;

      const failedRound = result === null || (result.failed > 0 && result.processed === 0);
      if (failedRound) {
        consecutiveFailures += 1;
        if (consecutiveFailures === 1) {
          logger.warn(
            { unavailable: result?.unavailable ?? null },
            "search index could not be updated; the changes wait in the outbox and will be retried",
          );
        }
        await sleep(backoffMs(), false);
        continue;
      }
      if (consecutiveFailures > 0) {
        logger.info({ failedRounds: consecutiveFailures }, "search index is being updated again");
        consecutiveFailures = 0;
      }
      const moreWaiting = result !== null && result.claimed >= batchSize;
      if (moreWaiting || notified) continue;
      await sleep(pollIntervalMs, true);
    }
  }

  /** Wakes an idle worker at once (new rows were written in this process). */
  function notify(): void {
    notified = true;
    wakeUp?.();
  }

  return {
    indexUid,

    /** Starts polling in the background; resolves at once, also when Meilisearch is down. */
    async start(): Promise<void> {
      if (running) return;
      running = true;
      stopping = new AbortController();
      if (deps.events) {
        const events = deps.events;
        unsubscribe = wakingEvents.map((name) => events.subscribe(name, () => notify()));
      }
      loop = run();
    },

    /** Stops at once: a round waiting for Meilisearch gives up and rolls back; rows it did not finish stay pending. */
    async stop(): Promise<void> {
      if (!running) return;
      running = false;
      stopping?.abort();
      for (const off of unsubscribe) off();
      unsubscribe = [];
      stopSleep?.();
      await loop;
      loop = null;
      stopping = null;
    },

    drainOnce,
    notify,

    /**
     * Resolves when no outbox rows are pending (for all opportunities, or only for these);
     * drains itself meanwhile. Throws after `timeoutMs`. Meant for tests and scripts.
     */
    async waitUntilIndexed(options: { opportunityIds?: string[]; timeoutMs?: number } = {}): Promise<void> {
      const timeoutMs = options.timeoutMs ?? 20_000;
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await drainOnce().catch(() => undefined);
        const pending = await countPendingRows(db, options.opportunityIds);
        if (pending === 0) return;
        if (Date.now() > deadline) {
          throw new Error(`The search outbox still has ${pending} pending row(s) after ${timeoutMs} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
