import { afterEach, describe, expect, it } from "vitest";
import {
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createVolunteer,
  grantRole,
} from "../../../../../db/factories";
import type { Actor } from "../../../../../server/domain/actor";
import { DomainError } from "../../../../../server/domain/errors";
import * as repo from "../../../../../server/domain/notices/notices.repository";
import { compareRanked, rankCandidate, slotOf, waveSize } from "../../../../../server/domain/notices/notices.ranking";
import { createTestServices } from "../../../../support/context";

const INTERVAL_MS = 60_000;
const { db, services } = createTestServices({ waveIntervalMs: INTERVAL_MS });
const { notices } = services;

// The database is shared with other test files (and their volunteers, mostly in Oud-Oost). These
// klussen are in Hoogkerk e.o., which no other test uses, need a skill ("dieren") no other test
// gives, and each test has its own moment years ahead, so weekly caps do not meet.
const ZUIDWENDING = "BU00140804"; // Hoogkerk e.o., gebied West: no other buurt within 1 km
const HOOGKERK_ZUID = "BU00140801"; // the same wijk, more than 1 km away
const DORKWERD = "BU00140905"; // Nieuw-West: another wijk in gebied West
const SINT_ANNEN = "BU00141504"; // Ten Boer: another gebied
const SKILL = "dieren";
const day = 24 * 3_600_000;
let testIndex = 0;
/** A Saturday 10:00 in Groningen, a month further for each test. */
function moments() {
  testIndex += 1;
  const klusStart = new Date(Date.UTC(2031, 0, 4 + 28 * testIndex, 9, 0));
  return { klusStart, now: new Date(klusStart.getTime() - 2 * day) };
}

const created: string[] = [];
afterEach(async () => {
  // Volunteers of one test stay out of the next test's waves.
  if (created.length === 0) return;
  await db
    .insertInto("notification_preferences")
    .values(created.map((user_id) => ({ user_id, alerts_paused_until: "2999-01-01" })))
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ alerts_paused_until: "2999-01-01" }))
    .execute();
  created.length = 0;
});

async function volunteer(
  buurt: string | null,
  options: { skills?: string[]; availability?: string[]; languages?: string[]; perWeek?: number } = {},
) {
  const { user } = await createVolunteer(db, {
    user: { password_hash: "!" },
    skills: options.skills ?? [SKILL],
    profile: {
      home_buurt_code: buurt,
      availability: options.availability ?? ["sat-morning"],
      languages: options.languages ?? ["nl"],
      notices_per_week: options.perWeek ?? null,
    },
  });
  created.push(user.id);
  const actor: Actor = { kind: "user", userId: user.id, roles: ["volunteer"] };
  return { id: user.id, actor };
}

async function klus(options: { spots?: number; startsAt: Date; buurt?: string; languages?: string[] }) {
  const organisation = await createOrganisation(db);
  const { user } = await createCoordinator(db, organisation, { password_hash: "!" });
  const opportunity = await createOpportunity(db, {
    organisation_id: organisation.id,
    buurt_code: options.buurt ?? ZUIDWENDING,
    spots: options.spots ?? 1,
    starts_at: options.startsAt,
    languages: options.languages ?? [],
    skills: [SKILL],
    created_by: user.id,
  });
  const coordinator: Actor = { kind: "user", userId: user.id, roles: ["organisation_coordinator"] };
  return { id: opportunity.id, organisationId: organisation.id, coordinator };
}

const toldAbout = async (opportunityId: string) =>
  (await db.selectFrom("notices").select("volunteer_id").where("opportunity_id", "=", opportunityId).execute()).map(
    (row) => row.volunteer_id,
  );
const later = (now: Date, ms: number) => new Date(now.getTime() + ms);

