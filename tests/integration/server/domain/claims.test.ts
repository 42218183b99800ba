import { randomUUID } from "node:crypto";
import { Meilisearch } from "meilisearch";
import { pino } from "pino";
import { afterAll, describe, expect, inject, it } from "vitest";
import { connectDatabase } from "../../../../db/connect";
import {
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createVolunteer,
  createVolunteers,
} from "../../../../db/factories";
import type { Actor } from "../../../../server/domain/actor";
import { DomainEvents, type DomainEventMap } from "../../../../server/domain/events";
import { createServices } from "../../../../server/domain/services";
import { ageOn, amsterdamDay } from "../../../../server/domain/claims/age";

// Its own pool of 12 connections, so the race really runs claims side by side.
const db = connectDatabase(inject("databaseUrl"), { max: 12 });
const events = new DomainEvents();
const services = createServices({
  db,
  meili: new Meilisearch({ host: inject("meiliUrl"), apiKey: inject("meiliMasterKey") }),
  events,
  logger: pino({ level: "silent" }),
  config: { meiliIndexPrefix: `t${randomUUID().slice(0, 8)}_`, rateLimitMultiplier: 1 },
});
const claims = services.claims;
afterAll(async () => {
  await services.background.drain();
  await db.destroy();
});

const hour = 3_600_000;
const asActor = (userId: string): Actor => ({ kind: "user", userId, roles: ["volunteer"] });

async function klus(overrides: Parameters<typeof createOpportunity>[1] = {}) {
  const organisation = await createOrganisation(db);
  const { user } = await createCoordinator(db, organisation, { password_hash: "!" });
  const opportunity = await createOpportunity(db, { organisation_id: organisation.id, ...overrides });
  return { opportunity, coordinator: { kind: "user", userId: user.id, roles: ["organisation_coordinator"] } as Actor };
}

async function volunteers(count: number, profile: Parameters<typeof createVolunteers>[2] = {}) {
  return (await createVolunteers(db, count, profile)).map((user) => asActor(user.id));
}

