import { Kysely, type Transaction } from "kysely";
import { PostgresJSDialect } from "kysely-postgres-js";
import postgres from "postgres";
import type { Database } from "./schema";

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** What repositories take: the pool, or the transaction a service opened. */
export type DbOrTrx = Db | Trx;

/** Opens a Kysely instance over postgres.js; call `destroy()` to close the pool. */
export function connectDatabase(url: string, options: { max?: number } = {}): Db {
  const client = postgres(url, {
    max: options.max ?? 10,
    // PostgreSQL notices (e.g. "relation already exists, skipping") are not errors for us.
    onnotice: () => {},
  });
  return new Kysely<Database>({ dialect: new PostgresJSDialect({ postgres: client }) });
}
