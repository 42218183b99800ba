import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { DbOrTrx, Trx } from "../../../db/connect";

/**
 * The key that log-in attempts are counted under: a SHA-256 of the address as the log-in compares it
 * (trimmed, any case). Not the user id: unknown addresses must be limited exactly like known ones, or
 * the limit would tell which addresses have an account. Not the address itself: the table would keep
 * whatever people typed, typos of other people's addresses and passwords typed in the wrong field included.
 */
export function accountKey(email: string): Buffer {
  return createHash("sha256").update(email.trim().toLowerCase()).digest();
}

// The two-key form of advisory locks is a key space of its own: no clash with other single-key locks.
const LOGIN_FAILURES_LOCK_CLASS = 4_711;

/** Serialises attempts on one account until the transaction ends, so concurrent guesses are counted exactly. */
export async function lockAccount(trx: Trx, key: Buffer): Promise<void> {
  await sql`select pg_advisory_xact_lock(${LOGIN_FAILURES_LOCK_CLASS}, hashtext(encode(${key}, 'hex')))`.execute(trx);
}

/** Attempts on this account within the last `windowMinutes`. */
export async function countRecentFailures(db: DbOrTrx, key: Buffer, windowMinutes: number): Promise<number> {
  const row = await db
    .selectFrom("login_failures")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("account_hash", "=", key)
    .where("attempted_at", ">", sql<Date>`now() - make_interval(mins => ${windowMinutes})`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertFailure(db: DbOrTrx, key: Buffer): Promise<void> {
  await db.insertInto("login_failures").values({ account_hash: key }).execute();
}

/** Every account's attempts from `before` or earlier (uses login_failures_attempted_idx); how many went. */
export async function deleteFailuresBefore(db: DbOrTrx, before: Date): Promise<number> {
  const result = await db.deleteFrom("login_failures").where("attempted_at", "<=", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteFailuresOf(db: DbOrTrx, key: Buffer): Promise<void> {
  await db.deleteFrom("login_failures").where("account_hash", "=", key).execute();
}