async function outboxRows(opportunityId: string) {
  const row = await db
    .selectFrom("search_outbox")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("opportunity_id", "=", opportunityId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function collect<E extends keyof DomainEventMap>(name: E) {
  const seen: Array<DomainEventMap[E]> = [];
  const stop = events.subscribe(name, (payload) => seen.push(payload));
  afterAll(stop);
  return seen;
}

const changed = collect("claim.changed");
const cancelled = collect("claim.cancelled");

describe("the claim race", () => {
  it("gives 200 concurrent claims on 10 spots exactly 10 active claims, the rest waitlisted in arrival order", async () => {
    const { opportunity } = await klus({ spots: 10 });
    const people = await volunteers(200);
    const outboxBefore = await outboxRows(opportunity.id);

    const results = await Promise.all(
      people.map((actor) => claims.claim(actor, { opportunityId: opportunity.id, vogConfirmed: false })),
    );

    expect(results.filter((r) => r.claim.status === "active")).toHaveLength(10);
    expect(results.filter((r) => r.claim.status === "waitlisted")).toHaveLength(190);
    const rows = await db
      .selectFrom("claims")
      .select(["id", "status", "seq"])
      .where("opportunity_id", "=", opportunity.id)
      .orderBy("seq")
      .execute();
    expect(rows).toHaveLength(200);
    // Arrival order is the order in which the claims got the klus lock: the first 10 by seq are active.
    expect(rows.slice(0, 10).every((r) => r.status === "active")).toBe(true);
    expect(rows.slice(10).every((r) => r.status === "waitlisted")).toBe(true);
    // Each waitlisted claim was told its place, which matches its order by seq.
    const positionById = new Map(results.map((r) => [r.claim.id, r.claim.position]));
    expect(rows.slice(10).map((r) => positionById.get(r.id))).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));
    expect((await claims.spotsLeft(opportunity.id))?.spotsLeft).toBe(0);
    // One outbox row per change of the active count, so search learns when it became full.
    expect((await outboxRows(opportunity.id)) - outboxBefore).toBe(10);
    expect(
      changed
        .filter((c) => c.opportunityId === opportunity.id)
        .map((c) => c.spotsLeft)
        .sort(),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("gives the last spot to exactly one of many volunteers claiming it at once, the rest waitlisted in lock order", async () => {
    const { opportunity } = await klus({ spots: 3 });
    const [early, ...racers] = await volunteers(41);
    await claims.claim(early!, { opportunityId: opportunity.id });
    const [second] = await volunteers(1);
    await claims.claim(second!, { opportunityId: opportunity.id });

    const results = await Promise.all(racers.map((actor) => claims.claim(actor, { opportunityId: opportunity.id })));

    expect(results.filter((r) => r.claim.status === "active")).toHaveLength(1);
    const rows = await db
      .selectFrom("claims")
      .select(["id", "status"])
      .where("opportunity_id", "=", opportunity.id)
      .orderBy("seq")
      .execute();
    expect(rows.map((r) => r.status)).toEqual([
      ...Array.from({ length: 3 }, () => "active"),
      ...Array.from({ length: 39 }, () => "waitlisted"),
    ]);
    const positionById = new Map(results.map((r) => [r.claim.id, r.claim.position]));
    expect(rows.slice(3).map((r) => positionById.get(r.id))).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
  });

  it("lets a volunteer racing for two overlapping klussen at once get only one of them", async () => {
    const [anna] = await volunteers(1);
    const start = Date.now() + 20 * 24 * hour;
    // Several rounds, each with its own pair at its own time: a lucky order once is not enough.
    for (let round = 0; round < 5; round++) {
      const at = start + round * 10 * hour;
      const pair = await Promise.all([
        klus({ starts_at: new Date(at), ends_at: new Date(at + 3 * hour) }),
        klus({ starts_at: new Date(at + hour), ends_at: new Date(at + 4 * hour) }),
      ]);
      const outcomes = await Promise.allSettled(
        pair.map(({ opportunity }) => claims.claim(anna!, { opportunityId: opportunity.id })),
      );
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({
        reason: { code: "conflict", fieldErrors: { form: ["claims:errors.overlap"] } },
      });
    }
  });

  it("refuses a second live claim by the same volunteer, even at the same moment", async () => {
    const { opportunity } = await klus({ spots: 5 });
    const [anna] = await volunteers(1);
    const outcomes = await Promise.allSettled(
      [1, 2, 3].map(() => claims.claim(anna!, { opportunityId: opportunity.id })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes.filter((o) => o.status === "rejected")) {
      expect((o as PromiseRejectedResult).reason).toMatchObject({
        code: "conflict",
        fieldErrors: { form: ["claims:errors.alreadyClaimed"] },
      });
    }
  });
});

describe("cancelling", () => {
  it("frees the spot for the first on the waitlist, in order, and tells everyone affected", async () => {
    const { opportunity, coordinator } = await klus({ spots: 2, title: "Bladeren harken" });
    const [a, b, c, d] = await volunteers(4);
    const ra = await claims.claim(a!, { opportunityId: opportunity.id });
    await claims.claim(b!, { opportunityId: opportunity.id });
    const rc = await claims.claim(c!, { opportunityId: opportunity.id });
    const rd = await claims.claim(d!, { opportunityId: opportunity.id });
    expect([rc.claim.position, rd.claim.position]).toEqual([1, 2]);

    const result = await claims.cancel(a!, { claimId: ra.claim.id });
    expect(result).toMatchObject({ spotsLeft: 0, promotedClaimId: rc.claim.id });
    expect(await claims.stateFor(c!, opportunity.id)).toMatchObject({ mine: { status: "active", position: null } });
    expect(await claims.stateFor(d!, opportunity.id)).toMatchObject({ mine: { status: "waitlisted", position: 1 } });
    expect(await claims.stateFor(a!, opportunity.id)).toMatchObject({ mine: null });

    const promotedNotes = await services.notifications.listMine(c!);
    expect(promotedNotes).toEqual([
      expect.objectContaining({ kind: "claimPromoted", data: { title: "Bladeren harken" } }),
    ]);
    const coordinatorNotes = await services.notifications.listMine(coordinator);
    expect(coordinatorNotes[0]).toMatchObject({ kind: "claimCancelledPromoted" });
    expect(await services.notifications.listMine(d!)).toEqual([]);
    expect(cancelled.find((e) => e.change.claimId === ra.claim.id)).toMatchObject({
      coordinatorIds: [coordinator.kind === "user" ? coordinator.userId : ""],
      promoted: { claimId: rc.claim.id },
    });

    // The next cancellation promotes the next in line.
    const rb = (await claims.stateFor(b!, opportunity.id))!.mine!;
    expect((await claims.cancel(b!, { claimId: rb.id })).promotedClaimId).toBe(rd.claim.id);
  });

  it("frees a spot for search when nobody waits, and refuses to cancel twice or someone else's claim", async () => {
    const { opportunity } = await klus({ spots: 1 });
    const [a, b] = await volunteers(2);
    const before = await outboxRows(opportunity.id);
    const ra = await claims.claim(a!, { opportunityId: opportunity.id });
    expect(ra.spotsLeft).toBe(0);
    expect(await outboxRows(opportunity.id)).toBe(before + 1);

    await expect(claims.cancel(b!, { claimId: ra.claim.id })).rejects.toMatchObject({ code: "not_found" });
    expect(await claims.cancel(a!, { claimId: ra.claim.id })).toMatchObject({ spotsLeft: 1, promotedClaimId: null });
    expect(await outboxRows(opportunity.id)).toBe(before + 2);
    await expect(claims.cancel(a!, { claimId: ra.claim.id })).rejects.toMatchObject({ code: "conflict" });
  });

  it("is refused once the klus has started", async () => {
    const { opportunity } = await klus();
    const [a] = await volunteers(1);
    const ra = await claims.claim(a!, { opportunityId: opportunity.id });
    await db
      .updateTable("opportunities")
      .set({ starts_at: new Date(Date.now() - hour), ends_at: new Date(Date.now() + hour) })
      .where("id", "=", opportunity.id)
      .execute();
    await expect(claims.cancel(a!, { claimId: ra.claim.id })).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { form: ["claims:errors.cancelAfterStart"] },
    });
    const [late] = await volunteers(1);
    await expect(claims.claim(late!, { opportunityId: opportunity.id })).rejects.toMatchObject({
      fieldErrors: { form: ["claims:errors.started"] },
    });
  });
});

describe("the rules of claiming", () => {
  it("refuses a klus that overlaps one the volunteer already claimed", async () => {
    const start = Date.now() + 5 * 24 * hour;
    const first = await klus({ starts_at: new Date(start), ends_at: new Date(start + 3 * hour) });
    const overlapping = await klus({ starts_at: new Date(start + 2 * hour), ends_at: new Date(start + 4 * hour) });
    const after = await klus({ starts_at: new Date(start + 3 * hour), ends_at: new Date(start + 5 * hour) });
    const [a] = await volunteers(1);
    await claims.claim(a!, { opportunityId: first.opportunity.id });
    await expect(claims.claim(a!, { opportunityId: overlapping.opportunity.id })).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { form: ["claims:errors.overlap"] },
    });
    // Back to back is fine.
    await expect(claims.claim(a!, { opportunityId: after.opportunity.id })).resolves.toMatchObject({
      claim: { status: "active" },
    });
  });

  it("checks the minimum age against the birth date, and asks for one when it is missing", async () => {
    const start = new Date(Date.now() + 10 * 24 * hour);
    const { opportunity } = await klus({ min_age: 18, starts_at: start });
    const [noBirthDate] = await volunteers(1);
    await expect(claims.claim(noBirthDate!, { opportunityId: opportunity.id })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { form: ["claims:errors.birthDateMissing"] },
    });
    const day = start.toISOString().slice(0, 10);
    const young = await createVolunteer(db, {
      user: { password_hash: "!" },
      profile: { birth_date: `${Number(day.slice(0, 4)) - 17}-01-01` },
    });
    await expect(claims.claim(asActor(young.user.id), { opportunityId: opportunity.id })).rejects.toMatchObject({
      fieldErrors: { form: ["claims:errors.tooYoung"] },
    });
    const adult = await createVolunteer(db, {
      user: { password_hash: "!" },
      profile: { birth_date: `${Number(day.slice(0, 4)) - 30}-05-05` },
    });
    await expect(claims.claim(asActor(adult.user.id), { opportunityId: opportunity.id })).resolves.toMatchObject({
      claim: { status: "active" },
    });
    // Filling in the birth date on the profile is what the error asks for; then claiming works.
    await services.profiles.updateMyProfile(noBirthDate!, { birthDate: `${Number(day.slice(0, 4)) - 40}-03-03` });
    expect((await services.profiles.getMyProfile(noBirthDate!)).birthDate).toBe(
      `${Number(day.slice(0, 4)) - 40}-03-03`,
    );
    await expect(claims.claim(noBirthDate!, { opportunityId: opportunity.id })).resolves.toMatchObject({
      claim: { status: "active" },
    });
  });

  it("counts the age on the Amsterdam day of the start, a 29 February birthday turning on 1 March", async () => {
    // The rule is checked in SQL (claim_klus) and by `ageOn` for team members: both must agree.
    const cases = [
      { birth: "2012-02-29", start: "2030-02-28T10:00:00Z", allowed: false },
      { birth: "2012-02-29", start: "2030-03-01T10:00:00Z", allowed: true },
      // 22:30 UTC on 14 June is 00:30 on 15 June in Groningen: the 18th birthday has begun there.
      { birth: "2012-06-15", start: "2030-06-14T22:30:00Z", allowed: true },
      { birth: "2012-06-16", start: "2030-06-14T22:30:00Z", allowed: false },
      { birth: "2011-12-31", start: "2029-12-31T12:00:00Z", allowed: true },
      { birth: "2012-01-01", start: "2029-12-31T12:00:00Z", allowed: false },
    ];
    for (const { birth, start, allowed } of cases) {
      const startsAt = new Date(start);
      const { opportunity } = await klus({ min_age: 18, starts_at: startsAt, ends_at: new Date(+startsAt + hour) });
      const { user } = await createVolunteer(db, { user: { password_hash: "!" }, profile: { birth_date: birth } });
      expect(ageOn(birth, amsterdamDay(startsAt)) >= 18, `${birth} on ${start}`).toBe(allowed);
      const claiming = claims.claim(asActor(user.id), { opportunityId: opportunity.id });
      if (allowed)
        await expect(claiming, `${birth} on ${start}`).resolves.toMatchObject({ claim: { status: "active" } });
      else
        await expect(claiming, `${birth} on ${start}`).rejects.toMatchObject({
          fieldErrors: { form: ["claims:errors.tooYoung"] },
        });
    }
  });

  it("asks for the VOG confirmation when the klus needs one", async () => {
    const { opportunity } = await klus({ vog_required: true });
    const [a] = await volunteers(1);
    await expect(claims.claim(a!, { opportunityId: opportunity.id })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { vogConfirmed: ["claims:errors.vogRequired"] },
    });
    const result = await claims.claim(a!, { opportunityId: opportunity.id, vogConfirmed: true });
    const row = await db
      .selectFrom("claims")
      .select("vog_confirmed")
      .where("id", "=", result.claim.id)
      .executeTakeFirstOrThrow();
    expect(row.vog_confirmed).toBe(true);
  });

  it("refuses anonymous visitors, drafts, closed klussen and malformed input", async () => {
    const open = await klus();
    const closed = await klus({ status: "closed", published_at: new Date() });
    const draft = await klus({ status: "draft" });
    const [a] = await volunteers(1);
    await expect(claims.claim({ kind: "anonymous" }, { opportunityId: open.opportunity.id })).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await expect(claims.claim(a!, { opportunityId: draft.opportunity.id })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(claims.claim(a!, { opportunityId: closed.opportunity.id })).rejects.toMatchObject({
      fieldErrors: { form: ["claims:errors.notOpen"] },
    });
    await expect(claims.claim(a!, { opportunityId: "nope" })).rejects.toMatchObject({ code: "invalid" });
  });
});

