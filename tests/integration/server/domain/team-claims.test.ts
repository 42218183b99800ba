import { randomUUID } from "node:crypto";
import { Meilisearch } from "meilisearch";
import { pino } from "pino";
import { afterAll, describe, expect, inject, it } from "vitest";
import { connectDatabase } from "../../../../db/connect";
import {
  addMembership,
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createVolunteers,
} from "../../../../db/factories";
import type { Actor } from "../../../../server/domain/actor";
import { DomainEvents, type DomainEventMap } from "../../../../server/domain/events";
import { findListedCards } from "../../../../server/domain/opportunities/opportunities.repository";
import { loadSearchDocuments } from "../../../../server/domain/search/search.index";
import { createServices } from "../../../../server/domain/services";
import { releaseMoment } from "../../../../server/domain/team-claims/team-claims.service";

// Its own pool of 12 connections, so team claims and single claims really run side by side.
const db = connectDatabase(inject("databaseUrl"), { max: 12 });
const events = new DomainEvents();
const services = createServices({
  db,
  meili: new Meilisearch({ host: inject("meiliUrl"), apiKey: inject("meiliMasterKey") }),
  events,
  logger: pino({ level: "silent" }),
  config: { meiliIndexPrefix: `t${randomUUID().slice(0, 8)}_`, rateLimitMultiplier: 1, teamReleaseHours: 48 },
});
const { claims, teamClaims } = services;
afterAll(async () => {
  await services.background.drain();
  await db.destroy();
});

const hour = 3_600_000;
const volunteer = (userId: string): Actor => ({ kind: "user", userId, roles: ["volunteer"] });

function collect<E extends keyof DomainEventMap>(name: E) {
  const seen: Array<DomainEventMap[E]> = [];
  const stop = events.subscribe(name, (payload) => seen.push(payload));
  afterAll(stop);
  return seen;
}
const spotEvents = collect("claim.changed");
const freedEvents = collect("klus.spot_freed");

async function klus(overrides: Parameters<typeof createOpportunity>[1] = {}) {
  const organisation = await createOrganisation(db);
  const { user } = await createCoordinator(db, organisation, { password_hash: "!" });
  const opportunity = await createOpportunity(db, { organisation_id: organisation.id, ...overrides });
  const organiser: Actor = { kind: "user", userId: user.id, roles: ["organisation_coordinator"] };
  return { ...opportunity, organiser };
}

/** A business (or partner) with its coordinator and `memberCount` members. */
async function team(memberCount = 0, kind: "business" | "partner" = "business") {
  const organisation = await createOrganisation(db, { kind });
  const { user } = await createCoordinator(db, organisation, { password_hash: "!" });
  const members = await createVolunteers(db, memberCount);
  for (const member of members) await addMembership(db, organisation.id, member.id, "member");
  const coordinator: Actor = {
    kind: "user",
    userId: user.id,
    roles: [kind === "business" ? "business_coordinator" : "partner_coordinator"],
  };
  return { organisation, coordinator, coordinatorId: user.id, members };
}

async function claimCounts(opportunityId: string) {
  const rows = await db.selectFrom("claims").select(["status"]).where("opportunity_id", "=", opportunityId).execute();
  const teams = await db
    .selectFrom("team_claims")
    .select(["spots", "unnamed_spots"])
    .where("opportunity_id", "=", opportunityId)
    .execute();
  return {
    active: rows.filter((r) => r.status === "active").length,
    waitlisted: rows.filter((r) => r.status === "waitlisted").length,
    teamClaims: teams.length,
    reserved: teams.reduce((sum, t) => sum + t.unnamed_spots, 0),
  };
}

