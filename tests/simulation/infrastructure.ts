/**
 * The real parts of a run: a PostgreSQL server (DATABASE_URL's, or an embedded one with its data under
 * .data/simulate, as `npm start` does), a fresh database per policy run (migrated, with the reference
 * data) and the real domain services over it. Meilisearch is never needed: publishing only writes
 * search outbox rows and the simulation runs no outbox worker, so the client points nowhere.
 */
import path from "node:path";
import { sql } from "kysely";
import { Meilisearch } from "meilisearch";
import { pino } from "pino";
import { connectDatabase, type Db } from "../../db/connect";
import { migrateToLatest } from "../../db/migrate";
import { seedReferenceData } from "../../db/seed/reference";
import { startEmbeddedPostgres } from "../../server/embedded/postgres";
import { DomainEvents } from "../../server/domain/events";
import { createServices, type Services } from "../../server/domain/services";

export interface Server {
  /** A URL to a database on the server from which new databases are created. */
  url: string;
  stop(): Promise<void>;
}

/** The server named by DATABASE_URL, or an embedded one under `dataDir` (default .data/simulate). */
export async function startServer(databaseUrl = process.env.DATABASE_URL, dataDir = ".data/simulate"): Promise<Server> {
  if (databaseUrl) return { url: databaseUrl, stop: async () => {} };
  const logger = pino({ level: "silent" });
  return startEmbeddedPostgres({ dataDir: path.resolve(dataDir, "postgres"), logger });
}

export interface RunDatabase {
  db: Db;
  events: DomainEvents;
  services: Services;
  /** Closes the services and the pool and drops the database. */
  drop(): Promise<void>;
}

/** A new database `name` on the server: migrated, the reference data seeded, the real services over it. */
export async function createRunDatabase(server: Server, name: string): Promise<RunDatabase> {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a database name: ${name}`);
  const admin = connectDatabase(server.url, { max: 1 });
  try {
    await sql.raw(`drop database if exists "${name}" with (force)`).execute(admin);
    await sql.raw(`create database "${name}"`).execute(admin);
    // A throw-away database: waiting for each commit's flush to disk would only slow the run down.
    await sql.raw(`alter database "${name}" set synchronous_commit = off`).execute(admin);
  } finally {
    await admin.destroy();
  }
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const db = connectDatabase(url.toString(), { max: 4 });
  await migrateToLatest(db);
  await seedReferenceData(db);
  // Ids the services leave to PostgreSQL come from a sequence in this throw-away database, so a run
  // that does the same things in the same order gets the same ids (a rule that orders by id stays
  // repeatable). The schema itself is untouched.
  await sql`create sequence simulation_ids`.execute(db);
  for (const table of ["opportunities", "claims", "notifications"]) {
    await sql`alter table ${sql.table(table)} alter column id
      set default (lpad(to_hex(nextval('simulation_ids')), 32, '0'))::uuid`.execute(db);
  }
  const events = new DomainEvents();
  const services = createServices({
    db,
    // Never called: no search outbox worker runs and nothing here searches.
    meili: new Meilisearch({ host: "http://127.0.0.1:9" }),
    events,
    logger: pino({ level: "silent" }),
    // Simulated volunteers claim on simulated time; the real clock's per-minute limit does not apply.
    config: { meiliIndexPrefix: `sim_${name}_`, rateLimitMultiplier: 1_000_000 },
  });
  return {
    db,
    events,
    services,
    async drop() {
      await services.background.drain();
      await db.destroy();
      const admin = connectDatabase(server.url, { max: 1 });
      try {
        await sql.raw(`drop database if exists "${name}" with (force)`).execute(admin);
      } finally {
        await admin.destroy();
      }
    },
  };
}
