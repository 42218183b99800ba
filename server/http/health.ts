import type { RequestHandler } from "express";
import type { Meilisearch } from "meilisearch";
import postgres from "postgres";

/** What /healthz says of one part: answering, answering with an error, or not answering within the deadline. */
export type PartHealth = "ok" | "unavailable" | "timeout";

export interface HealthReport {
  status: "ok" | "degraded" | "unavailable";
  database: PartHealth;
  search: PartHealth;
}

/** Each part must answer within this; both are asked at once, so /healthz answers within about this. */
export const HEALTH_DEADLINE_MS = 800;
/** A check still hanging after this is given up: its connection is dropped and the next request starts afresh. */
const ABANDON_AFTER_MS = 10_000;

/**
 * Health checks for PostgreSQL and Meilisearch. The database is asked over its own single connection,
 * not the app's pool: during a freeze, health checks must neither wait for a free pool connection
 * nor take one. Each part has one check in flight at most; a request arriving while it hangs waits
 * for that same check (up to its own deadline) instead of starting another, so a freeze never piles up
 * queries or connections.
 */
export function createHealthChecks(options: { databaseUrl: string; meili: Meilisearch; deadlineMs?: number }) {
  const deadlineMs = options.deadlineMs ?? HEALTH_DEADLINE_MS;
  const connect = () => postgres(options.databaseUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
  let client = connect();
  let closed = false;

  const database = oneAtATime(
    async () => {
      await client`select 1`;
    },
    () => {
      // A connection left hanging (a half-open TCP connection, say) would otherwise answer "timeout" for good.
      void client.end({ timeout: 0 });
      if (!closed) client = connect();
    },
  );
  const search = oneAtATime(async () => {
    const health = await options.meili.health();
    if (health.status !== "available") throw new Error(`Meilisearch says ${health.status}`);
  });

  return {
    /** Both parts, each within the deadline. */
    async check(): Promise<HealthReport> {
      const [databaseHealth, searchHealth] = await Promise.all([database(deadlineMs), search(deadlineMs)]);
      const status = databaseHealth === "ok" ? (searchHealth === "ok" ? "ok" : "degraded") : "unavailable";
      return { status, database: databaseHealth, search: searchHealth };
    },
    async close() {
      closed = true;
      // A health query is worth nothing at shutdown: do not wait for one.
      await client.end({ timeout: 0 });
    },
  };
}

export type HealthChecks = ReturnType<typeof createHealthChecks>;

/** Runs `run` at most once at a time; every caller gets its outcome, or "timeout" at its own deadline. */
function oneAtATime(run: () => Promise<void>, abandon?: () => void) {
  let inFlight: { outcome: Promise<PartHealth>; startedAt: number } | undefined;
  return (deadlineMs: number): Promise<PartHealth> => {
    if (inFlight && Date.now() - inFlight.startedAt > ABANDON_AFTER_MS) {
      inFlight = undefined;
      abandon?.();
    }
    if (!inFlight) {
      const outcome: Promise<PartHealth> = run().then(
        () => "ok",
        () => "unavailable",
      );
      const current = { outcome, startedAt: Date.now() };
      inFlight = current;
      void outcome.finally(() => {
        if (inFlight === current) inFlight = undefined;
      });
    }
    const { outcome } = inFlight;
    return new Promise<PartHealth>((resolve) => {
      const timer = setTimeout(() => resolve("timeout"), deadlineMs);
      void outcome.then((health) => {
        clearTimeout(timer);
        resolve(health);
      });
    });
  };
}

/** /healthz: 200 when the database answers (search down is "degraded"), 503 naming the part that does not. */
export function healthHandler(context: { health: HealthChecks }): RequestHandler {
  return async (_req, res) => {
    const report = await context.health.check();
    res
      .status(report.database === "ok" ? 200 : 503)
      .set("Cache-Control", "no-store")
      .json(report);
  };
}
