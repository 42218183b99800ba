import { sql } from "kysely";
import type { Db, Trx } from "../../../db/connect";

/**
 * The transactional outbox between PostgreSQL and Meilisearch. A service that changes what
 * search should show calls `enqueueSearchUpdate` inside its own transaction; the outbox worker
 * later brings the index in line with the database. A row says "look at this opportunity
 * again", never what to write, so replaying a row is always safe.
 */
export async function enqueueSearchUpdate(trx: Trx, opportunityIds: readonly string[]): Promise<void> {
  if (opportunityIds.length === 0) return;
  await trx
    .insertInto("search_outbox")
    .values(opportunityIds.map((opportunity_id) => ({ opportunity_id })))
    .execute();
}

export interface OutboxRow {
  id: string;
  opportunityId: string;
  attempts: number;
}

/**
 * Locks up to `limit` unprocessed rows for this transaction, skipping rows another worker holds.
 * Rows that failed before go after fresh ones, so one troublesome row cannot hold up the rest.
 */
export async function claimPendingRows(trx: Trx, limit: number): Promise<OutboxRow[]> {
  const rows = await trx
    .selectFrom("search_outbox")
    .select(["id", "opportunity_id as opportunityId", "attempts"])
    .where("processed_at", "is", null)
    .orderBy("attempts")
    .orderBy("id")
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  return rows.map((row) => ({ ...row, id: String(row.id) }));
}

export async function markProcessed(trx: Trx, rowIds: readonly string[]): Promise<void> {
  if (rowIds.length === 0) return;
  await trx
    .updateTable("search_outbox")
    .set({ processed_at: sql<Date>`now()` })
    .where("id", "in", rowIds)
    .execute();
}

export async function markFailed(trx: Trx, rowIds: readonly string[], error: string): Promise<void> {
  if (rowIds.length === 0) return;
  await trx
    .updateTable("search_outbox")
    .set((eb) => ({ attempts: eb("attempts", "+", 1), last_error: error.slice(0, 2000) }))
    .where("id", "in", rowIds)
    .execute();
}

/** Unprocessed rows, for all opportunities or only for these. */
export async function countPendingRows(db: Db | Trx, opportunityIds?: readonly string[]): Promise<number> {
  if (opportunityIds && opportunityIds.length === 0) return 0;
  let query = db
    .selectFrom("search_outbox")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("processed_at", "is", null);
  if (opportunityIds) query = query.where("opportunity_id", "in", opportunityIds);
  const { count } = await query.executeTakeFirstOrThrow();
  return Number(count);
}
