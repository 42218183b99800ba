import { sql } from "kysely";
import type { RequestHandler } from "express";
import type { AppContext } from "../context";

/** Reports whether PostgreSQL and Meilisearch answer; 503 only when the database is down. */
export function healthHandler(context: AppContext): RequestHandler {
  return async (_req, res) => {
    const [database, search] = await Promise.all([
      sql`select 1`
        .execute(context.db)
        .then(() => "ok" as const)
        .catch(() => "unavailable" as const),
      context.meili
        .health()
        .then((h: { status: string }) => (h.status === "available" ? ("ok" as const) : ("unavailable" as const)))
        .catch(() => "unavailable" as const),
    ]);
    const status = database === "ok" ? (search === "ok" ? "ok" : "degraded") : "unavailable";
    res.status(database === "ok" ? 200 : 503).json({ status, database, search });
  };
}
