import { Meilisearch } from "meilisearch";
import { connectDatabase } from "../db/connect";
import type { AppConfig } from "./config";
import { DomainEvents } from "./domain/events";
import { createServices } from "./domain/services";
import { createCsrf, createSessionCookie } from "./http/cookies";
import type { Logger } from "./logger";

export interface Infrastructure {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string | undefined;
  secret: string;
}

/**
 * The composition root: every stateful object (pool, clients, services) is built here once and
 * handed to Remix through getLoadContext and to Socket.IO, so no module holds state of its own.
 */
export function createAppContext(config: AppConfig, logger: Logger, infra: Infrastructure) {
  const db = connectDatabase(infra.databaseUrl);
  const meili = new Meilisearch({ host: infra.meiliUrl, apiKey: infra.meiliMasterKey });
  const events = new DomainEvents();
  const services = createServices({ db, meili, events, logger, config });
  const secure = config.isProduction;
  return {
    config,
    logger,
    db,
    meili,
    events,
    services,
    databaseUrl: infra.databaseUrl,
    sessionCookie: createSessionCookie(infra.secret, secure),
    csrf: createCsrf(infra.secret, secure),
    async close() {
      await db.destroy();
    },
  };
}

export type AppContext = ReturnType<typeof createAppContext>;
