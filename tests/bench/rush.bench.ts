/**
 * rush: a coordinator posts a klus card to a wijk channel with 2,000 subscribed Socket.IO clients;
 * once all have it, 400 of them open the klus page within 5 s (HTTP GETs with their session cookie,
 * as logged-in volunteers) and 100 of those claim through the page's form (CSRF token and cookie
 * from the page). The real Express app, Remix build and services over PostgreSQL and Meilisearch,
 * with the Socket.IO server on the same port, as `server/main.ts` runs them. The same schedule is
 * then played against a bare Express route in the bench's process (GET 200, POST 302). The clients
 * run in a child process. `rps` is requests answered over the span from the first start to the last
 * answer: when the server keeps up it is close to the offered rate, like the baseline's.
 *
 * RUSH_PROCESSES=N (default 1) runs the app in N app processes, as a deployment of N processes
 * behind a load balancer: with 1 the app runs in the bench's own process (as before); with more,
 * each is a child process (support/rush-app-process.ts) building the same app over the same
 * PostgreSQL and Meilisearch, with the same secret and index prefix, on its own port, sharing
 * Socket.IO rooms through the PostgreSQL adapter. Only the first runs the search outbox worker.
 * The bench's process keeps the data setup (its own pool) and the bare baseline (one process; it
 * keeps up with the schedule). Subscriber i connects to process i mod N and the coordinator to the
 * first, so the card reaches the others' subscribers only through the adapter. The visitors are
 * spread round-robin over the processes in the order they arrive; each sends their page GET and
 * claim POST to the same process (per visitor; a load balancer without stickiness would pick per
 * request). `serverCpuMsPerRequest` sums the CPU time of the app processes.
 *
 * Needs `npx remix build` (build/index.js); builds it when missing. Prints one JSON line last:
 * { name, processes, p50Ms, p95Ms, errors, overbooked, rps, baselineRps, ratio, … }.
 */
import "./production-env";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express from "express";
import { sql } from "kysely";
import { createCoordinator, createOpportunity, createOrganisation } from "../../db/factories";
import { createAppContext } from "../../server/context";
import { createOutboxWorker } from "../../server/domain/search/outbox.worker";
import { createLogger } from "../../server/logger";
import { startTestServers } from "../support/real-servers";
import { startClientProcess, type ClientProcess } from "./support/ipc";
import { fillFirstWijkChannel, listen, prepareBenchDatabase, sessionCookies } from "./support/messaging-app";
import { rushConfig, serveRushApp, type RushInfrastructure } from "./support/rush-app";
import type { RushAppHandlers } from "./support/rush-app-process";
import type { RushClientHandlers } from "./support/rush-clients";
import { round2 } from "./support/stats";

const SUBSCRIBERS = 2_000;
const VISITORS = 400;
const CLAIMERS = 100;
const WINDOW_MS = 5_000;
const SPOTS = 20;

const log = (message: string) => process.stderr.write(`[rush] ${message}\n`);
const here = path.dirname(fileURLToPath(import.meta.url));

function appProcessCount(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return 1;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 16) {
    throw new Error(`RUSH_PROCESSES must be a whole number from 1 to 16, not "${raw}"`);
  }
  return count;
}

