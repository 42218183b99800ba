/**
 * The app as far as messaging goes, for the messaging benchmarks: embedded PostgreSQL and
 * Meilisearch, migrations and reference data (which make the wijk channels), the real services
 * and the real Socket.IO server (auth, rooms, flood guard, PostgreSQL adapter) on a loopback port.
 */
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { sql } from "kysely";
import { connectDatabase } from "../../../db/connect";
import { createVolunteers } from "../../../db/factories";
import { migrateToLatest } from "../../../db/migrate";
import { seedReferenceData } from "../../../db/seed/reference";
import { parseConfig } from "../../../server/config";
import { createAppContext, type AppContext } from "../../../server/context";
import { insertSession } from "../../../server/domain/accounts/accounts.repository";
import { sessionLifetimeMs } from "../../../server/domain/accounts/accounts.service";
import { createLogger } from "../../../server/logger";
import { createSocketServer } from "../../../server/realtime/server";
import { startTestServers } from "../../support/real-servers";

const secret = "messaging-benchmark-secret-0123456789abcdef";

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no address");
  return `http://127.0.0.1:${address.port}`;
}

/** Runs tasks with at most `limit` in flight. */
export async function runLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<unknown>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await task(items[i]!, i);
      }
    }),
  );
}

/**
 * Migrates the benchmark's throw-away database and loads the reference data (which make the wijk
 * channels). It skips waiting for each commit's WAL flush: on a shared machine the disk's fsync would
 * dominate every stored message or claim; the benches measure the app and the sockets.
 */
export async function prepareBenchDatabase(databaseUrl: string) {
  const setup = connectDatabase(databaseUrl, { max: 2 });
  try {
    await sql
      .raw(`alter database "${new URL(databaseUrl).pathname.slice(1)}" set synchronous_commit = off`)
      .execute(setup);
    await migrateToLatest(setup);
    await seedReferenceData(setup);
  } finally {
    await setup.destroy();
  }
}

/** The first wijk channel (by wijk code) with `count` new volunteers subscribed to it. */
export async function fillFirstWijkChannel(context: AppContext, count: number) {
  const channel = await context.db
    .selectFrom("conversations")
    .select(["id", "wijk_code"])
    .where("kind", "=", "wijk_channel")
    .orderBy("wijk_code")
    .executeTakeFirstOrThrow();
  const volunteers = await createVolunteers(context.db, count);
  await subscribe(
    context,
    channel.id,
    volunteers.map((v) => v.id),
  );
  return { channel, volunteers };
}

export async function startMessagingApp(label: string) {
  const servers = await startTestServers();
  await prepareBenchDatabase(servers.databaseUrl);
  const config = parseConfig({
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    SESSION_SECRET: secret,
    MEILI_INDEX_PREFIX: `${label.replace(/[^a-z0-9]/g, "")}${Date.now()}_`,
    // A bench of throughput, not of the limits: the per-person message limit and the per-socket
    // flood guard both scale with this, and thousands of scripted clients would trip them at once.
    RATE_LIMIT_MULTIPLIER: "100000",
    SEED_DEMO_DATA: "false",
  });
  // Warnings and errors of the server (refused events, failed broadcasts) go to stderr.
  const context = createAppContext(config, createLogger("warn", false), {
    databaseUrl: servers.databaseUrl,
    meiliUrl: servers.meiliUrl,
    meiliMasterKey: servers.meiliMasterKey,
    secret,
  });
  const httpServer = createServer();
  const sockets = createSocketServer(httpServer, context);
  const url = await listen(httpServer);
  return {
    context,
    url,
    io: sockets.io,
    async close() {
      httpServer.closeAllConnections();
      await sockets.close();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await context.close();
      await servers.stop();
    },
  };
}

export type MessagingApp = Awaited<ReturnType<typeof startMessagingApp>>;

/**
 * The Cookie header each user's browser would send. Bench users have no password (no argon2 hash
 * per user, see createVolunteers), so the session rows are written as `logIn` writes them.
 */
export async function sessionCookies(context: AppContext, userIds: readonly string[]): Promise<string[]> {
  const cookies: string[] = new Array<string>(userIds.length);
  await runLimited(userIds, 8, async (userId, i) => {
    const id = randomBytes(32).toString("base64url");
    await insertSession(context.db, { id, userId, expiresAt: new Date(Date.now() + sessionLifetimeMs) });
    cookies[i] = (await context.sessionCookie.serialize(id)).split(";")[0] ?? "";
  });
  return cookies;
}

/** Subscribes the users to a channel through the conversations service, as the "join" button does. */
export async function subscribe(context: AppContext, conversationId: string, userIds: readonly string[]) {
  await runLimited(userIds, 8, (userId) =>
    context.services.conversations.setChannelSubscription(
      { kind: "user", userId, roles: ["volunteer"] },
      {
        conversationId,
        subscribed: true,
      },
    ),
  );
}
