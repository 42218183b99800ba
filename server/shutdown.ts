import type { Logger } from "./logger";

/** Time the app's own steps (sockets, http, jobs, pool) get together before the servers are stopped. */
const APP_BUDGET_MS = 3_000;
/** Hard deadline for the whole shutdown: the servers' own stop steps (at most 5.5 s) fit after the app's. */
export const SHUTDOWN_DEADLINE_MS = 9_500;

type Step = { name: string; run: () => Promise<void> };

/**
 * Undoes what was started, in two phases: the app's steps newest first, sharing a small budget so a
 * query still running can never hold up the rest; then the embedded servers, in parallel, each bounded
 * by its own escalating stop (see terminate()).
 */
export class Shutdown {
  private readonly appSteps: Step[] = [];
  private readonly servers: Step[] = [];

  addAppStep(name: string, run: () => Promise<void>) {
    this.appSteps.unshift({ name, run });
  }

  addServer(name: string, run: () => Promise<void>) {
    this.servers.push({ name, run });
  }

  async runAll(logger: Logger) {
    const appDeadline = Date.now() + APP_BUDGET_MS;
    for (const step of this.appSteps.splice(0)) {
      const finished = await runBounded(step, Math.max(0, appDeadline - Date.now()), logger);
      if (!finished) logger.warn(`shutdown: ${step.name} did not finish in time; going on`);
    }
    await Promise.all(
      this.servers
        .splice(0)
        .map((step) =>
          step.run().catch((error: unknown) => logger.warn({ err: error }, `shutdown: ${step.name} failed`)),
        ),
    );
  }
}

async function runBounded(step: Step, ms: number, logger: Logger): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const finished = step
    .run()
    .then(() => true)
    .catch((error: unknown) => {
      logger.warn({ err: error }, `shutdown: ${step.name} failed`);
      return true;
    });
  const outcome = await Promise.race([finished, timedOut]);
  clearTimeout(timer);
  return outcome;
}
