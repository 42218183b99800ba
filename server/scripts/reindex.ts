/**
 * `npm run search:reindex`: rebuilds the Meilisearch index of vacatures and klussen from PostgreSQL.
 * Uses DATABASE_URL and MEILI_URL when set; otherwise starts the embedded servers on the data in
 * DATA_DIR (stop Noaber first then, because those servers can only run once).
 */
import path from "node:path";
import { Meilisearch } from "meilisearch";
import { connectDatabase } from "../../db/connect";
import { migrateToLatest } from "../../db/migrate";
import { ConfigError, parseConfig } from "../config";
import { createSearchService } from "../domain/search/search.service";
import { startEmbeddedMeilisearch } from "../embedded/meilisearch";
import { startEmbeddedPostgres } from "../embedded/postgres";
import { createLogger } from "../logger";
import { describeStartupError } from "../startup-errors";

async function main(): Promise<number> {
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig();
  } catch (error) {
    process.stderr.write(`Reindex failed: ${error instanceof ConfigError ? error.message : String(error)}\n`);
    return 1;
  }
  const logger = createLogger(config.logLevel);
  const stops: Array<() => Promise<void>> = [];
  try {
    let databaseUrl = config.databaseUrl;
    let meiliUrl = config.meiliUrl;
    let meiliMasterKey = config.meiliMasterKey;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, "postgres"), logger });
      stops.unshift(postgres.stop);
      databaseUrl = postgres.url;
    }
    if (!meiliUrl) {
      const meili = await startEmbeddedMeilisearch({ dataDir: path.join(config.dataDir, "meilisearch"), logger });
      stops.unshift(meili.stop);
      meiliUrl = meili.url;
      meiliMasterKey = meili.masterKey;
    }

    const db = connectDatabase(databaseUrl, { max: 2 });
    stops.unshift(() => db.destroy());
    await migrateToLatest(db);
    const meili = new Meilisearch({ host: meiliUrl, apiKey: meiliMasterKey });
    const search = createSearchService({ db, meili, logger, config });
    const started = Date.now();
    const { indexed } = await search.reindexAll();
    process.stdout.write(
      `Search index "${search.indexUid}" rebuilt: ${indexed} vacature(s) and klus(sen) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`Reindex failed: ${describeStartupError(error)}\n`);
    logger.debug({ err: error }, "reindex failure");
    return 1;
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

void main().then((code) => process.exit(code));
