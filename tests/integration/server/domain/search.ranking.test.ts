import net from "node:net";
import { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpportunities, createOrganisation, createVolunteer } from "../../../../db/factories";
import type { Actor } from "../../../../server/domain/actor";
import { createOutboxWorker, type OutboxWorker } from "../../../../server/domain/search/outbox.worker";
import {
  assertSucceeded,
  ensureOpportunitiesIndex,
  loadSearchDocuments,
} from "../../../../server/domain/search/search.index";
import { enqueueSearchUpdate } from "../../../../server/domain/search/search.outbox";
import { createSearchService } from "../../../../server/domain/search/search.service";
import { createTestServices } from "../../../support/context";

const t = createTestServices();
const { db, services } = t;
const anonymous: Actor = { kind: "anonymous" };

// A word of letters only, unique to this file: every search below is for it, so other files' rows
// (the outbox is shared by the run) cannot get in between.
const word = `zq${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;

const buurt = {
  florabuurt: "BU00140403", // home of the first volunteer; Oosterparkwijk (Oud-Oost), Oude Wijken
  ulgersmaborg: "BU00141204", // 0.8 km from the Florabuurt, gebied Oost: nearby
  professorenbuurt: "BU00140302", // 1.2 km, another wijk, gebied Oude Wijken
  vinkhuizenNoord: "BU00140901", // gebied West, 4 km
  noorderplantsoenbuurt: "BU00140201", // home of the second volunteer; wijk WK001402
  noorderplantsoen: "BU00140004", // 0.4 km from there, wijk Centrum: nearby
  kostverloren: "BU00140203", // 1.3 km from there, same wijk WK001402
};

const day = 24 * 3_600_000;
const inDays = (days: number) => new Date(Math.floor(Date.now() / day) * day + days * day + 9 * 3_600_000);

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

let worker: OutboxWorker;
let flora: Actor;
let noorderplantsoen: Actor;
let twoSkills: Actor;
let withoutProfile: Actor;
const k: Record<string, string> = {};

const volunteerActor = (userId: string): Actor => ({ kind: "user", userId, roles: ["volunteer"] });

beforeAll(async () => {
  worker = createOutboxWorker(t, { pollIntervalMs: 50 });
  const organisation = await createOrganisation(db, { name: `Buurtwerk ${word}` });
  // The same text for every klus (the word first in the title), so the text matches are comparable.
  const klus = (key: string, buurtCode: string | null, skills: string[], startsInDays = 10, extra = {}) => ({
    key,
    row: {
      organisation_id: organisation.id,
      title: `${word} helpen`,
      description: "Een ochtend meehelpen in de buurt.",
      buurt_code: buurtCode,
      is_online: buurtCode === null,
      starts_at: inDays(startsInDays),
      skills,
      ...extra,
    },
  });
  const planned = [
    klus("floraTuin", buurt.florabuurt, ["tuinieren"]),
    klus("floraTuinSooner", buurt.florabuurt, ["tuinieren"], 5),
    klus("floraOther", buurt.florabuurt, ["koken"]),
    klus("vinkhuizenTuin", buurt.vinkhuizenNoord, ["tuinieren"]),
    klus("ulgersmaborgTuin", buurt.ulgersmaborg, ["tuinieren"]),
    klus("professorenTuin", buurt.professorenbuurt, ["tuinieren"]),
    klus("noorderplantsoen", buurt.noorderplantsoen, []),
    klus("kostverloren", buurt.kostverloren, []),
    klus("online", null, ["tuinieren", "koken"], 8),
    klus("full", buurt.florabuurt, ["tuinieren"], 3, { spots: 1 }),
    // Under way, and over six seconds from now: indexed while it runs, searched after it ended.
    klus("ending", buurt.florabuurt, ["tuinieren"], 0, {
      starts_at: new Date(Date.now() - 3_600_000),
      ends_at: new Date(Date.now() + 6_000),
    }),
  ];
  const created = await createOpportunities(
    db,
    planned.map((p) => p.row),
  );
  planned.forEach((p, i) => (k[p.key] = created[i]?.id ?? ""));

  flora = volunteerActor(
    (await createVolunteer(db, { profile: { home_buurt_code: buurt.florabuurt }, skills: ["tuinieren"] })).user.id,
  );
  noorderplantsoen = volunteerActor(
    (await createVolunteer(db, { profile: { home_buurt_code: buurt.noorderplantsoenbuurt } })).user.id,
  );
  twoSkills = volunteerActor(
    (await createVolunteer(db, { profile: { home_buurt_code: null }, skills: ["koken", "tuinieren"] })).user.id,
  );
  withoutProfile = volunteerActor((await createVolunteer(db, { profile: { home_buurt_code: null } })).user.id);

  // The "full" klus gets its one place taken; the claim writes an outbox row, as the claims service does.
  const claimer = await createVolunteer(db);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("claims")
      .values({ opportunity_id: k.full ?? "", volunteer_id: claimer.user.id, status: "active" })
      .execute();
    await enqueueSearchUpdate(trx, [k.full ?? ""]);
  });
  await worker.waitUntilIndexed({ opportunityIds: Object.values(k) });
  // The "ending" klus ends; nothing tells the index: leaving the results is the query's job.
  const ending = await db
    .selectFrom("opportunities")
    .select("ends_at")
    .where("id", "=", k.ending ?? "")
    .executeTakeFirstOrThrow();
  const document = await t.meili.index(worker.indexUid).getDocument(k.ending ?? "");
  expect(document.endsAtTs).toBe(ending.ends_at?.getTime());
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, (ending.ends_at?.getTime() ?? 0) - Date.now() + 50)));
}, 60_000);

afterAll(async () => {
  await worker.stop();
  await t.meili.deleteIndexIfExists(worker.indexUid);
});

const order = (result: { results: Array<{ id: string }> }) =>
  result.results.map((card) => Object.keys(k).find((key) => k[key] === card.id) ?? card.id);

describe("personal ranking (Meilisearch)", () => {
  it("puts the Florabuurt klus wanting tuinieren on top for a Florabuurt volunteer who likes tuinieren", async () => {
    const result = await services.search.search(flora, { q: word });
    expect(result.source).toBe("meilisearch");
    expect(result.personal).toBe(true);
    const ranked = order(result);
    expect(ranked.slice(0, 2)).toEqual(["floraTuinSooner", "floraTuin"]);
    expect(ranked.indexOf("floraTuin")).toBeLessThan(ranked.indexOf("vinkhuizenTuin"));
  });

  it("orders own buurt, nearby, rest of the gebied, rest of the municipality; matching skill first within a place", async () => {
    const ranked = order(await services.search.search(flora, { q: word }));
    expect(ranked).toEqual([
      "floraTuinSooner", // own buurt, skill, sooner
      "floraTuin", // own buurt, skill
      "floraOther", // own buurt, no matching skill
      "ulgersmaborgTuin", // nearby (0.8 km)
      "professorenTuin", // rest of the gebied Oude Wijken
      "kostverloren", // rest of the gebied, no matching skill
      "online", // rest: matching skill, sooner (8 days) than the Vinkhuizen klus, but after every closer tier
      "vinkhuizenTuin",
      "noorderplantsoen", // rest, Centrum, no skill
    ]);
  });

  it("puts nearby buurten before the rest of the wijk, and that before the gebied", async () => {
    const ranked = order(await services.search.search(noorderplantsoen, { q: word }));
    expect(ranked.slice(0, 2)).toEqual(["noorderplantsoen", "kostverloren"]);
    // Florabuurt and Professorenbuurt share the gebied Oude Wijken; Vinkhuizen and Ulgersmaborg do not.
    const gebied = ["floraTuinSooner", "floraTuin", "floraOther", "professorenTuin"];
    const rest = ["vinkhuizenTuin", "ulgersmaborgTuin", "online"];
    for (const g of gebied) for (const r of rest) expect(ranked.indexOf(g)).toBeLessThan(ranked.indexOf(r));
  });

  it("puts more matching skills first, then sooner first", async () => {
    const ranked = order(await services.search.search(twoSkills, { q: word }));
    expect(ranked[0]).toBe("online"); // koken and tuinieren
    // One matching skill next, sooner first; the two without a matching skill last.
    expect(ranked.slice(1, 7)).toEqual(
      expect.arrayContaining(["floraTuinSooner", "floraTuin", "floraOther", "vinkhuizenTuin", "ulgersmaborgTuin"]),
    );
    expect(ranked[1]).toBe("floraTuinSooner");
    expect(ranked.slice(-2).sort()).toEqual(["kostverloren", "noorderplantsoen"]);
  });

  it("gives anonymous visitors and volunteers without a profile the same, unpersonalised search", async () => {
    const anon = await services.search.search(anonymous, { q: word });
    const empty = await services.search.search(withoutProfile, { q: word });
    expect(anon.personal).toBe(false);
    expect(empty.personal).toBe(false);
    expect(order(empty)).toEqual(order(anon));
    // Without personal ranking, only "sooner first" orders equal matches: the online klus (8 days) is second.
    expect(order(anon).slice(0, 2)).toEqual(["floraTuinSooner", "online"]);
  });

  it("leaves out full klussen and klussen that have ended", async () => {
    for (const actor of [anonymous, flora]) {
      const ranked = order(await services.search.search(actor, { q: word }));
      expect(ranked).not.toContain("full");
      expect(ranked).not.toContain("ending");
      expect(ranked).toHaveLength(9);
    }
    const document = await t.meili.index(worker.indexUid).getDocument(k.full ?? "");
    expect(document).toMatchObject({ spotsLeft: 0, isFull: true });
  });

  it("filters by date range, VOG and language", async () => {
    const from = inDays(4).toISOString().slice(0, 10);
    const to = inDays(6).toISOString().slice(0, 10);
    expect(order(await services.search.search(flora, { q: word, from, to }))).toEqual(["floraTuinSooner"]);
    expect(order(await services.search.search(flora, { q: word, vog: "required" }))).toEqual([]);
    expect(order(await services.search.search(flora, { q: word, vog: "not-required" }))).toHaveLength(9);
    expect(order(await services.search.search(flora, { q: word, language: "ar" }))).toEqual([]);
  });
});

describe("personal ranking without words (Voor jou)", () => {
  it("keeps the same tier order, sooner first within a tier", async () => {
    // Only this file's klussen in an index of its own: without words, every document would match.
    const own = createSearchService({
      ...t,
      config: { ...t.config, meiliIndexPrefix: `${t.config.meiliIndexPrefix}own_` },
    });
    await ensureOpportunitiesIndex(t.meili, own.indexUid);
    const documents = await loadSearchDocuments(db, Object.values(k));
    assertSucceeded(await t.meili.index(own.indexUid).addDocuments(documents, { primaryKey: "id" }).waitTask());
    try {
      const result = await own.search(flora, {});
      expect(result).toMatchObject({ source: "meilisearch", personal: true, total: 9 });
      expect(order(result)).toEqual(order(await services.search.search(flora, { q: word })));
      expect(order(await own.search(noorderplantsoen, {})).slice(0, 2)).toEqual(["noorderplantsoen", "kostverloren"]);
    } finally {
      await t.meili.deleteIndexIfExists(own.indexUid);
    }
  });
});

describe("the buurt overview", () => {
  it("counts the results per buurt, leaving out full and ended klussen", async () => {
    const counts = await services.search.countPerBuurt(anonymous, { q: word });
    expect(counts.source).toBe("meilisearch");
    expect(counts.total).toBe(9);
    expect(counts.perBuurt[buurt.florabuurt]).toBe(3);
    expect(counts.perBuurt[buurt.vinkhuizenNoord]).toBe(1);
  });
});

describe("personal ranking (PostgreSQL fallback)", () => {
  it("applies the same order when Meilisearch cannot be reached", async () => {
    const unreachable = new Meilisearch({ host: `http://127.0.0.1:${await closedPort()}`, timeout: 1_000 });
    const fallback = createSearchService({ ...t, meili: unreachable });
    const viaDb = await fallback.search(flora, { q: word });
    expect(viaDb.source).toBe("database");
    expect(viaDb.personal).toBe(true);
    expect(order(viaDb)).toEqual(order(await services.search.search(flora, { q: word })));
    expect(order(await fallback.search(noorderplantsoen, { q: word })).slice(0, 2)).toEqual([
      "noorderplantsoen",
      "kostverloren",
    ]);
    const counts = await fallback.countPerBuurt(anonymous, { q: word });
    expect(counts).toMatchObject({ source: "database", total: 9 });
    expect(counts.perBuurt[buurt.florabuurt]).toBe(3);
  });
});
