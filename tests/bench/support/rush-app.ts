/**
 * The app the rush bench measures, as `server/main.ts` serves it: the real Express app with the
 * Remix build and the Socket.IO server (PostgreSQL adapter) on one loopback port. Used in the
 * bench's own process (RUSH_PROCESSES=1) and in each app process (rush-app-process.ts) otherwise,
 * so every process is configured alike: same secret, same Meilisearch index prefix.
 */
import { createServer } from "node:http";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import { parseConfig } from "../../../server/config";
import type { AppContext } from "../../../server/context";
import { createExpressApp } from "../../../server/http/app";
import { createSocketServer } from "../../../server/realtime/server";
import { listen } from "./messaging-app";

export type RushInfrastructure = {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  secret: string;
  meiliIndexPrefix: string;
};

export function rushConfig(infra: Pick<RushInfrastructure, "secret" | "meiliIndexPrefix">) {
  return parseConfig({
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    SESSION_SECRET: infra.secret,
    MEILI_INDEX_PREFIX: infra.meiliIndexPrefix,
    // 2,000 scripted clients from one address: the per-socket flood guard would trip, not a person.
    RATE_LIMIT_MULTIPLIER: "100000",
    SEED_DEMO_DATA: "false",
  });
}

/** Serves `context` over HTTP and Socket.IO on a loopback port; `close` cuts connections and stops both. */
export async function serveRushApp(context: AppContext) {
  const build = (await import(path.resolve("build/index.js"))) as ServerBuild;
  const server = createServer(createExpressApp(context, build));
  const sockets = createSocketServer(server, context);
  const url = await listen(server);
  return {
    url,
    async close() {
      server.closeAllConnections();
      await sockets.close();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
