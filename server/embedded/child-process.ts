import type { ChildProcess } from "node:child_process";
import type { Logger } from "../logger";

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/**
 * Sends each signal in turn, waiting up to its time for the child to exit, and ends with SIGKILL.
 * The steps add up to well under the app's hard shutdown deadline, so a server is never left behind.
 */
export async function terminate(
  child: ChildProcess,
  steps: ReadonlyArray<{ signal: NodeJS.Signals; waitMs: number }>,
  logger: Logger,
  name: string,
) {
  // A child that never spawned has no pid and will not emit "exit".
  if (child.pid === undefined || !isRunning(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (const { signal, waitMs } of steps) {
    if (!isRunning(child)) break;
    child.kill(signal);
    if (await exitsWithin(exited, waitMs)) return;
    logger.warn(`${name} did not stop within ${waitMs / 1000} s of ${signal}`);
  }
  if (isRunning(child)) {
    child.kill("SIGKILL");
    await exited;
  }
}

async function exitsWithin(exited: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]);
  clearTimeout(timer);
  return result;
}

export function errorCode(err: unknown): unknown {
  return typeof err === "object" && err !== null && "code" in err ? err.code : undefined;
}
