/**
 * pages: requests per second and p95 of the search page (/zoeken with words, rendered by the server
 * through the real Express app, Remix build and services over 2,000 indexed opportunities), against
 * a bare Express route in the same process, loaded the same way: 2,000 requests, 20 at a time, over
 * loopback (autocannon is not a dependency; a bounded loop of fetches is). Needs `npx remix build`
 * (build/index.js); builds it when missing. Prints one JSON line last:
 * { name, rps, p95Ms, baselineRps, ratio, cpuMsPerPage, baselineCpuMsPerRequest }. The CPU time of this
 * process per request (server and load generator together; PostgreSQL and Meilisearch run in their own
 * processes) shifts much less than requests per second when other work shares the machine.
 */
import "./production-env";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { connectDatabase } from "../../db/connect";
import { createOpportunities, createOrganisation } from "../../db/factories";
import { migrateToLatest } from "../../db/migrate";
import { seedReferenceData } from "../../db/seed/reference";
import { parseConfig } from "../../server/config";
import { createAppContext } from "../../server/context";
import { createExpressApp } from "../../server/http/app";
import { createLogger } from "../../server/logger";
import { startTestServers } from "../support/real-servers";

const REQUESTS = 2_000;
const CONCURRENCY = 20;
const WARMUP = 100;
const OPPORTUNITIES = 2_000;
const words = ["tuinieren", "koken", "voorlezen", "boodschappen", "taalmaatje", "schilderen"];

const log = (message: string) => process.stderr.write(`[pages] ${message}\n`);

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no address");
  return `http://127.0.0.1:${address.port}`;
}

/** `total` GETs with at most `concurrency` in flight; every answer must be 200. */
async function load(urlFor: (i: number) => string, total: number, concurrency: number) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        const response = await fetch(urlFor(i));
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${urlFor(i)} answered ${response.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p95 = latencies[Math.ceil(0.95 * latencies.length) - 1] ?? Number.NaN;
  return { rps: total / seconds, p95 };
}

const round = (n: number) => Math.round(n * 100) / 100;

async function main() {
  if (!existsSync("build/index.js")) {
    log("building the Remix app");
    execFileSync("npx", ["remix", "build"], { stdio: "inherit" });
  }
  const servers = await startTestServers();
  const servers2: Server[] = [];
  let close: (() => Promise<void>) | null = null;
  try {
    const setupDb = connectDatabase(servers.databaseUrl, { max: 2 });
    try {
      await migrateToLatest(setupDb);
      await seedReferenceData(setupDb);
    } finally {
      await setupDb.destroy();
    }
    const config = parseConfig({
      NODE_ENV: "production",
      LOG_LEVEL: "silent",
      SESSION_SECRET: "pages-benchmark-secret-0123456789abcdef",
      MEILI_INDEX_PREFIX: `pages${Date.now()}_`,
      RATE_LIMIT_MULTIPLIER: "1000",
      SEED_DEMO_DATA: "false",
    });
    const logger = createLogger("silent");
    const context = createAppContext(config, logger, {
      databaseUrl: servers.databaseUrl,
      meiliUrl: servers.meiliUrl,
      meiliMasterKey: servers.meiliMasterKey,
      secret: "pages-benchmark-secret-0123456789abcdef",
    });
    close = context.close;

    log(`creating and indexing ${OPPORTUNITIES} opportunities`);
    const organisation = await createOrganisation(context.db, { name: "Benchmarkvereniging" });
    const buurten = await context.db.selectFrom("buurten").select("code").orderBy("code").execute();
    await createOpportunities(
      context.db,
      Array.from({ length: OPPORTUNITIES }, (_, i) => ({
        organisation_id: organisation.id,
        title: `${words[i % words.length]} in de buurt ${i}`,
        buurt_code: buurten[i % buurten.length]?.code ?? null,
        skills: ["tuinieren"],
      })),
    );
    await context.services.search.reindexAll();

    const build = (await import(path.resolve("build/index.js"))) as ServerBuild;
    const appServer = createServer(createExpressApp(context, build));
    servers2.push(appServer);
    const appUrl = await listen(appServer);

    const bare = express();
    bare.get("/bare", (_req, res) => {
      res.type("html").send("<!doctype html><title>ok</title><p>ok</p>");
    });
    const bareServer = createServer(bare);
    servers2.push(bareServer);
    const bareUrl = await listen(bareServer);

    const pageUrl = (i: number) => `${appUrl}/zoeken?q=${encodeURIComponent(words[i % words.length] ?? "")}`;
    const first = await fetch(pageUrl(0));
    const html = await first.text();
    if (first.status !== 200 || !html.includes("<h1")) throw new Error(`the search page answered ${first.status}`);

    log("warming up");
    await load(pageUrl, WARMUP, CONCURRENCY);
    await load(() => `${bareUrl}/bare`, WARMUP, CONCURRENCY);
    log(`${REQUESTS} requests, ${CONCURRENCY} at a time`);
    const cpuMsPerRequest = async (run: () => Promise<unknown>) => {
      const before = process.cpuUsage();
      await run();
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000 / REQUESTS;
    };
    let page = { rps: 0, p95: 0 };
    let baseline = { rps: 0, p95: 0 };
    const pageCpuMs = await cpuMsPerRequest(async () => {
      page = await load(pageUrl, REQUESTS, CONCURRENCY);
    });
    const baselineCpuMs = await cpuMsPerRequest(async () => {
      baseline = await load(() => `${bareUrl}/bare`, REQUESTS, CONCURRENCY);
    });
    console.log(
      JSON.stringify({
        name: "pages",
        rps: round(page.rps),
        p95Ms: round(page.p95),
        baselineRps: round(baseline.rps),
        ratio: round(page.rps / baseline.rps),
        cpuMsPerPage: round(pageCpuMs),
        baselineCpuMsPerRequest: round(baselineCpuMs),
      }),
    );
  } finally {
    for (const server of servers2) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await close?.();
    await servers.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