/** Resolves to `promise`'s outcome, or rejects after `ms`: a stuck child must not hold up the shutdown. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function main() {
  const processes = appProcessCount(process.env.RUSH_PROCESSES);
  if (!existsSync("build/index.js")) {
    log("building the Remix app");
    execFileSync("npx", ["remix", "build"], { stdio: "inherit" });
  }
  const servers = await startTestServers();
  await prepareBenchDatabase(servers.databaseUrl);
  const infra: RushInfrastructure = {
    databaseUrl: servers.databaseUrl,
    meiliUrl: servers.meiliUrl,
    meiliMasterKey: servers.meiliMasterKey,
    secret: randomBytes(24).toString("hex"),
    meiliIndexPrefix: `rush${Date.now()}_`,
  };
  // With one process this context also serves; with more it only sets up the data.
  const context = createAppContext(rushConfig(infra), createLogger("warn", false), infra);
  const outboxWorker = processes === 1 ? createOutboxWorker(context.services.deps) : null;
  const appProcesses: ClientProcess<RushAppHandlers>[] = [];
  let closeApp: (() => Promise<void>) | null = null;
  const bareServer = createServer();
  const clients = startClientProcess<RushClientHandlers>(path.join(here, "support/rush-clients.ts"));
  try {
    let urls: string[];
    if (processes === 1) {
      await outboxWorker?.start();
      const app = await serveRushApp(context);
      closeApp = app.close;
      urls = [app.url];
    } else {
      log(`starting ${processes} app processes`);
      for (let i = 0; i < processes; i++) {
        appProcesses.push(
          startClientProcess<RushAppHandlers>(path.join(here, "support/rush-app-process.ts"), `app process ${i + 1}`),
        );
      }
      const started = await Promise.all(
        appProcesses.map((app, i) => app.call("start", { ...infra, outboxWorker: i === 0 })),
      );
      urls = started.map((app) => app.url);
      log(`app processes at ${urls.join(", ")}`);
    }
    /** CPU time (user + system, microseconds) of the process(es) serving the app. */
    const serverCpu = async () => {
      if (processes === 1) {
        const usage = process.cpuUsage();
        return usage.user + usage.system;
      }
      const usages = await Promise.all(appProcesses.map((app) => app.call("cpu", undefined)));
      return usages.reduce((sum, usage) => sum + usage.user + usage.system, 0);
    };

    const bare = express();
    bare.get("/bare", (_req, res) => res.type("html").send("<!doctype html><title>ok</title><p>ok</p>"));
    bare.post("/bare", (_req, res) => res.redirect(302, "/bare?aangemeld=1"));
    bareServer.on("request", bare);
    const bareUrl = await listen(bareServer);

    const { db } = context;
    log(`subscribing ${SUBSCRIBERS} volunteers to the first wijk channel`);
    const { channel, volunteers } = await fillFirstWijkChannel(context, SUBSCRIBERS);
    const organisation = await createOrganisation(db, { name: "Rushvereniging" });
    const coordinator = await createCoordinator(db, organisation);
    const [posterCookie, ...cookies] = await sessionCookies(context, [
      coordinator.user.id,
      ...volunteers.map((v) => v.id),
    ]);
    const klus = await createOpportunity(db, {
      organisation_id: organisation.id,
      title: "Bladeren harken in het park",
      spots: SPOTS,
    });
    // One render first in each process (the coordinator's), so the first visitor does not pay for loading the build.
    for (const url of urls) {
      const warm = await fetch(`${url}/klussen/${klus.id}`, { headers: { cookie: posterCookie! } });
      if (warm.status !== 200) throw new Error(`the klus page answered ${warm.status} at ${url}`);
    }

    log("connecting the subscribers and the coordinator");
    await clients.call("connect", { urls, conversationId: channel.id, cookies, posterCookie: posterCookie! });
    const card = await clients.call("postCard", { conversationId: channel.id, opportunityId: klus.id });
    if (!card.complete) throw new Error(`card: ${card.received}/${SUBSCRIBERS} received`);
    log(`card with all ${SUBSCRIBERS} subscribers after ${card.lastMs.toFixed(0)} ms`);

    // Each visitor is a different volunteer and visits once.
    const rushCookies = cookies.slice(0, VISITORS);
    const load = { cookies: rushCookies, visitors: VISITORS, claimers: CLAIMERS, windowMs: WINDOW_MS };
    log(`${VISITORS} open the klus page within ${WINDOW_MS / 1000} s, ${CLAIMERS} of them claim`);
    // RUSH_PROFILE_DIR=<dir> writes a V8 CPU profile of the server during the rush (rush.cpuprofile).
    // Only of the app in this process: with RUSH_PROCESSES > 1 it is not profiled.
    const profileDir = processes === 1 ? process.env.RUSH_PROFILE_DIR : undefined;
    if (process.env.RUSH_PROFILE_DIR && !profileDir) log("RUSH_PROFILE_DIR is ignored with RUSH_PROCESSES > 1");
    const inspector = profileDir ? new Session() : null;
    if (inspector) {
      inspector.connect();
      await inspector.post("Profiler.enable");
      await inspector.post("Profiler.start");
    }
    const cpuBefore = await serverCpu();
    const rush = await clients.call("rush", { ...load, urls, klusPath: `/klussen/${klus.id}` });
    const cpuMicros = (await serverCpu()) - cpuBefore;
    if (inspector && profileDir) {
      const { profile } = await inspector.post("Profiler.stop");
      mkdirSync(profileDir, { recursive: true });
      writeFileSync(path.join(profileDir, "rush.cpuprofile"), JSON.stringify(profile));
      inspector.disconnect();
    }
    for (const problem of rush.problems) log(`error: ${problem}`);
    const baseline = await clients.call("baseline", { ...load, url: bareUrl });
    if (baseline.errors > 0) throw new Error(`the bare route failed ${baseline.errors} times`);
    await clients.call("close", undefined);

    const { rows } = await sql<{ active: string; waitlisted: string; spots: number }>`
      select o.spots,
        count(c.id) filter (where c.status = 'active') as active,
        count(c.id) filter (where c.status = 'waitlisted') as waitlisted
      from opportunities o left join claims c on c.opportunity_id = o.id
      where o.id = ${klus.id} group by o.id`.execute(db);
    const counts = rows[0]!;
    const active = Number(counts.active);
    log(`${active} active, ${counts.waitlisted} waitlisted of ${counts.spots} spots`);

    console.log(
      JSON.stringify({
        name: "rush",
        processes,
        subscribers: SUBSCRIBERS,
        visitors: VISITORS,
        claimers: CLAIMERS,
        requests: rush.requests,
        p50Ms: round2(rush.latencies.p50),
        p95Ms: round2(rush.latencies.p95),
        errors: rush.errors,
        overbooked: Math.max(0, active - counts.spots),
        claimed: active + Number(counts.waitlisted),
        rps: round2(rush.rps),
        baselineRps: round2(baseline.rps),
        ratio: round2(rush.rps / baseline.rps),
        baselineP95Ms: round2(baseline.latencies.p95),
        pageP95Ms: round2(rush.pages.p95),
        claimP50Ms: round2(rush.claims.p50),
        claimP95Ms: round2(rush.claims.p95),
        // The server's CPU time (the app process(es); PostgreSQL and Meilisearch run in their own) per request.
        serverCpuMsPerRequest: round2(cpuMicros / 1000 / rush.requests),
        cardLastReceivedMs: round2(card.lastMs),
      }),
    );
  } finally {
    await clients.stop();
    bareServer.closeAllConnections();
    await closeApp?.();
    // Each app process closes its servers, worker and pools, then is ended; none is left behind.
    await Promise.all(
      appProcesses.map(async (app) => {
        await within(app.call("stop", undefined), 15_000, "stopping an app process").catch((error: unknown) =>
          log(`app process did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`),
        );
        await app.stop();
      }),
    );
    if (bareServer.listening) await new Promise<void>((resolve) => bareServer.close(() => resolve()));
    await outboxWorker?.stop();
    await context.close();
    await servers.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
