import { sql, type Kysely } from "kysely";

// Frozen: migrations never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per log-in attempt still counting against an account (see server/domain/accounts/login-failures.ts).
  // The account is a SHA-256 of the normalised e-mail address, never the address itself.
  await db.schema
    .createTable("login_failures")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("account_hash", "bytea", (c) => c.notNull())
    .addColumn("attempted_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("login_failures_account_idx")
    .on("login_failures")
    .columns(["account_hash", "attempted_at"])
    .execute();
  // The cleanup deletes by age across all accounts.
  await db.schema.createIndex("login_failures_attempted_idx").on("login_failures").column("attempted_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("login_failures").execute();
}
