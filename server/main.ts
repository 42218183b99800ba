import { createServer } from "node:http";
import path from "node:path";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import { sql } from "kysely";
import { connectDatabase } from "../db/connect";
import { migrateToLatest } from "../db/migrate";
import { demoAccountsForDisplay, seedDemoData } from "../db/seed/demo";
import { seedReferenceData } from "../db/seed/reference";
import { ConfigError, parseConfig } from "./config";
import { createAppContext } from "./context";
import { startEmbeddedMeilisearch } from "./embedded/meilisearch";
import { startEmbeddedPostgres } from "./embedded/postgres";
import { createExpressApp } from "./http/app";
import { createLogger } from "./logger";
import { setUpMail } from "./mail/setup";
import { createSocketServer } from "./realtime/server";
import { loadOrCreateSecret } from "./secrets";
import { describeStartupError } from "./startup-errors";
import { createOutboxWorker } from "./domain/search/outbox.worker";
import { createAppJobs } from "./jobs";
import { Shutdown, SHUTDOWN_DEADLINE_MS } from "./shutdown";

async function main() {
  const config = parseConfig();
  const logger = createLogger(config.logLevel);
  for (const warning of config.warnings) logger.warn(warning);
  const shutdown = new Shutdown();
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping Noaber");
    // A query still running when the budget ran out meets a connection the database just closed;
    // postgres.js then throws outside any promise. The servers must still be stopped, with exit 0.
    process.on("uncaughtException", (error) => logger.warn({ err: error }, "error while stopping; going on"));
    // A hard deadline: no shutdown may leave the process hanging.
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    await shutdown.runAll(logger);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  // A crash must still stop the embedded servers it started.
  process.on("unhandledRejection", (reason) => {
    logger.error({ err: reason }, "unhandled promise rejection");
    void stop("unhandledRejection");
  });

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      logger.info("no DATABASE_URL: starting the embedded PostgreSQL");
      const postgres = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, "postgres"), logger });
      shutdown.addServer("embedded PostgreSQL", postgres.stop);
      databaseUrl = postgres.url;
    }
    let meiliUrl = config.meiliUrl;
    let meiliMasterKey = config.meiliMasterKey;
    if (!meiliUrl) {
      logger.info("no MEILI_URL: starting the embedded Meilisearch");
      const meili = await startEmbeddedMeilisearch({ dataDir: path.join(config.dataDir, "meilisearch"), logger });
      shutdown.addServer("embedded Meilisearch", meili.stop);
      meiliUrl = meili.url;
      meiliMasterKey = meili.masterKey;
    }

    const migrationDb = connectDatabase(databaseUrl, { max: 1 });
    let demoAccounts: Awaited<ReturnType<typeof seedDemoData>> = null;
    try {
      // Reach the database before migrating, so an unreachable one is reported as such.
      await sql`select 1`.execute(migrationDb);
      await migrateToLatest(migrationDb);
      await seedReferenceData(migrationDb);
      if (config.seedDemoData) {
        demoAccounts = await seedDemoData(migrationDb);
        logger.info(demoAccounts ? "demo data seeded" : "demo data already present, not seeded again");
      }
    } finally {
      await migrationDb.destroy();
    }

    const mail = await setUpMail(config, logger);
    if (mail.stop) shutdown.addServer("mail catcher", mail.stop);

    const secret = await loadOrCreateSecret(config.sessionSecret, config.dataDir, "session-secret");
    const context = createAppContext(config, logger, {
      databaseUrl,
      meiliUrl,
      meiliMasterKey,
      secret,
      mailer: mail.mailer,
      caughtMail: mail.caughtMail,
    });
    shutdown.addAppStep("database pool", context.close);
    shutdown.addAppStep("alert listeners", context.services.alerts.listen());
    shutdown.addAppStep("notice wave listeners", context.services.notices.listen());

    const outboxWorker = createOutboxWorker(context.services.deps);
    await outboxWorker.start();
    shutdown.addAppStep("search outbox worker", outboxWorker.stop);
    // In the background: the app serves (with the database fallback) while a new index fills.
    // Not after a fresh seed: its outbox rows fill the index already.
    (demoAccounts ? Promise.resolve(null) : context.services.search.populateIfEmpty())
      .then((result) => result && logger.info(result, "search index filled from PostgreSQL"))
      .catch((error: unknown) =>
        logger.warn({ err: error }, "could not fill the search index; search uses PostgreSQL"),
      );

    const jobs = createAppJobs(
      { db: context.services.deps.db, logger, services: context.services },
      { intervalMs: config.jobsIntervalMs },
    );
    jobs.start();
    shutdown.addAppStep("scheduled jobs", jobs.stop);

    const build = (await import(path.resolve("build/index.js"))) as ServerBuild;
    const httpServer = createServer(createExpressApp(context, build));
    const sockets = createSocketServer(httpServer, context);
    // Socket.IO's close() also closes the HTTP server and waits for its keep-alive connections;
    // so the HTTP server is closed first (newest first), its connections cut.
    shutdown.addAppStep("socket.io", sockets.close);
    shutdown.addAppStep("http server", () => closeHttpServer(httpServer));

    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const address = httpServer.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;
    // Only under `remix dev` (npm run dev), which waits for this signal before reloading browsers.
    if (process.env.REMIX_DEV_ORIGIN) await broadcastDevReady(build);
    announce(url, demoAccounts, !config.databaseUrl);
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : describeStartupError(error);
    process.stderr.write(`Noaber could not start: ${message}\n`);
    logger.debug({ err: error }, "startup failure");
    await shutdown.runAll(logger);
    process.exit(1);
  }
}

function closeHttpServer(server: ReturnType<typeof createServer>) {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function announce(url: string, demoAccounts: Awaited<ReturnType<typeof seedDemoData>>, embedded: boolean) {
  const lines = [`Noaber is running at ${url}`];
  if (embedded) {
    lines.push("Demo accounts (fictional):");
    for (const account of demoAccounts?.accounts ?? demoAccountsForDisplay()) {
      lines.push(`  ${account.role.padEnd(26)} ${account.email}  password: ${account.password}`);
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`Noaber could not start: ${describeStartupError(error)}\n`);
  process.exit(1);
});
