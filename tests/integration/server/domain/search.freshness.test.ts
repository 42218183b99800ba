import net from "node:net";
import { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCoordinator, createOpportunities, createOrganisation, createVolunteer } from "../../../../db/factories";
import type { Actor } from "../../../../server/domain/actor";
import { createOutboxWorker, type OutboxWorker } from "../../../../server/domain/search/outbox.worker";
import { createSearchService } from "../../../../server/domain/search/search.service";
import { createTestServices } from "../../../support/context";

// "Past and full klussen leave the results": checked here for correctness, with the outbox worker
// running in the background as in the app. How fast it happens is measured in tests/bench/search.bench.ts.
const t = createTestServices();
const { db, services } = t;
const anonymous: Actor = { kind: "anonymous" };
const run = `vers${Math.random().toString(36).slice(2, 8)}`;
const DAY = 24 * 3_600_000;
// Generous: this asserts that it happens, not how fast.
const eventually = { timeout: 10_000, interval: 50 };

let worker: OutboxWorker;
let coordinator: Actor;
let organisationId: string;

/** A port nothing listens on, so that search falls back to PostgreSQL. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function foundIds(query: string, search = services.search) {
  const result = await search.search(anonymous, { q: query });
  return result.results.map((card) => card.id);
}

beforeAll(async () => {
  // The events make the worker wake at once on a claim, as in the app (server/context.ts).
  worker = createOutboxWorker(t, { pollIntervalMs: 250 });
  await worker.start();
  const organisation = await createOrganisation(db, { name: `Buurthuis ${run}` });
  organisationId = organisation.id;
  const { user } = await createCoordinator(db, organisation);
  coordinator = { kind: "user", userId: user.id, roles: ["organisation_coordinator"] };
});

afterAll(async () => {
  await worker.stop();
  await t.meili.deleteIndexIfExists(worker.indexUid);
});

describe("freshness of search", () => {
  it("drops a klus from the results once its last spot is claimed", async () => {
    const startsAt = new Date(Date.now() + 5 * DAY);
    const klus = await services.opportunities.publish(coordinator, {
      organisationId,
      kind: "task",
      title: `Stoelen sjouwen ${run}`,
      description: "Voor de buurtavond zetten we stoelen en tafels klaar in de grote zaal van het buurthuis.",
      place: "BU00140403",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      spots: 1,
      skills: [],
    });
    await vi.waitFor(async () => expect(await foundIds(`sjouwen ${run}`)).toContain(klus.id), eventually);

    const { user } = await createVolunteer(db);
    const claimed = await services.claims.claim(
      { kind: "user", userId: user.id, roles: ["volunteer"] },
      { opportunityId: klus.id, vogConfirmed: false },
    );
    expect(claimed.claim.status).toBe("active");

    await vi.waitFor(async () => expect(await foundIds(`sjouwen ${run}`)).not.toContain(klus.id), eventually);
  });

  it("never returns a klus that is over, through Meilisearch or PostgreSQL", async () => {
    const now = Date.now();
    const [past, upcoming] = await createOpportunities(db, [
      {
        organisation_id: organisationId,
        title: `Bladeren harken ${run} vorige week`,
        starts_at: new Date(now - 3 * DAY),
        ends_at: new Date(now - 3 * DAY + 3 * 3_600_000),
      },
      { organisation_id: organisationId, title: `Bladeren harken ${run} volgende week` },
    ]);
    // Both went through the outbox; once the upcoming one is found, the past one was handled too.
    await vi.waitFor(async () => expect(await foundIds(`harken ${run}`)).toContain(upcoming!.id), eventually);
    await worker.waitUntilIndexed({ opportunityIds: [past!.id, upcoming!.id] });

    expect(await foundIds(`harken ${run}`)).not.toContain(past!.id);
    const database = createSearchService({
      ...t,
      meili: new Meilisearch({ host: `http://127.0.0.1:${await closedPort()}`, timeout: 1_000 }),
    });
    const viaDatabase = await database.search(anonymous, { q: `harken ${run}` });
    expect(viaDatabase.source).toBe("database");
    expect(viaDatabase.results.map((card) => card.id)).toContain(upcoming!.id);
    expect(viaDatabase.results.map((card) => card.id)).not.toContain(past!.id);
  });
});