describe("the organisation's view", () => {
  it("shows the claims to coordinators only, and lets them mark attendance after the start", async () => {
    const { opportunity, coordinator } = await klus({ spots: 1 });
    const [a, b] = await volunteers(2);
    const ra = await claims.claim(a!, { opportunityId: opportunity.id });
    const rb = await claims.claim(b!, { opportunityId: opportunity.id });

    await expect(claims.listForOpportunity(a!, opportunity.id)).rejects.toMatchObject({ code: "forbidden" });
    const list = await claims.listForOpportunity(coordinator, opportunity.id);
    expect(list.claims.map((c) => [c.id, c.status, c.position])).toEqual([
      [ra.claim.id, "active", null],
      [rb.claim.id, "waitlisted", 1],
    ]);
    expect(list.claims[0]?.volunteerName).toMatch(/^Vrijwilliger /);
    expect(Object.keys(list.claims[0]!)).not.toContain("email");

    await expect(
      claims.markAttendance(coordinator, { claimId: ra.claim.id, attendance: "attended" }),
    ).rejects.toMatchObject({ fieldErrors: { form: ["claims:errors.attendanceBeforeStart"] } });

    await db
      .updateTable("opportunities")
      .set({ starts_at: new Date(Date.now() - 3 * hour), ends_at: new Date(Date.now() - hour / 2) })
      .where("id", "=", opportunity.id)
      .execute();
    await expect(claims.markAttendance(a!, { claimId: ra.claim.id, attendance: "attended" })).rejects.toMatchObject({
      code: "forbidden",
    });
    // Hours default to the klus's duration (2.5 h).
    expect(await claims.markAttendance(coordinator, { claimId: ra.claim.id, attendance: "attended" })).toEqual({
      hours: 2.5,
    });
    await expect(
      claims.markAttendance(coordinator, { claimId: rb.claim.id, attendance: "attended" }),
    ).rejects.toMatchObject({ fieldErrors: { form: ["claims:errors.notActive"] } });
    const after = await claims.listForOpportunity(coordinator, opportunity.id);
    expect(after.claims[0]).toMatchObject({ attendance: "attended", hours: 2.5 });
    expect(await claims.myClaims(a!)).toEqual([
      expect.objectContaining({ opportunityId: opportunity.id, status: "active", attendance: "attended", hours: 2.5 }),
    ]);
  });
});

