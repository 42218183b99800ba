import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pino } from "pino";
import { startEmbeddedMeilisearch } from "../../server/embedded/meilisearch";
import { startEmbeddedPostgres } from "../../server/embedded/postgres";

type Running = { url: string; masterKey?: string; stop(): Promise<void> };

/**
 * A real PostgreSQL and Meilisearch for a test run: the ones named by TEST_DATABASE_URL (or DATABASE_URL) and
 * MEILI_URL (+ MEILI_MASTER_KEY) when set, otherwise embedded ones in a throw-away temp directory.
 */
export async function startTestServers(): Promise<{
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  stop(): Promise<void>;
}> {
  const externalDatabaseUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const externalMeiliUrl = process.env.MEILI_URL;
  const externalMeili = externalMeiliUrl
    ? { url: externalMeiliUrl, masterKey: process.env.MEILI_MASTER_KEY ?? "" }
    : undefined;
  if (externalDatabaseUrl && externalMeili) {
    return {
      databaseUrl: externalDatabaseUrl,
      meiliUrl: externalMeili.url,
      meiliMasterKey: externalMeili.masterKey,
      stop: async () => {},
    };
  }

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "noaber-test-"));
  // mkdtemp makes it 0700, but postgres runs as the `postgres` user when we are root and must reach its data dir.
  await fs.chmod(dir, 0o755);
  const logger = pino({ level: "silent" });
  const external = (url: string, masterKey?: string): Running => ({ url, masterKey, stop: async () => {} });
  const started = await Promise.allSettled([
    externalDatabaseUrl
      ? external(externalDatabaseUrl)
      : startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), logger }),
    externalMeili
      ? external(externalMeili.url, externalMeili.masterKey)
      : startEmbeddedMeilisearch({ dataDir: path.join(dir, "meilisearch"), logger }),
  ]);
  const running = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const stopped = await Promise.allSettled(running.map((server) => server.stop()));
      await fs.rm(dir, { recursive: true, force: true });
      const failure = stopped.find((result) => result.status === "rejected");
      if (failure) throw failure.reason;
    })());

  const [database, meili] = started;
  if (database?.status !== "fulfilled" || meili?.status !== "fulfilled") {
    await stop();
    const failure = started.find((result) => result.status === "rejected");
    throw failure?.reason ?? new Error("could not start the test servers");
  }
  return {
    databaseUrl: database.value.url,
    meiliUrl: meili.value.url,
    meiliMasterKey: meili.value.masterKey ?? "",
    stop,
  };
}
