import { randomUUID } from "node:crypto";
import { Meilisearch } from "meilisearch";
import { pino } from "pino";
import { afterAll, inject } from "vitest";
import { connectDatabase } from "../../db/connect";
import { DomainEvents } from "../../server/domain/events";
import { createServices, type ServiceDependencies } from "../../server/domain/services";

/**
 * Real services over the run's real PostgreSQL and Meilisearch. Each test file gets its own
 * Meilisearch index prefix; tests isolate themselves in PostgreSQL by creating their own rows.
 */
export function createTestServices(overrides: Partial<ServiceDependencies["config"]> = {}) {
  const db = connectDatabase(inject("databaseUrl"), { max: 5 });
  const meili = new Meilisearch({ host: inject("meiliUrl"), apiKey: inject("meiliMasterKey") });
  const deps: ServiceDependencies = {
    db,
    meili,
    events: new DomainEvents(),
    logger: pino({ level: "silent" }),
    config: { meiliIndexPrefix: `t${randomUUID().slice(0, 8)}_`, rateLimitMultiplier: 1, ...overrides },
  };
  const services = createServices(deps);
  afterAll(async () => {
    await services.background.drain();
    await db.destroy();
  });
  return { ...deps, services };
}