describe("the per-person claim limit", () => {
  it("refuses an eleventh claim within a minute with a clear message", async () => {
    const [volunteer] = await volunteers(1);
    const day = 24 * hour;
    const klussen = await Promise.all(
      Array.from({ length: 11 }, (_, i) =>
        klus({
          starts_at: new Date(Date.now() + (i + 2) * day),
          ends_at: new Date(Date.now() + (i + 2) * day + 2 * hour),
        }),
      ),
    );
    for (const { opportunity } of klussen.slice(0, 10)) {
      await expect(claims.claim(volunteer!, { opportunityId: opportunity.id })).resolves.toMatchObject({
        claim: { status: "active" },
      });
    }
    await expect(claims.claim(volunteer!, { opportunityId: klussen[10]!.opportunity.id })).rejects.toMatchObject({
      code: "rate_limited",
      fieldErrors: { form: ["claims:errors.rateLimited"] },
    });
  });

  it("lets exactly ten of fifteen claims sent at the same moment through", async () => {
    const [volunteer] = await volunteers(1);
    const day = 24 * hour;
    const klussen = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        klus({
          starts_at: new Date(Date.now() + (i + 40) * day),
          ends_at: new Date(Date.now() + (i + 40) * day + 2 * hour),
        }),
      ),
    );
    const outcomes = await Promise.allSettled(
      klussen.map(({ opportunity }) => claims.claim(volunteer!, { opportunityId: opportunity.id })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(10);
    for (const o of outcomes.filter((o) => o.status === "rejected")) {
      expect((o as PromiseRejectedResult).reason).toMatchObject({ code: "rate_limited" });
    }
  });
});
