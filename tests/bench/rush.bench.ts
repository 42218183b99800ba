/**
 * rush: a coordinator posts a klus card to a wijk channel with 2,000 subscribed Socket.IO clients;
 * once all have it, 400 of them open the klus page within 5 s (HTTP GETs with their session cookie,
 * as logged-in volunteers) and 100 of those claim through the page's form (CSRF token and cookie
 * from the page). The real Express app, Remix build and services over PostgreSQL and Meilisearch,
 * with the Socket.IO server on the same port, as `server/main.ts` runs them. The same schedule is
 * then played against a bare Express route in the same process (GET 200, POST 302). The clients
 * run in a child process. `rps` is requests answered over the span from the first start to the last
 * answer: when the server keeps up it is close to the offered rate, like the baseline's.
 * Needs `npx remix build` (build/index.js); builds it when missing. Prints one JSON line last:
 * { name, p50Ms, p95Ms, errors, overbooked, rps, baselineRps, ratio, … }.
 */
import "./production-env";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { sql } from "kysely";
import { connectDatabase } from "../../db/connect";
import { createCoordinator, createOpportunity, createOrganisation, createVolunteers } from "../../db/factories";
import { migrateToLatest } from "../../db/migrate";
import { seedReferenceData } from "../../db/seed/reference";
import { parseConfig } from "../../server/config";
import { createAppContext } from "../../server/context";
import { createOutboxWorker } from "../../server/domain/search/outbox.worker";
import { createExpressApp } from "../../server/http/app";
import { createLogger } from "../../server/logger";
import { createSocketServer } from "../../server/realtime/server";
import { startTestServers } from "../support/real-servers";
import { startClientProcess } from "./support/ipc";
import { listen, sessionCookies, subscribe } from "./support/messaging-app";
import type { RushClientHandlers } from "./support/rush-clients";
import { round2 } from "./support/stats";

const SUBSCRIBERS = 2_000;
const VISITORS = 400;
const CLAIMERS = 100;
const WINDOW_MS = 5_000;
const SPOTS = 20;

const log = (message: string) => process.stderr.write(`[rush] ${message}\n`);
const here = path.dirname(fileURLToPath(import.meta.url));

async function main() {
  if (!existsSync("build/index.js")) {
    log("building the Remix app");
    execFileSync("npx", ["remix", "build"], { stdio: "inherit" });
  }
  const servers = await startTestServers();
  const secret = randomBytes(24).toString("hex");
  const setup = connectDatabase(servers.databaseUrl, { max: 2 });
  try {
    // A throw-away database: skip each commit's WAL flush, as the other benches do (see claim-race).
    await sql
      .raw(`alter database "${new URL(servers.databaseUrl).pathname.slice(1)}" set synchronous_commit = off`)
      .execute(setup);
    await migrateToLatest(setup);
    await seedReferenceData(setup);
  } finally {
    await setup.destroy();
  }
  const config = parseConfig({
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    SESSION_SECRET: secret,
    MEILI_INDEX_PREFIX: `rush${Date.now()}_`,
    // 2,000 scripted clients from one address: the per-socket flood guard would trip, not a person.
    RATE_LIMIT_MULTIPLIER: "100000",
    SEED_DEMO_DATA: "false",
  });
  const context = createAppContext(config, createLogger("warn", false), {
    databaseUrl: servers.databaseUrl,
    meiliUrl: servers.meiliUrl,
    meiliMasterKey: servers.meiliMasterKey,
    secret,
  });
  const outboxWorker = createOutboxWorker(context.services.deps);
  const httpServers: Server[] = [];
  const clients = startClientProcess<RushClientHandlers>(path.join(here, "support/rush-clients.ts"));
  let closeSockets: (() => Promise<void>) | null = null;
  try {
    await outboxWorker.start();
    const build = (await import(path.resolve("build/index.js"))) as ServerBuild;
    const appServer = createServer(createExpressApp(context, build));
    httpServers.push(appServer);
    closeSockets = createSocketServer(appServer, context).close;
    const url = await listen(appServer);

    const bare = express();
    bare.get("/bare", (_req, res) => res.type("html").send("<!doctype html><title>ok</title><p>ok</p>"));
    bare.post("/bare", (_req, res) => res.redirect(302, "/bare?aangemeld=1"));
    const bareServer = createServer(bare);
    httpServers.push(bareServer);
    const bareUrl = await listen(bareServer);

    const { db } = context;
    const channel = await db
      .selectFrom("conversations")
      .select(["id", "wijk_code"])
      .where("kind", "=", "wijk_channel")
      .orderBy("wijk_code")
      .executeTakeFirstOrThrow();
    log(`subscribing ${SUBSCRIBERS} volunteers to the channel of wijk ${channel.wijk_code}`);
    const volunteers = await createVolunteers(db, SUBSCRIBERS);
    await subscribe(
      context,
      channel.id,
      volunteers.map((v) => v.id),
    );
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
    // One render first (the coordinator's), so the first visitor does not pay for loading the build.
    const warm = await fetch(`${url}/klussen/${klus.id}`, { headers: { cookie: posterCookie! } });
    if (warm.status !== 200) throw new Error(`the klus page answered ${warm.status}`);

    log("connecting the subscribers and the coordinator");
    await clients.call("connect", { url, conversationId: channel.id, cookies, posterCookie: posterCookie! });
    const card = await clients.call("postCard", { conversationId: channel.id, opportunityId: klus.id });
    if (!card.complete) throw new Error(`card: ${card.received}/${SUBSCRIBERS} received`);
    log(`card with all ${SUBSCRIBERS} subscribers after ${card.lastMs.toFixed(0)} ms`);

    // Each visitor is a different volunteer and visits once.
    const rushCookies = cookies.slice(0, VISITORS);
    const load = { cookies: rushCookies, visitors: VISITORS, claimers: CLAIMERS, windowMs: WINDOW_MS };
    log(`${VISITORS} open the klus page within ${WINDOW_MS / 1000} s, ${CLAIMERS} of them claim`);
    // RUSH_PROFILE_DIR=<dir> writes a V8 CPU profile of the server during the rush (rush.cpuprofile).
    const profileDir = process.env.RUSH_PROFILE_DIR;
    const inspector = profileDir ? new Session() : null;
    if (inspector) {
      inspector.connect();
      await inspector.post("Profiler.enable");
      await inspector.post("Profiler.start");
    }
    const cpuBefore = process.cpuUsage();
    const rush = await clients.call("rush", { ...load, url, klusPath: `/klussen/${klus.id}` });
    const cpu = process.cpuUsage(cpuBefore);
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
        // The server's CPU time (this process; PostgreSQL and Meilisearch run in their own) per request.
        serverCpuMsPerRequest: round2((cpu.user + cpu.system) / 1000 / rush.requests),
        cardLastReceivedMs: round2(card.lastMs),
      }),
    );
  } finally {
    await clients.stop();
    for (const server of httpServers) server.closeAllConnections();
    await closeSockets?.();
    for (const server of httpServers) {
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await outboxWorker.stop();
    await context.close();
    await servers.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