describe("the ranking of candidates", () => {
  it("puts near, skilled and available first, then language, answers and recent notices count", async () => {
    const { klusStart, now } = moments();
    const { id } = await klus({ startsAt: klusStart, languages: ["ar"] });
    const best = await volunteer(ZUIDWENDING, { languages: ["nl", "ar"] });
    const noLanguage = await volunteer(ZUIDWENDING);
    const farther = await volunteer(HOOGKERK_ZUID, { languages: ["nl", "ar"] });
    const flexibleNoSkill = await volunteer(ZUIDWENDING, { skills: [], availability: [] });
    // Two notices before, both answered with a claim; and one with two notices this week, none answered.
    const answered = await volunteer(ZUIDWENDING);
    const busy = await volunteer(ZUIDWENDING);
    for (const [who, when, claimed] of [
      [answered, later(now, -20 * day), true],
      [answered, later(now, -30 * day), true],
      [busy, later(now, -1 * day), false],
      [busy, later(now, -2 * day), false],
    ] as const) {
      const other = await klus({ startsAt: later(when, day) });
      const waveId = await db
        .transaction()
        .execute((trx) =>
          repo.insertWave(trx, { opportunityId: other.id, number: 1, scope: "near", now: when, told: 1, summary: {} }),
        );
      await db
        .transaction()
        .execute((trx) =>
          repo.insertNotices(trx, [
            { opportunityId: other.id, volunteerId: who.id, waveId, now: when, score: 0.5, reasons: [] },
          ]),
        );
      if (claimed)
        await db
          .insertInto("claims")
          .values({ opportunity_id: other.id, volunteer_id: who.id, status: "active" })
          .execute();
    }

    const order = await db.transaction().execute(async (trx) => {
      const k = (await repo.lockKlus(trx, id))!;
      const mine = new Set([best, noLanguage, farther, flexibleNoSkill, answered, busy].map((v) => v.id));
      const candidates = (
        await repo.candidates(
          trx,
          { id, organisationId: k.organisationId, minAge: null, startDay: "2031-01-01" },
          "2031-01-01",
          now,
          3,
        )
      ).filter((c) => mine.has(c.userId));
      const forRanking = {
        buurtCode: k.buurtCode!,
        wijkCode: k.wijkCode!,
        gebiedSlug: k.gebiedSlug!,
        lat: k.lat!,
        lon: k.lon!,
        skills: k.skills,
        languages: k.languages,
        minAge: null,
        slot: slotOf(k.startsAt!),
      };
      return candidates.map((c) => rankCandidate(c, forRanking)).sort(compareRanked);
    });
    const names = new Map([
      [best.id, "best"],
      [noLanguage.id, "noLanguage"],
      [farther.id, "farther"],
      [flexibleNoSkill.id, "flexibleNoSkill"],
      [answered.id, "answered"],
      [busy.id, "busy"],
    ]);
    const ranked = order.map((r) => names.get(r.userId));
    expect(ranked[0]).toBe("best");
    expect(ranked.at(-1)).toBe("flexibleNoSkill");
    expect(ranked.indexOf("best")).toBeLessThan(ranked.indexOf("noLanguage"));
    expect(ranked.indexOf("answered")).toBeLessThan(ranked.indexOf("noLanguage"));
    expect(ranked.indexOf("noLanguage")).toBeLessThan(ranked.indexOf("busy"));
  });
});

