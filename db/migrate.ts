import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from "kysely";

const migrationFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

// Kysely's FileMigrationProvider calls import() from inside node_modules, which Vitest leaves to
// plain Node, and Node cannot load .ts files; importing from this module lets tsx and Vitest do it.
const migrationProvider: MigrationProvider = {
  async getMigrations() {
    const files = (await fs.readdir(migrationFolder)).filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith(".d.ts"));
    const entries = await Promise.all(
      files.map(async (file) => {
        const migration = (await import(pathToFileURL(path.join(migrationFolder, file)).href)) as Migration;
        return [file.replace(/\.(ts|js|mjs)$/, ""), migration] as const;
      }),
    );
    return Object.fromEntries(entries);
  },
};

/** Applies every pending migration in db/migrations; throws on the first failure. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations work on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? "(unknown)"} failed: ${reason}`);
  }
  return result;
}
