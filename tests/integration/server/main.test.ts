import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";

/**
 * Starts the real app (server/main.ts) as `npm start` does and stops it with SIGTERM.
 * Needs the Remix build (npm test builds before Vitest).
 */
function startApp(env: Record<string, string>) {
  // Node itself, not the tsx wrapper process: signals reach the app directly, as with `npm start`.
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, PORT: "0", LOG_LEVEL: "info", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
    child.stdout.on("data", () => {
      const url = /Noaber is running at (\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
  return { child, ready, output: () => output };
}

function stopApp(child: ChildProcess) {
  const started = Date.now();
  return new Promise<{ code: number | null; ms: number }>((resolve) => {
    child.once("exit", (code) => resolve({ code, ms: Date.now() - started }));
    child.kill("SIGTERM");
  });
}

function processesMentioning(text: string) {
  return execFileSync("ps", ["-eo", "args"], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.includes(text) && !line.startsWith("ps "));
}

async function createDatabase(name: string) {
  const admin = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(inject("databaseUrl"));
  url.pathname = `/${name}`;
  return url.toString();
}

/** Ten wrong passwords are answered as usual; the eleventh gets 429 with the message beside the form. */
async function expectLoginRateLimited(url: string) {
  const page = await fetch(`${url}/inloggen`);
  const cookie = (page.headers.getSetCookie() ?? []).map((c) => c.split(";")[0]).join("; ");
  const token = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? "";
  expect(token).not.toBe("");
  const attempt = () =>
    fetch(`${url}/inloggen`, {
      method: "POST",
      headers: { cookie, origin: url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrf: token, email: "niemand@example.org", password: "verkeerd wachtwoord" }),
      redirect: "manual",
    });
  for (let i = 0; i < 10; i++) expect((await attempt()).status).toBe(400);
  const limited = await attempt();
  expect(limited.status).toBe(429);
  expect(await limited.text()).toContain("U heeft te vaak geprobeerd in te loggen.");
}

const dataDirs: string[] = [];
afterAll(async () => {
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("starting Noaber", () => {
  it("runs the embedded default, stops on SIGTERM without leftovers, and reuses its data", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "noaber-start-"));
    dataDirs.push(dataDir);
    execFileSync("chmod", ["755", dataDir]);

    const first = startApp({ DATA_DIR: dataDir });
    const url = await first.ready;
    const health = await fetch(`${url}/healthz`).then((r) => r.json());
    expect(health).toEqual({ status: "ok", database: "ok", search: "ok" });
    expect(first.output()).toContain("demo data seeded");
    expect(first.output()).toContain("vrijwilliger@demo.noaber.nl");
    expect(processesMentioning(dataDir).length).toBeGreaterThan(0);

    const stopped = await stopApp(first.child);
    // 0, not the hard deadline's 1: every step, the embedded servers' stops included, finished.
    expect(stopped.code, first.output()).toBe(0);
    expect(stopped.ms).toBeLessThan(10_000);
    expect(processesMentioning(dataDir), first.output()).toEqual([]);

    const second = startApp({ DATA_DIR: dataDir });
    await second.ready;
    expect(second.output()).toContain("demo data already present, not seeded again");
    expect(second.output()).toContain("vrijwilliger@demo.noaber.nl");
    expect((await stopApp(second.child)).code, second.output()).toBe(0);
    expect(processesMentioning(dataDir)).toEqual([]);
  }, 120_000);

  it("uses DATABASE_URL and MEILI_URL when set, starting no embedded server", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "noaber-external-"));
    dataDirs.push(dataDir);
    // Its own database, so this app's outbox worker never takes rows meant for other test files.
    const databaseUrl = await createDatabase(`startup_${randomUUID().slice(0, 8)}`);
    const app = startApp({
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      MEILI_URL: inject("meiliUrl"),
      MEILI_MASTER_KEY: inject("meiliMasterKey"),
      MEILI_INDEX_PREFIX: "startup_",
      SEED_DEMO_DATA: "false",
    });
    const url = await app.ready;
    expect(await fetch(`${url}/healthz`).then((r) => r.status)).toBe(200);
    expect(app.output()).not.toContain("starting the embedded");
    await expectLoginRateLimited(url);
    await expect(stat(path.join(dataDir, "postgres"))).rejects.toThrow();
    await expect(stat(path.join(dataDir, "meilisearch"))).rejects.toThrow();
    await stopApp(app.child);
  }, 60_000);

  it("says in one line when the database cannot be reached", async () => {
    const app = startApp({
      DATABASE_URL: "postgres://noaber:secret@127.0.0.1:1/noaber",
      MEILI_URL: inject("meiliUrl"),
    });
    await expect(app.ready).rejects.toThrow(/Noaber could not start: cannot reach the database at 127\.0\.0\.1:1/);
    const failureLines = app
      .output()
      .split("\n")
      .filter((line) => line.startsWith("Noaber could not start"));
    expect(failureLines).toHaveLength(1);
    expect(app.output()).not.toMatch(/^\s+at /m);
  }, 60_000);
});
