import net from "node:net";
import { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoordinator, createOrganisation } from "../../../../db/factories";
import type { Actor } from "../../../../server/domain/actor";
import { createOutboxWorker, type OutboxWorker } from "../../../../server/domain/search/outbox.worker";
import { opportunitiesIndexSettings } from "../../../../server/domain/search/search.index";
import { enqueueSearchUpdate } from "../../../../server/domain/search/search.outbox";
import { createSearchService } from "../../../../server/domain/search/search.service";
import { createTestServices } from "../../../support/context";
import { inDays } from "../../../support/dates";

const t = createTestServices();
const { db, services } = t;
const anonymous: Actor = { kind: "anonymous" };

// Every test file has its own index, but the outbox table is shared by the whole run; so this file
// only asserts on its own opportunities (by id), never on exact totals across the index.
const run = Math.random().toString(36).slice(2, 8);

const florabuurt = { code: "BU00140403", wijk: "WK001404", gebied: "oude-wijken" };
const binnenstadNoord = { code: "BU00140000", wijk: "WK001400", gebied: "centrum" };

/** A port nothing listens on: connecting to it fails at once, like a Meilisearch that is down. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

let worker: OutboxWorker;
let coordinator: Actor;
let organisationId: string;
let unreachableMeili: Meilisearch;
let task: { id: string };
let vacancy: { id: string };

beforeAll(async () => {
  worker = createOutboxWorker(t, { pollIntervalMs: 50, minBackoffMs: 50, maxBackoffMs: 200 });
  const organisation = await createOrganisation(db, { name: `Buurtvereniging Flora ${run}` });
  organisationId = organisation.id;
  const { user } = await createCoordinator(db, organisation);
  coordinator = { kind: "user", userId: user.id, roles: ["organisation_coordinator"] };
  unreachableMeili = new Meilisearch({ host: `http://127.0.0.1:${await closedPort()}`, timeout: 1_000 });

  task = await services.opportunities.publish(coordinator, {
    organisationId,
    kind: "task",
    title: `Tuinieren in de Florabuurt ${run}`,
    description: "Samen de buurttuin winterklaar maken: snoeien, bladeren harken en bollen planten.",
    place: florabuurt.code,
    startsAt: inDays(10),
    endsAt: inDays(10, 13),
    spots: 6,
    skills: ["tuinieren"],
    suitableGroups: true,
  });
  vacancy = await services.opportunities.publish(coordinator, {
    organisationId,
    kind: "vacancy",
    title: `Taalmaatje in de binnenstad ${run}`,
    description: "Een uur per week Nederlands oefenen met een nieuwe buurtbewoner, bij de koffie.",
    place: binnenstadNoord.code,
    hoursPerWeek: 1,
    skills: ["taalmaatje"],
    suitableNewcomers: true,
  });
  await worker.waitUntilIndexed({ opportunityIds: [task.id, vacancy.id] });
});

afterAll(async () => {
  await worker.stop();
  await t.meili.deleteIndexIfExists(worker.indexUid);
});

const ids = (result: { results: Array<{ id: string }> }) => result.results.map((card) => card.id);

describe("the search index", () => {
  it("is created with the settings written out in search.index.ts", async () => {
    const settings = await t.meili.index(worker.indexUid).getSettings();
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(opportunitiesIndexSettings.filterableAttributes),
    );
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(["startsAtTs", "publishedAtTs", "_geo"]));
    expect(settings.searchableAttributes).toEqual(opportunitiesIndexSettings.searchableAttributes);
    expect(settings.localizedAttributes).toEqual(opportunitiesIndexSettings.localizedAttributes);
    expect(settings.typoTolerance?.enabled).toBe(true);
  });

  it("holds a document with the place, skills and the buurt's centroid", async () => {
    const document = await t.meili.index(worker.indexUid).getDocument(task.id);
    expect(document).toMatchObject({
      kind: "task",
      buurtCode: florabuurt.code,
      wijkCode: florabuurt.wijk,
      gebied: florabuurt.gebied,
      skills: ["tuinieren"],
      suitableGroups: true,
    });
    expect(document.skillNames).toEqual(expect.arrayContaining(["Tuinieren"]));
    expect(document._geo).toEqual({ lat: expect.any(Number), lng: expect.any(Number) });
  });
});

describe("search through Meilisearch", () => {
  it("finds a published klus by a word of its title", async () => {
    const result = await services.search.search(anonymous, { q: `tuinieren ${run}` });
    expect(result.source).toBe("meilisearch");
    expect(ids(result)).toContain(task.id);
    expect(ids(result)).not.toContain(vacancy.id);
    expect(result.total).toBeGreaterThanOrEqual(1);
    const card = result.results.find((c) => c.id === task.id);
    expect(card).toMatchObject({ title: `Tuinieren in de Florabuurt ${run}`, buurtName: "Florabuurt", spots: 6 });
  });

  it("still finds it with a typo: “tuinierne”", async () => {
    const result = await services.search.search(anonymous, { q: "tuinierne", buurt: florabuurt.code });
    expect(ids(result)).toContain(task.id);
  });

  it.each([
    ["kind", { kind: "task" }, "task"],
    ["kind", { kind: "vacancy" }, "vacancy"],
    ["gebied", { gebied: florabuurt.gebied }, "task"],
    ["gebied", { gebied: binnenstadNoord.gebied }, "vacancy"],
    ["wijk", { wijk: florabuurt.wijk }, "task"],
    ["wijk", { wijk: binnenstadNoord.wijk }, "vacancy"],
    ["buurt", { buurt: florabuurt.code }, "task"],
    ["buurt", { buurt: binnenstadNoord.code }, "vacancy"],
    ["skill", { skill: "tuinieren" }, "task"],
    ["skill", { skill: "taalmaatje" }, "vacancy"],
    ["suitable", { suitable: "newcomers" }, "vacancy"],
    ["suitable", { suitable: "groups" }, "task"],
  ] as const)("filters by %s (%o)", async (_name, filter, expected) => {
    for (const source of ["meilisearch", "database"] as const) {
      const service =
        source === "meilisearch" ? services.search : createSearchService({ ...t, meili: unreachableMeili });
      const result = await service.search(anonymous, { q: run, ...filter });
      expect(result.source).toBe(source);
      expect(ids(result)).toContain(expected === "task" ? task.id : vacancy.id);
      expect(ids(result)).not.toContain(expected === "task" ? vacancy.id : task.id);
    }
  });

  it("lists newest first without words, and drops filters that make no sense", async () => {
    const result = await services.search.search(anonymous, {
      q: "",
      buurt: "not-a-code",
      page: "x" as unknown as number,
    });
    expect(result.source).toBe("meilisearch");
    expect(result.page).toBe(1);
    expect(ids(result)).toEqual(expect.arrayContaining([task.id, vacancy.id]));
    expect(ids(result).indexOf(vacancy.id)).toBeLessThan(ids(result).indexOf(task.id));
  });

  it("takes an opportunity out when it is no longer open", async () => {
    const closed = await services.opportunities.publish(coordinator, {
      organisationId,
      kind: "vacancy",
      title: `Penningmeester gezocht ${run}`,
      description: "Voor onze buurtvereniging zoeken we iemand die de kas bijhoudt.",
      place: "online",
    });
    await worker.waitUntilIndexed({ opportunityIds: [closed.id] });
    expect(ids(await services.search.search(anonymous, { q: `penningmeester ${run}` }))).toContain(closed.id);

    await db.transaction().execute(async (trx) => {
      await trx.updateTable("opportunities").set({ status: "closed" }).where("id", "=", closed.id).execute();
      await enqueueSearchUpdate(trx, [closed.id]);
    });
    await worker.waitUntilIndexed({ opportunityIds: [closed.id] });
    await expect(t.meili.index(worker.indexUid).getDocument(closed.id)).rejects.toThrow();
    expect(ids(await services.search.search(anonymous, { q: `penningmeester ${run}` }))).not.toContain(closed.id);
  });
});

describe("when Meilisearch cannot be reached", () => {
  it("searches PostgreSQL instead and says so", async () => {
    const search = createSearchService({ ...t, meili: unreachableMeili });
    const result = await search.search(anonymous, { q: `tuinieren ${run}` });
    expect(result.source).toBe("database");
    expect(ids(result)).toContain(task.id);
    expect(ids(result)).not.toContain(vacancy.id);
  });

  it("finds Dutch word forms through the 'dutch' text search configuration", async () => {
    const search = createSearchService({ ...t, meili: unreachableMeili });
    // "bladeren harken en bollen planten" in the description: the stemmer reduces both to "hark" and "plant".
    const result = await search.search(anonymous, { q: `hark plant ${run}` });
    expect(ids(result)).toContain(task.id);
  });

  it("keeps outbox rows until Meilisearch is back, then catches up", async () => {
    const downWorker = createOutboxWorker({ ...t, meili: unreachableMeili }, { taskTimeoutMs: 1_000 });
    const late = await services.opportunities.publish(coordinator, {
      organisationId,
      kind: "task",
      title: `Fietsen repareren ${run}`,
      description: "Lekke banden plakken en remmen afstellen voor buren die dat niet zelf kunnen.",
      place: florabuurt.code,
      startsAt: inDays(5),
      endsAt: inDays(5, 12),
      spots: 3,
      skills: ["fietsreparatie"],
    });

    const round = await downWorker.drainOnce();
    expect(round.unavailable).toBe(true);
    const pending = await db
      .selectFrom("search_outbox")
      .selectAll()
      .where("opportunity_id", "=", late.id)
      .executeTakeFirstOrThrow();
    expect(pending.processed_at).toBeNull();
    expect(pending.attempts).toBeGreaterThanOrEqual(1);
    expect(pending.last_error).toMatch(/Meilisearch/);

    // Search still works, from PostgreSQL.
    const fallback = await createSearchService({ ...t, meili: unreachableMeili }).search(anonymous, {
      q: `fietsen ${run}`,
    });
    expect(fallback.source).toBe("database");
    expect(ids(fallback)).toContain(late.id);

    await worker.waitUntilIndexed({ opportunityIds: [late.id] });
    const processed = await db
      .selectFrom("search_outbox")
      .select(["processed_at"])
      .where("opportunity_id", "=", late.id)
      .executeTakeFirstOrThrow();
    expect(processed.processed_at).not.toBeNull();
    const result = await services.search.search(anonymous, { q: `fietsen ${run}` });
    expect(result.source).toBe("meilisearch");
    expect(ids(result)).toContain(late.id);
  });
});

describe("the running worker", () => {
  it("wakes as soon as an opportunity is published in this process", async () => {
    const live = createOutboxWorker(t, { pollIntervalMs: 60_000 });
    await live.start();
    try {
      const published = await services.opportunities.publish(coordinator, {
        organisationId,
        kind: "vacancy",
        title: `Voorlezen in de bibliotheek ${run}`,
        description: "Op woensdagmiddag voorlezen aan kinderen van vier tot acht jaar.",
        place: binnenstadNoord.code,
      });
      // The poll interval is a minute: only the in-process wake-up can index it this fast.
      const deadline = Date.now() + 5_000;
      for (;;) {
        const row = await db
          .selectFrom("search_outbox")
          .select("processed_at")
          .where("opportunity_id", "=", published.id)
          .executeTakeFirstOrThrow();
        if (row.processed_at) break;
        if (Date.now() > deadline) throw new Error("the worker did not wake up");
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      await live.stop();
    }
  });

  it("starts and stops cleanly while Meilisearch is down", async () => {
    const downWorker = createOutboxWorker({ ...t, meili: unreachableMeili }, { pollIntervalMs: 20, minBackoffMs: 20 });
    await downWorker.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await downWorker.stop();
  });
});

describe("reindexAll", () => {
  it("rebuilds the index from PostgreSQL and swaps it in", async () => {
    await t.meili.index(worker.indexUid).deleteAllDocuments().waitTask();
    const { indexed } = await services.search.reindexAll();
    expect(indexed).toBeGreaterThanOrEqual(2);
    const result = await services.search.search(anonymous, { q: run });
    expect(result.source).toBe("meilisearch");
    expect(ids(result)).toEqual(expect.arrayContaining([task.id, vacancy.id]));
    const indexes = await t.meili.getRawIndexes({ limit: 1000 });
    expect(indexes.results.map((i) => i.uid)).not.toContain(`${worker.indexUid}_rebuild`);
  });
});