describe("waves", () => {
  it("widen near → wijk → gebied → municipality while spots are left, then stop when full", async () => {
    const { klusStart, now } = moments();
    const { id, coordinator } = await klus({ startsAt: klusStart, spots: 1 });
    const near = await volunteer(ZUIDWENDING);
    const wijk = await volunteer(HOOGKERK_ZUID);
    const gebied = await volunteer(DORKWERD);
    const far = await volunteer(SINT_ANNEN);

    const first = await notices.startWaves(id, now);
    expect(first).toEqual({ told: [near.id], scope: "near" });
    // Not due yet: nothing happens; a second start does nothing either.
    expect(await notices.startWaves(id, later(now, 1000))).toEqual({ told: [], scope: null });
    await notices.sendDueWaves(later(now, INTERVAL_MS - 1000));
    expect(await toldAbout(id)).toEqual([near.id]);

    await notices.sendDueWaves(later(now, INTERVAL_MS));
    let told = await toldAbout(id);
    expect(told).toContain(wijk.id);
    expect(told).not.toContain(gebied.id);
    await notices.sendDueWaves(later(now, 2 * INTERVAL_MS));
    told = await toldAbout(id);
    expect(told).toContain(gebied.id);
    expect(told).not.toContain(far.id);
    await notices.sendDueWaves(later(now, 3 * INTERVAL_MS));
    expect(await toldAbout(id)).toContain(far.id);

    const waves = await db
      .selectFrom("notice_waves")
      .select(["number", "scope"])
      .where("opportunity_id", "=", id)
      .orderBy("number")
      .execute();
    expect(waves.map((w) => w.scope)).toEqual(["near", "wijk", "gebied", "municipality"]);
    // Each was told in the app, with a link to the klus.
    const bell = await db
      .selectFrom("notifications")
      .select("user_id")
      .where("kind", "=", "newKlusNearby")
      .where("link", "=", `/klussen/${id}`)
      .execute();
    expect(bell.map((n) => n.user_id)).toEqual(expect.arrayContaining([near.id, wijk.id, gebied.id, far.id]));

    // Full: no more waves.
    await services.claims.claim(near.actor, { opportunityId: id });
    const before = (await toldAbout(id)).length;
    expect(await notices.sendDueWaves(later(now, 10 * INTERVAL_MS))).toBe(0);
    expect(await notices.sendNextWave(id, later(now, 11 * INTERVAL_MS))).toEqual({ told: [], scope: null });
    expect((await toldAbout(id)).length).toBe(before);

    const explanation = await notices.explain(coordinator, id, later(now, 12 * INTERVAL_MS));
    expect(explanation.stopped).toBe("full");
    expect(explanation.waves.map((w) => w.scope)).toEqual(["near", "wijk", "gebied", "municipality"]);
    expect(explanation.waves[0]).toMatchObject({ told: 1, summary: { near: 1, withSkill: 1, available: 1 } });
    expect(explanation.place).toMatchObject({ buurt: "Zuidwending", gebied: "West" });
  });

  it("hold each person's weekly cap across klussen", async () => {
    const { klusStart, now } = moments();
    const once = await volunteer(ZUIDWENDING, { perWeek: 1 });
    const a = await klus({ startsAt: klusStart });
    const b = await klus({ startsAt: klusStart });
    expect((await notices.startWaves(a.id, now)).told).toEqual([once.id]);
    const second = await notices.startWaves(b.id, later(now, 3_600_000));
    expect(second.told).not.toContain(once.id);
    // A week later the cap has room again.
    const c = await klus({ startsAt: later(klusStart, 7 * day) });
    expect((await notices.startWaves(c.id, later(now, 7 * day + 3_600_000))).told).toContain(once.id);
  });

  it("never tell who is not available at the klus's time, nor members, who pause alerts or have no home buurt", async () => {
    const { klusStart, now } = moments();
    const { id, organisationId } = await klus({ startsAt: klusStart, spots: 3 });
    const evenings = await volunteer(ZUIDWENDING, { availability: ["sat-evening", "mon-morning"] });
    const member = await volunteer(ZUIDWENDING);
    await db
      .insertInto("memberships")
      .values({ organisation_id: organisationId, user_id: member.id, role: "member" })
      .execute();
    const pausing = await volunteer(ZUIDWENDING);
    await db
      .insertInto("notification_preferences")
      .values({ user_id: pausing.id, alerts_paused_until: "2999-01-01" })
      .execute();
    const flexible = await volunteer(ZUIDWENDING, { availability: [] });
    // Who has not said where they live is not told: they find klussen in the feed and search.
    const homeless = await volunteer(null);
    let moment = now;
    for (let wave = 0; wave < 6; wave++) {
      if (wave === 0) await notices.startWaves(id, moment);
      else await notices.sendDueWaves(moment);
      moment = later(moment, INTERVAL_MS);
    }
    const told = await toldAbout(id);
    expect(told).toContain(flexible.id);
    for (const other of [evenings, member, pausing, homeless]) expect(told).not.toContain(other.id);
    const first = await db
      .selectFrom("notice_waves")
      .select("summary")
      .where("opportunity_id", "=", id)
      .where("number", "=", 1)
      .executeTakeFirstOrThrow();
    expect(first.summary).toMatchObject({ passedAvailability: 1 });
  });

  it("tell nobody about a vacature, a closed klus or a klus that started", async () => {
    const { klusStart, now } = moments();
    await volunteer(ZUIDWENDING);
    const vacancy = await createOpportunity(db, { kind: "vacancy", buurt_code: ZUIDWENDING, skills: [SKILL] });
    const closed = await createOpportunity(db, { status: "closed", buurt_code: ZUIDWENDING, starts_at: klusStart });
    const started = await klus({ startsAt: klusStart });
    expect(await notices.startWaves(vacancy.id, now)).toEqual({ told: [], scope: null });
    expect(await notices.startWaves(closed.id, now)).toEqual({ told: [], scope: null });
    expect(await notices.startWaves(started.id, later(klusStart, 1000))).toEqual({ told: [], scope: null });
  });

  it("tell nobody twice and send one wave per moment when the job runs twice at once", async () => {
    const { klusStart, now } = moments();
    const { id } = await klus({ startsAt: klusStart, spots: 1 });
    await volunteer(ZUIDWENDING);
    for (let i = 0; i < waveSize(1) + 2; i++) await volunteer(HOOGKERK_ZUID);
    await notices.startWaves(id, now);
    const at = later(now, INTERVAL_MS);
    await Promise.all([notices.sendDueWaves(at), notices.sendDueWaves(at), notices.sendNextWave(id, at)]);
    const waves = await db.selectFrom("notice_waves").select("number").where("opportunity_id", "=", id).execute();
    expect(waves).toHaveLength(2);
    const told = await toldAbout(id);
    expect(new Set(told).size).toBe(told.length);
    expect(told).toHaveLength(1 + waveSize(1));
  });

  it("post the klus card in the wijk channel as the publishing coordinator", async () => {
    const { klusStart, now } = moments();
    const { id, coordinator } = await klus({ startsAt: klusStart });
    await notices.startWaves(id, now);
    const card = await db
      .selectFrom("messages")
      .innerJoin("conversations", "conversations.id", "messages.conversation_id")
      .select(["messages.author_id", "conversations.kind", "conversations.wijk_code"])
      .where("messages.kind", "=", "klus_card")
      .where("messages.opportunity_id", "=", id)
      .execute();
    expect(card).toEqual([
      { author_id: coordinator.kind === "user" ? coordinator.userId : "", kind: "wijk_channel", wijk_code: "WK001408" },
    ]);
  });
});