describe("a team claim", () => {
  it("reserves all spots at once; the klus shows them and counts them as taken", async () => {
    const opportunity = await klus({ spots: 5 });
    const { coordinator } = await team();
    const result = await teamClaims.create(coordinator, {
      opportunityId: opportunity.id,
      teamName: "Team Hunzeland",
      spots: 3,
    });
    expect(result.spotsLeft).toBe(2);
    expect((await claims.spotsLeft(opportunity.id))?.spotsLeft).toBe(2);
    expect(spotEvents.filter((e) => e.opportunityId === opportunity.id).at(-1)?.spotsLeft).toBe(2);
    expect((await teamClaims.stateFor(volunteer(randomUUID()), opportunity.id)).reservations).toEqual([
      { teamName: "Team Hunzeland", unnamedSpots: 3 },
    ]);
  });

  it("is refused whole when fewer spots are left, saying how many", async () => {
    const opportunity = await klus({ spots: 4 });
    const [anna, bert] = await createVolunteers(db, 2);
    await claims.claim(volunteer(anna!.id), { opportunityId: opportunity.id });
    await claims.claim(volunteer(bert!.id), { opportunityId: opportunity.id });
    const { coordinator } = await team();

    await expect(
      teamClaims.create(coordinator, { opportunityId: opportunity.id, teamName: "Te groot", spots: 3 }),
    ).rejects.toMatchObject({ code: "conflict", fieldErrors: { spots: ["claims:team.errors.spots.notEnough#2"] } });
    expect(await claimCounts(opportunity.id)).toEqual({ active: 2, waitlisted: 0, teamClaims: 0, reserved: 0 });
  });

  it("is only for business and partner coordinators who coordinate one", async () => {
    const opportunity = await klus({ spots: 5 });
    const students = await team(0, "partner");
    await teamClaims.create(students.coordinator, { opportunityId: opportunity.id, teamName: "Bestuur", spots: 2 });
    const [someone] = await createVolunteers(db, 1);
    await expect(
      teamClaims.create(volunteer(someone!.id), { opportunityId: opportunity.id, teamName: "Wij", spots: 2 }),
    ).rejects.toMatchObject({ code: "forbidden" });
    // The role without a business or partner behind it is not enough either.
    const roleOnly: Actor = { kind: "user", userId: someone!.id, roles: ["business_coordinator"] };
    await expect(
      teamClaims.create(roleOnly, { opportunityId: opportunity.id, teamName: "Wij", spots: 2 }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("races single claims fairly: never overbooked, each team claim all or nothing", async () => {
    const opportunity = await klus({ spots: 12 });
    const singles = await createVolunteers(db, 20);
    const teams = await Promise.all([1, 2, 3, 4, 5].map(() => team()));

    const outcomes = await Promise.allSettled([
      ...teams.map(({ coordinator }, i) =>
        teamClaims.create(coordinator, { opportunityId: opportunity.id, teamName: `Team ${i}`, spots: 3 }),
      ),
      ...singles.map((person) => claims.claim(volunteer(person.id), { opportunityId: opportunity.id })),
    ]);

    const teamOutcomes = outcomes.slice(0, teams.length);
    const succeeded = teamOutcomes.filter((o) => o.status === "fulfilled").length;
    for (const o of teamOutcomes.filter((o) => o.status === "rejected")) {
      expect((o as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    }
    expect(outcomes.slice(teams.length).every((o) => o.status === "fulfilled")).toBe(true);

    const counts = await claimCounts(opportunity.id);
    expect(counts.teamClaims).toBe(succeeded);
    expect(counts.reserved).toBe(succeeded * 3);
    // Every spot is taken exactly once: nobody was put on a spot a team holds, and no team got part of its spots.
    expect(counts.active + counts.reserved).toBe(12);
    expect(counts.active + counts.waitlisted).toBe(20);
    expect((await claims.spotsLeft(opportunity.id))?.spotsLeft).toBe(0);
  });
});

describe("naming members", () => {
  it("turns a reserved spot into the member's own active claim: agenda, notification, klus group", async () => {
    const opportunity = await klus({ spots: 4, title: "Speeltuin schilderen" });
    const { coordinator, coordinatorId, members } = await team(2);
    const { teamClaimId } = await teamClaims.create(coordinator, {
      opportunityId: opportunity.id,
      teamName: "Schilders",
      spots: 3,
    });
    await teamClaims.nameMember(coordinator, { teamClaimId, memberId: members[0]!.id });
    await teamClaims.nameMember(coordinator, { teamClaimId, memberId: members[1]!.id });

    expect(await claimCounts(opportunity.id)).toEqual({ active: 2, waitlisted: 0, teamClaims: 1, reserved: 1 });
    expect((await claims.spotsLeft(opportunity.id))?.spotsLeft).toBe(1);
    expect((await teamClaims.stateFor(coordinator, opportunity.id)).reservations).toEqual([
      { teamName: "Schilders", unnamedSpots: 1 },
    ]);
    const mine = await claims.myClaims(volunteer(members[0]!.id));
    expect(mine.map((c) => [c.opportunityId, c.status])).toEqual([[opportunity.id, "active"]]);
    const told = await services.notifications.listMine(volunteer(members[0]!.id));
    expect(told.map((n) => [n.kind, n.data])).toContainEqual([
      "teamMemberNamed",
      { title: "Speeltuin schilderen", team: "Schilders" },
    ]);
    // The organisation sees who comes with which team.
    const organisersList = await claims.listForOpportunity(opportunity.organiser, opportunity.id);
    expect(organisersList.claims.map((c) => c.teamName)).toEqual(["Schilders", "Schilders"]);
    expect(organisersList.spotsLeft).toBe(1);
    const [listed] = (await teamClaims.listMine(coordinator)).filter((t) => t.id === teamClaimId);
    expect(listed?.named.map((n) => n.userId).sort()).toEqual([members[0]!.id, members[1]!.id].sort());
    // Who is left to name: the coordinator, who may join their own team.
    expect(listed?.candidates.map((c) => c.userId)).toEqual([coordinatorId]);
  });

  it("names only the organisation's own members, and never beyond the reserved spots", async () => {
    const opportunity = await klus({ spots: 6 });
    const { coordinator, members } = await team(2);
    const other = await team(1);
    const [stranger] = await createVolunteers(db, 1);
    const { teamClaimId } = await teamClaims.create(coordinator, {
      opportunityId: opportunity.id,
      teamName: "Eén plek",
      spots: 1,
    });

    for (const memberId of [stranger!.id, other.members[0]!.id]) {
      await expect(teamClaims.nameMember(coordinator, { teamClaimId, memberId })).rejects.toMatchObject({
        code: "invalid",
        fieldErrors: { memberId: ["claims:team.errors.member.notYours"] },
      });
    }
    await teamClaims.nameMember(coordinator, { teamClaimId, memberId: members[0]!.id });
    await expect(teamClaims.nameMember(coordinator, { teamClaimId, memberId: members[1]!.id })).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { form: ["claims:team.errors.noReservedSpot"] },
    });
    await expect(teamClaims.nameMember(coordinator, { teamClaimId, memberId: members[0]!.id })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await claimCounts(opportunity.id)).toEqual({ active: 1, waitlisted: 0, teamClaims: 1, reserved: 0 });
  });

  it("names one member per reserved spot when coordinators name at the same moment", async () => {
    const opportunity = await klus({ spots: 6 });
    const { coordinator, members } = await team(5);
    const { teamClaimId } = await teamClaims.create(coordinator, {
      opportunityId: opportunity.id,
      teamName: "Snel",
      spots: 2,
    });
    const outcomes = await Promise.allSettled(
      members.map((member) => teamClaims.nameMember(coordinator, { teamClaimId, memberId: member.id })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(2);
    expect(await claimCounts(opportunity.id)).toEqual({ active: 2, waitlisted: 0, teamClaims: 1, reserved: 0 });
    expect((await claims.spotsLeft(opportunity.id))?.spotsLeft).toBe(4);
  });

  it("refuses another business's coordinator: no naming, no giving back, not on their list", async () => {
    const opportunity = await klus({ spots: 6 });
    const owner = await team(1);
    const other = await team(1, "partner");
    const { teamClaimId } = await teamClaims.create(owner.coordinator, {
      opportunityId: opportunity.id,
      teamName: "Van ons",
      spots: 2,
    });

    await expect(
      teamClaims.nameMember(other.coordinator, { teamClaimId, memberId: other.members[0]!.id }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(teamClaims.giveBack(other.coordinator, { teamClaimId, count: 2 })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect((await teamClaims.listMine(other.coordinator)).map((t) => t.id)).not.toContain(teamClaimId);
    expect(await claimCounts(opportunity.id)).toEqual({ active: 0, waitlisted: 0, teamClaims: 1, reserved: 2 });
  });
});

describe("giving back and releasing unnamed spots", () => {
  it("gives back spots to the waitlist first, then opens them", async () => {
    const opportunity = await klus({ spots: 3 });
    const { coordinator } = await team();
    const { teamClaimId } = await teamClaims.create(coordinator, {
      opportunityId: opportunity.id,
      teamName: "Te veel",
      spots: 3,
    });
    const [waiting] = await createVolunteers(db, 1);
    const waited = await claims.claim(volunteer(waiting!.id), { opportunityId: opportunity.id });
    expect(waited.claim.status).toBe("waitlisted");

    const spots = await teamClaims.giveBack(coordinator, { teamClaimId, count: 2 });
    expect(spots.spotsLeft).toBe(1);
    expect(await claimCounts(opportunity.id)).toEqual({ active: 1, waitlisted: 0, teamClaims: 1, reserved: 1 });
    await expect(teamClaims.giveBack(coordinator, { teamClaimId, count: 2 })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { count: ["claims:team.errors.giveBack.tooMany#1"] },
    });
  });

  it("on the day itself gives spots back to nobody on the waitlist: they stay free and the waitlist is told", async () => {
    const startsAt = new Date("2031-02-12T14:00:00Z");
    const opportunity = await klus({ spots: 2, starts_at: startsAt, title: "Bankjes schuren" });
    const { coordinator } = await team();
    const { teamClaimId } = await teamClaims.create(coordinator, {
      opportunityId: opportunity.id,
      teamName: "Schuurders",
      spots: 2,
    });
    const [waiting] = await createVolunteers(db, 1);
    await claims.claim(volunteer(waiting!.id), { opportunityId: opportunity.id });

    // Noon in Groningen on the day of the start.
    const spots = await teamClaims.giveBack(coordinator, { teamClaimId, count: 1 }, new Date("2031-02-12T11:00:00Z"));
    expect(spots.spotsLeft).toBe(1);
    expect(await claimCounts(opportunity.id)).toEqual({ active: 0, waitlisted: 1, teamClaims: 1, reserved: 1 });
    expect(freedEvents.filter((event) => event.opportunityId === opportunity.id)).toHaveLength(1);
    const told = await services.notifications.listMine(volunteer(waiting!.id));
    expect(told.filter((n) => n.kind === "spotFreeToday").map((n) => n.link)).toEqual([
      `/klussen/${opportunity.id}#meedoen`,
    ]);
  });

  it("releases spots still unnamed before the start: waitlist first, coordinator told, once", async () => {
    const startsAt = new Date(Date.now() + 5 * 24 * hour);
    const opportunity = await klus({ spots: 4, starts_at: startsAt, title: "Strandje opruimen" });
    const { coordinator, coordinatorId, members } = await team(1);
    const { teamClaimId } = await teamClaims.create(coordinator, {
      opportunityId: opportunity.id,
      teamName: "Opruimers",
      spots: 4,
    });
    await teamClaims.nameMember(coordinator, { teamClaimId, memberId: members[0]!.id });
    const waiting = await createVolunteers(db, 2);
    for (const person of waiting) await claims.claim(volunteer(person.id), { opportunityId: opportunity.id });
    const waitlistOrder = waiting.map((p) => p.id);

    const created = await db
      .selectFrom("team_claims")
      .select("release_at")
      .where("id", "=", teamClaimId)
      .executeTakeFirstOrThrow();
    expect(created.release_at).toEqual(new Date(startsAt.getTime() - 48 * hour));

    // The job looks at every team claim that is due by `now`; a fixed moment in the past, before any
    // other test's release moment, keeps this test to its own row.
    const releaseAt = new Date("2020-03-01T10:00:00Z");
    await db.updateTable("team_claims").set({ release_at: releaseAt }).where("id", "=", teamClaimId).execute();
    await teamClaims.releaseDue(new Date(releaseAt.getTime() - hour));
    expect(await claimCounts(opportunity.id)).toMatchObject({ active: 1, waitlisted: 2, reserved: 3 });

    expect(await teamClaims.releaseDue(releaseAt)).toBe(1);
    expect(await claimCounts(opportunity.id)).toEqual({ active: 3, waitlisted: 0, teamClaims: 1, reserved: 0 });
    const active = await db
      .selectFrom("claims")
      .select("volunteer_id")
      .where("opportunity_id", "=", opportunity.id)
      .where("status", "=", "active")
      .where("team_claim_id", "is", null)
      .execute();
    expect(active.map((c) => c.volunteer_id).sort()).toEqual([...waitlistOrder].sort());
    expect((await claims.spotsLeft(opportunity.id))?.spotsLeft).toBe(1);
    const told = await services.notifications.listMine(volunteer(coordinatorId));
    expect(told.filter((n) => n.kind === "teamSpotsReleased").map((n) => n.data)).toEqual([
      { title: "Strandje opruimen", team: "Opruimers", count: 3 },
    ]);
    const row = await db
      .selectFrom("team_claims")
      .select("released_at")
      .where("id", "=", teamClaimId)
      .executeTakeFirstOrThrow();
    expect(row.released_at).toEqual(releaseAt);

    // Run again (another round of the jobs): nothing more happens.
    expect(await teamClaims.releaseDue(new Date(releaseAt.getTime() + hour))).toBe(0);
    expect(await claimCounts(opportunity.id)).toEqual({ active: 3, waitlisted: 0, teamClaims: 1, reserved: 0 });
    const toldAgain = await services.notifications.listMine(volunteer(coordinatorId));
    expect(toldAgain.filter((n) => n.kind === "teamSpotsReleased")).toHaveLength(1);
  });

  it("releases a late team claim halfway to the start, never at once", () => {
    const now = new Date("2026-12-10T10:00:00Z");
    expect(releaseMoment(new Date("2026-12-20T10:00:00Z"), now, 48)).toEqual(new Date("2026-12-18T10:00:00Z"));
    expect(releaseMoment(new Date("2026-12-11T10:00:00Z"), now, 48)).toEqual(new Date("2026-12-10T22:00:00Z"));
  });
});

describe("a claim and a reserved spot on the same klus", () => {
  it("counts reserved spots in search and on cards: a klus held by teams is full", async () => {
    const opportunity = await klus({ spots: 3 });
    const { coordinator } = await team();
    await teamClaims.create(coordinator, { opportunityId: opportunity.id, teamName: "Deels", spots: 2 });
    expect(await loadSearchDocuments(db, [opportunity.id])).toMatchObject([{ spotsLeft: 1, isFull: false }]);
    expect(await findListedCards(db, [opportunity.id])).toHaveLength(1);

    await teamClaims.create(coordinator, { opportunityId: opportunity.id, teamName: "Rest", spots: 1 });
    expect(await loadSearchDocuments(db, [opportunity.id])).toMatchObject([{ spotsLeft: 0, isFull: true }]);
    expect(await findListedCards(db, [opportunity.id])).toEqual([]);
  });

  it("sends a single claim to the waitlist when only reserved spots remain", async () => {
    const opportunity = await klus({ spots: 2 });
    const { coordinator } = await team();
    await teamClaims.create(coordinator, { opportunityId: opportunity.id, teamName: "Twee", spots: 2 });
    const [late] = await createVolunteers(db, 1);
    const result = await claims.claim(volunteer(late!.id), { opportunityId: opportunity.id });
    expect(result.claim.status).toBe("waitlisted");
    expect(await claimCounts(opportunity.id)).toMatchObject({ active: 0, waitlisted: 1, reserved: 2 });
  });
});
