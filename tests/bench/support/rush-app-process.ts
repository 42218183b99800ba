/**
 * One app process of the rush bench with RUSH_PROCESSES > 1 (a child, see ipc.ts): builds the app
 * as the bench does in its own process (rush-app.ts) over the shared PostgreSQL and Meilisearch,
 * listens on its own port and answers with its URL; on request it reports its CPU time, so the
 * bench can sum the server CPU of all app processes. The search outbox worker runs only where the
 * bench asks for it (one process), as one worker at a time syncs the index anyway.
 */
import "../production-env";
import { createAppContext } from "../../../server/context";
import { createOutboxWorker } from "../../../server/domain/search/outbox.worker";
import { createLogger } from "../../../server/logger";
import { serveCalls } from "./ipc";
import { rushConfig, serveRushApp, type RushInfrastructure } from "./rush-app";

let stop: (() => Promise<void>) | null = null;

const handlers = {
  async start(input: RushInfrastructure & { outboxWorker: boolean }) {
    if (stop) throw new Error("already started");
    const context = createAppContext(rushConfig(input), createLogger("warn", false), input);
    const worker = input.outboxWorker ? createOutboxWorker(context.services.deps) : null;
    await worker?.start();
    const app = await serveRushApp(context);
    stop = async () => {
      await app.close();
      await worker?.stop();
      await context.close();
    };
    return { url: app.url, pid: process.pid };
  },

  /** This process's CPU time so far (user + system, microseconds). */
  async cpu() {
    return process.cpuUsage();
  },

  async stop() {
    const stopping = stop;
    stop = null;
    await stopping?.();
    return { stopped: true };
  },
};

export type RushAppHandlers = typeof handlers;

serveCalls(handlers);
