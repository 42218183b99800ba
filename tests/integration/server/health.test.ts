import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { Meilisearch } from "meilisearch";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createHealthChecks, healthHandler, type HealthChecks } from "../../../server/http/health";
import { startPausableProxy } from "../../support/pausable-proxy";

const databaseUrl = new URL(inject("databaseUrl"));
const meiliUrl = new URL(inject("meiliUrl"));
const databaseProxy = await startPausableProxy({ host: databaseUrl.hostname, port: Number(databaseUrl.port) });
const searchProxy = await startPausableProxy({ host: meiliUrl.hostname, port: Number(meiliUrl.port) });

const throughProxy = new URL(databaseUrl);
throughProxy.port = String(databaseProxy.port);
const health = createHealthChecks({
  databaseUrl: throughProxy.toString(),
  meili: new Meilisearch({ host: `http://127.0.0.1:${searchProxy.port}`, apiKey: inject("meiliMasterKey") }),
});
const base = await serveHealth(health);

afterAll(async () => {
  // Resumed first, so nothing is left hanging on a frozen socket.
  databaseProxy.resume();
  searchProxy.resume();
  await health.close();
  await Promise.all([databaseProxy.close(), searchProxy.close()]);
});

async function serveHealth(checks: HealthChecks) {
  const app = express();
  app.get("/healthz", healthHandler({ health: checks }));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function timedHealth(url = base) {
  const started = performance.now();
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: (await response.json()) as unknown, ms: performance.now() - started };
}

// One file, run in order: the proxies' state carries from one test to the next.
describe("/healthz", () => {
  it("is ok when PostgreSQL and Meilisearch answer", async () => {
    const answer = await timedHealth();
    expect(answer.body).toEqual({ status: "ok", database: "ok", search: "ok" });
    expect(answer.status).toBe(200);
  });

  it("answers within a second naming the database while PostgreSQL is frozen, without piling up checks", async () => {
    const connectionsBefore = databaseProxy.connections();
    databaseProxy.pause();
    // Several at once and then one more while the first check still hangs.
    const answers = await Promise.all([timedHealth(), timedHealth(), timedHealth()]);
    answers.push(await timedHealth());
    for (const answer of answers) {
      expect(answer.body).toEqual({ status: "unavailable", database: "timeout", search: "ok" });
      expect(answer.status).toBe(503);
      // The deadline is 800 ms; the margin is for a busy test machine.
      expect(answer.ms).toBeLessThan(1_500);
    }
    // Every check waited on the one query already sent: no new connection was opened for them.
    expect(databaseProxy.connections()).toBe(connectionsBefore);

    databaseProxy.resume();
    await expect
      .poll(async () => (await timedHealth()).body, { timeout: 5_000 })
      .toEqual({
        status: "ok",
        database: "ok",
        search: "ok",
      });
    expect(databaseProxy.connections()).toBe(connectionsBefore);
  });

  it("is 200 'degraded' naming search while only Meilisearch is frozen", async () => {
    searchProxy.pause();
    const answer = await timedHealth();
    searchProxy.resume();
    expect(answer.body).toEqual({ status: "degraded", database: "ok", search: "timeout" });
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(1_500);
  });

  it("says 'unavailable' for a part that refuses connections", async () => {
    const refused = createHealthChecks({
      databaseUrl: "postgres://noaber:secret@127.0.0.1:1/noaber",
      meili: new Meilisearch({ host: "http://127.0.0.1:1" }),
    });
    try {
      const answer = await timedHealth(await serveHealth(refused));
      expect(answer.body).toEqual({ status: "unavailable", database: "unavailable", search: "unavailable" });
      expect(answer.status).toBe(503);
    } finally {
      await refused.close();
    }
  });
});
