import type { ChildProcess } from "node:child_process";
import type { Logger } from "../logger";

const STOP_TIMEOUT_MS = 8_000;

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Sends `signal`, waits for the exit, and kills the child if it has not stopped within 8 s. */
export async function terminate(child: ChildProcess, signal: NodeJS.Signals, logger: Logger, name: string) {
  // A child that never spawned has no pid and will not emit "exit".
  if (child.pid === undefined || !isRunning(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS))),
  ]);
  clearTimeout(timer);
  if (timedOut && isRunning(child)) {
    logger.warn(`${name} did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
    child.kill("SIGKILL");
    await exited;
  }
}

export function errorCode(err: unknown): unknown {
  return typeof err === "object" && err !== null && "code" in err ? err.code : undefined;
}
