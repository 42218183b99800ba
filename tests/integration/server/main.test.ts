import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";

/**
 * Starts the real app (server/main.ts) as `npm start` does and stops it with SIGTERM.
 * Needs the Remix build (npm test builds before Vitest).
 */
function startApp(
  env: Record<string, string>,
  // Node itself, not the tsx wrapper process: signals reach the app directly, as with `npm start`.
  command = [process.execPath, "--import", "tsx", "server/main.ts"],
) {
  const [executable = "", ...args] = command;
  const child = spawn(executable, args, {
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

/**
 * Every process whose command line or environment names `dataDir`: the app (DATA_DIR) as well as the
 * embedded servers (their data paths), where `ps` shows only the servers.
 */
async function processesUsing(dataDir: string) {
  const found: { pid: number; commandLine: string }[] = [];
  for (const pid of (await readdir("/proc")).filter((name) => /^\d+$/.test(name))) {
    // A process may end while it is read, or belong to someone else: then it is skipped.
    const read = (file: string) => readFile(`/proc/${pid}/${file}`, "utf8").catch(() => "");
    const [commandLine, environment] = await Promise.all([read("cmdline"), read("environ")]);
    if (commandLine.includes(dataDir) || environment.split("\0").includes(`DATA_DIR=${dataDir}`)) {
      found.push({ pid: Number(pid), commandLine: commandLine.replaceAll("\0", " ").trim() });
    }
  }
  return found;
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

const rateLimitedText = "U heeft te vaak geprobeerd in te loggen.";

/**
 * Posts wrong log-ins to the app the way a browser does (CSRF cookie and token); each attempt claims
 * another address in X-Forwarded-For. Returns a function making one attempt with the given e-mail.
 */
async function wrongLogIns(url: string) {
  const page = await fetch(`${url}/inloggen`);
  const cookie = (page.headers.getSetCookie() ?? []).map((c) => c.split(";")[0]).join("; ");
  const token = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? "";
  expect(token).not.toBe("");
  let attempts = 0;
  return async (email: string) => {
    attempts += 1;
    const response = await fetch(`${url}/inloggen`, {
      method: "POST",
      headers: {
        cookie,
        origin: url,
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-for": `203.0.113.${attempts % 250}`,
      },
      body: new URLSearchParams({ csrf: token, email, password: "verkeerd wachtwoord" }),
      redirect: "manual",
    });
    return { status: response.status, text: await response.text() };
  };
}

const someAddress = () => `niemand-${randomUUID().slice(0, 8)}@example.org`;

/**
 * Without TRUST_PROXY, X-Forwarded-For is not believed: of 60 wrong log-ins, each claiming another address
 * and each for another account, ten are answered as usual and the rest get 429 with the message beside the form.
 */
async function expectLoginRateLimited(url: string) {
  const attempt = await wrongLogIns(url);
  const answers = [];
  for (let i = 0; i < 60; i++) answers.push(await attempt(someAddress()));
  expect(answers.map((a) => a.status)).toEqual([...Array(10).fill(400), ...Array(50).fill(429)]);
  expect(answers.at(-1)?.text).toContain(rateLimitedText);
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

  it("with TRUST_PROXY, counts log-ins per forwarded address, and still limits wrong log-ins per account", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "noaber-proxied-"));
    dataDirs.push(dataDir);
    const databaseUrl = await createDatabase(`startup_${randomUUID().slice(0, 8)}`);
    const app = startApp({
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      MEILI_URL: inject("meiliUrl"),
      MEILI_MASTER_KEY: inject("meiliMasterKey"),
      MEILI_INDEX_PREFIX: "proxied_",
      SEED_DEMO_DATA: "false",
      // The test's requests come from 127.0.0.1, like those of a reverse proxy on this machine.
      TRUST_PROXY: "loopback",
    });
    try {
      const url = await app.ready;
      const attempt = await wrongLogIns(url);
      // Each from another forwarded address, each for another account: the per-address limit (10) never applies.
      for (let i = 0; i < 15; i++) expect((await attempt(someAddress())).status).toBe(400);
      // One account, each attempt from another address: the eleventh wrong log-in is refused by the per-account limit.
      const account = someAddress();
      const answers = [];
      for (let i = 0; i < 11; i++) answers.push(await attempt(account));
      expect(answers.map((a) => a.status)).toEqual([...Array(10).fill(400), 429]);
      expect(answers.at(-1)?.text).toContain(rateLimitedText);
    } finally {
      await stopApp(app.child);
    }
  }, 60_000);

  it("`npm start` stops node, PostgreSQL and Meilisearch when npm gets SIGTERM", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "noaber-npm-start-"));
    dataDirs.push(dataDir);
    execFileSync("chmod", ["755", dataDir]);
    // Exactly what residents run, `remix build` included: this file's tests run one at a time and no
    // other test file reads build/, so rewriting it here cannot pull it from under another test.
    const npm = startApp({ DATA_DIR: dataDir }, ["npm", "start"]);
    try {
      const url = await npm.ready;
      // What residents get is production: error pages carry no stack trace, a form without its token is refused.
      for (const address of ["/klussen/%FF%FE", "/gesprekken/%E0%A4%A", "/klussen/onbekend"]) {
        const page = await fetch(`${url}${address}`);
        expect(page.status, address).toBeLessThan(500);
        expect(await page.text(), address).not.toMatch(/\bat [^\s]+ \(?\/|node_modules\//);
      }
      const tokenless = await fetch(`${url}/inloggen`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "email=a%40example.org&password=x",
      });
      expect(tokenless.status).toBe(403);
      expect(await tokenless.text()).not.toMatch(/\bat [^\s]+ \(?\/|node_modules\//);
      const running = (await processesUsing(dataDir)).map((p) => p.commandLine).join("\n");
      expect(running).toContain("server/main.ts");
      expect(running).toContain("postgres -D");
      expect(running).toContain("meilisearch --db-path");

      const stopped = await stopApp(npm.child);
      // 0: npm passed SIGTERM on and node stopped everything in time; null would mean npm itself was killed.
      expect(stopped.code, npm.output()).toBe(0);
      const leftovers = (await processesUsing(dataDir)).map((p) => p.commandLine);
      expect(leftovers, npm.output()).toEqual([]);
    } finally {
      // Only when the test failed: stop what it started, so no servers outlive the run.
      npm.child.kill("SIGTERM");
      for (const leftover of await processesUsing(dataDir)) {
        try {
          process.kill(leftover.pid, "SIGTERM");
        } catch {
          // Ended meanwhile.
        }
      }
    }
  }, 90_000);

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