describe("the explanation", () => {
  it("is only for the klus's own coordinators", async () => {
    const { klusStart, now } = moments();
    const { id, coordinator } = await klus({ startsAt: klusStart });
    await volunteer(ZUIDWENDING);
    await notices.startWaves(id, now);
    const own = await notices.explain(coordinator, id, now);
    expect(own.waves).toHaveLength(1);
    expect(own.stopped).toBeNull();
    expect(own.nextWaveAt).toBe(later(now, INTERVAL_MS).toISOString());

    const otherOrganisation = await createOrganisation(db);
    const { user: stranger } = await createCoordinator(db, otherOrganisation, { password_hash: "!" });
    const asStranger: Actor = { kind: "user", userId: stranger.id, roles: ["organisation_coordinator"] };
    await expect(notices.explain(asStranger, id, now)).rejects.toMatchObject({ code: "forbidden" });
    const someVolunteer = await volunteer(ZUIDWENDING);
    await grantRole(db, someVolunteer.id, "volunteer");
    await expect(notices.explain(someVolunteer.actor, id, now)).rejects.toBeInstanceOf(DomainError);
    await expect(notices.explain({ kind: "anonymous" }, id, now)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(notices.explain(coordinator, "not-a-klus", now)).rejects.toMatchObject({ code: "not_found" });
  });
});
