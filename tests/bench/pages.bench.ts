/**
 * pages: requests per second and p95 of three pages rendered by the server through the real Express
 * app, Remix build and services over 2,000 indexed opportunities — the search page (/zoeken with
 * words), the klus page (/klussen/:id, 200 different klussen) and the home page (/), anonymous —
 * against a bare Express route in the same process, loaded the same way: 2,000 requests, 20 at a
 * time, over loopback (autocannon is not a dependency; a bounded loop of fetches is). Needs
 * `npx remix build` (build/index.js); builds it when missing. Prints one JSON line last:
 * { name, rps, p95Ms, baselineRps, ratio, cpuMsPerPage, baselineCpuMsPerRequest, klusRps, klusP95Ms,
 * klusRatio, klusCpuMsPerPage, homeRps, homeP95Ms, homeRatio, homeCpuMsPerPage } where the unprefixed
 * page keys are the search page's (as before) and every ratio is to the same bare route. The search and
 * klus pages are anonymous, so they are answered by the page cache as in production (PAGE_CACHE_MS's default);
 * `PAGE_CACHE_MS=0 npm run bench -- pages` measures every page rendered. The CPU time of this
 * process per request (server and load generator together; PostgreSQL and Meilisearch run in their own
 * processes) shifts much less than requests per second when other work shares the machine.
 */
import "./production-env";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
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
      // The anonymous page cache is as in production (its default); PAGE_CACHE_MS=0 measures every page rendered.
      ...(process.env.PAGE_CACHE_MS === undefined ? {} : { PAGE_CACHE_MS: process.env.PAGE_CACHE_MS }),
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
    const created = await createOpportunities(
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

    const klusIds = created.slice(0, 200).map((opportunity) => opportunity.id);
    const pages: Record<"search" | "klus" | "home", (i: number) => string> = {
      search: (i) => `${appUrl}/zoeken?q=${encodeURIComponent(words[i % words.length] ?? "")}`,
      klus: (i) => `${appUrl}/klussen/${klusIds[i % klusIds.length] ?? ""}`,
      home: () => `${appUrl}/`,
    };
    for (const [page, urlFor] of Object.entries(pages)) {
      const first = await fetch(urlFor(0));
      const html = await first.text();
      if (first.status !== 200 || !html.includes("<h1")) throw new Error(`the ${page} page answered ${first.status}`);
    }

    log("warming up");
    for (const urlFor of Object.values(pages)) await load(urlFor, WARMUP, CONCURRENCY);
    await load(() => `${bareUrl}/bare`, WARMUP, CONCURRENCY);
    log(`${REQUESTS} requests per page, ${CONCURRENCY} at a time`);
    // PAGES_PROFILE_DIR=<dir> writes one V8 CPU profile per page (open in Chrome DevTools or speedscope).
    const profileDir = process.env.PAGES_PROFILE_DIR;
    const inspector = profileDir ? new Session() : null;
    if (inspector && profileDir) {
      mkdirSync(profileDir, { recursive: true });
      inspector.connect();
      await inspector.post("Profiler.enable");
    }
    const measure = async (name: string, urlFor: (i: number) => string) => {
      if (inspector) await inspector.post("Profiler.start");
      const before = process.cpuUsage();
      const result = await load(urlFor, REQUESTS, CONCURRENCY);
      const used = process.cpuUsage(before);
      if (inspector && profileDir) {
        const { profile } = await inspector.post("Profiler.stop");
        writeFileSync(path.join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
      }
      return { ...result, cpuMs: (used.user + used.system) / 1000 / REQUESTS };
    };
    const search = await measure("search", pages.search);
    const klus = await measure("klus", pages.klus);
    const home = await measure("home", pages.home);
    const baseline = await measure("bare", () => `${bareUrl}/bare`);
    const keys = (prefix: string, page: { rps: number; p95: number; cpuMs: number }) => ({
      [`${prefix}Rps`]: round(page.rps),
      [`${prefix}P95Ms`]: round(page.p95),
      [`${prefix}Ratio`]: round(page.rps / baseline.rps),
      [`${prefix}CpuMsPerPage`]: round(page.cpuMs),
    });
    console.log(
      JSON.stringify({
        name: "pages",
        rps: round(search.rps),
        p95Ms: round(search.p95),
        baselineRps: round(baseline.rps),
        ratio: round(search.rps / baseline.rps),
        cpuMsPerPage: round(search.cpuMs),
        baselineCpuMsPerRequest: round(baseline.cpuMs),
        ...keys("search", search),
        ...keys("klus", klus),
        ...keys("home", home),
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
