import { afterAll, describe, expect, it } from "vitest";
import {
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createVolunteers,
} from "../../../../../db/factories";
import type { Actor } from "../../../../../server/domain/actor";
import type { DomainEventMap } from "../../../../../server/domain/events";
import { createTestServices } from "../../../../support/context";

const { db, events, services } = createTestServices();
const claims = services.claims;

const hour = 3_600_000;
const minute = 60_000;
const asActor = (userId: string): Actor => ({ kind: "user", userId, roles: ["volunteer"] });
// The klussen of this file start on a day no other test file uses: the jobs look at every claim in the database.
// 14:00 UTC is 15:00 in Groningen; 20 hours earlier is the evening of the day before there.
const start = new Date("2031-02-11T14:00:00Z");
const dayBefore = (hours: number) => new Date(start.getTime() - hours * hour);

async function klus(spots: number) {
  const organisation = await createOrganisation(db);
  const { user } = await createCoordinator(db, organisation, { password_hash: "!" });
  const opportunity = await createOpportunity(db, {
    organisation_id: organisation.id,
    spots,
    starts_at: start,
    ends_at: new Date(start.getTime() + 2 * hour),
  });
  const coordinator: Actor = { kind: "user", userId: user.id, roles: ["organisation_coordinator"] };
  return { opportunity, coordinator };
}

async function people(count: number) {
  return (await createVolunteers(db, count)).map((user) => asActor(user.id));
}

/** Claims in this order, a minute apart, three days before the start. */
async function claimInOrder(opportunityId: string, actors: Actor[], from = dayBefore(72)) {
  const results = [];
  for (const [index, actor] of actors.entries()) {
    results.push(
      await claims.claim(actor, { opportunityId, vogConfirmed: false }, new Date(from.getTime() + index * minute)),
    );
  }
  return results.map((result) => result.claim);
}

async function notificationsOf(actor: Actor, kind: string, opportunityId: string) {
  return db
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "=", actor.kind === "user" ? actor.userId : "")
    .where("kind", "=", kind)
    .where("link", "like", `/klussen/${opportunityId}%`)
    .execute();
}

async function statuses(opportunityId: string) {
  return db
    .selectFrom("claims")
    .select(["id", "volunteer_id as volunteerId", "status"])
    .where("opportunity_id", "=", opportunityId)
    .orderBy("seq")
    .execute();
}

function collect<E extends keyof DomainEventMap>(name: E) {
  const seen: Array<DomainEventMap[E]> = [];
  const stop = events.subscribe(name, (payload) => seen.push(payload));
  afterAll(stop);
  return seen;
}
const freed = collect("klus.spot_freed");
const freedFor = (opportunityId: string) => freed.filter((event) => event.opportunityId === opportunityId);

describe("the day-before question", () => {
  it("asks each active claim once, not the waitlist and not claims made inside the window", async () => {
    const { opportunity } = await klus(1);
    const [early, waiting] = await people(2);
    await claimInOrder(opportunity.id, [early!, waiting!]);
    const other = await klus(1);
    const [late] = await people(1);
    // Claimed 2 hours before the start: they just said they come.
    await claims.claim(late!, { opportunityId: other.opportunity.id, vogConfirmed: false }, dayBefore(2));

    await claims.requestConfirmations(dayBefore(30));
    expect(await notificationsOf(early!, "confirmRequested", opportunity.id)).toHaveLength(0);
    expect(await claims.requestConfirmations(dayBefore(20))).toBeGreaterThanOrEqual(1);
    await claims.requestConfirmations(dayBefore(19));
    await claims.requestConfirmations(dayBefore(1));

    const asked = await notificationsOf(early!, "confirmRequested", opportunity.id);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ link: `/klussen/${opportunity.id}#meedoen` });
    expect(await notificationsOf(waiting!, "confirmRequested", opportunity.id)).toHaveLength(0);
    expect(await notificationsOf(late!, "confirmRequested", other.opportunity.id)).toHaveLength(0);
  });
});

describe("confirm in one tap", () => {
  it("confirms only one's own active claim, once, and not after the start", async () => {
    const { opportunity, coordinator } = await klus(1);
    const [mine, someoneElse, waiting] = await people(3);
    const [claim, waitlisted] = await claimInOrder(opportunity.id, [mine!, waiting!]);

    await expect(claims.confirm(someoneElse!, { claimId: claim!.id }, dayBefore(10))).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(claims.confirm(coordinator, { claimId: claim!.id }, dayBefore(10))).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(claims.confirm(waiting!, { claimId: waitlisted!.id }, dayBefore(10))).rejects.toMatchObject({
      code: "conflict",
    });

    const first = await claims.confirm(mine!, { claimId: claim!.id }, dayBefore(10));
    const again = await claims.confirm(mine!, { claimId: claim!.id }, dayBefore(9));
    expect(again.confirmedAt).toBe(first.confirmedAt);
    expect(first.confirmedAt).toBe(dayBefore(10).toISOString());
    await expect(
      claims.confirm(mine!, { claimId: claim!.id }, new Date(start.getTime() + minute)),
    ).rejects.toMatchObject({ code: "conflict" });

    const list = await claims.listForOpportunity(coordinator, opportunity.id, dayBefore(9));
    expect(list.claims.find((row) => row.id === claim!.id)?.confirmation).toBe("confirmed");
    const state = await claims.stateFor(mine!, opportunity.id, dayBefore(9));
    expect(state?.mine?.confirmed).toBe(true);
    expect(state?.confirmWindow).toBe(true);
  });
});

describe("hand over, waitlist first", () => {
  it("gives the spot to the first on the waitlist, in order, before the day itself", async () => {
    const { opportunity, coordinator } = await klus(1);
    const [holder, first, second, third] = await people(4);
    const [held, w1, w2, w3] = await claimInOrder(opportunity.id, [holder!, first!, second!, third!]);

    await expect(claims.handOver(first!, { claimId: w1!.id }, dayBefore(20))).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(claims.handOver(second!, { claimId: held!.id }, dayBefore(20))).rejects.toMatchObject({
      code: "not_found",
    });
    const result = await claims.handOver(holder!, { claimId: held!.id }, dayBefore(20));
    expect(result.promotedClaimId).toBe(w1!.id);
    expect(result.spotsLeft).toBe(0);
    expect((await statuses(opportunity.id)).map((row) => row.status)).toEqual([
      "cancelled",
      "active",
      "waitlisted",
      "waitlisted",
    ]);
    expect((await claims.stateFor(third!, opportunity.id, dayBefore(20)))?.mine?.position).toBe(2);
    expect(await notificationsOf(first!, "claimPromoted", opportunity.id)).toHaveLength(1);
    expect(await notificationsOf(coordinator, "claimHandedOverPromoted", opportunity.id)).toHaveLength(1);

    // The next one to hand over makes room for the second in line, then the third.
    await claims.handOver(first!, { claimId: w1!.id }, dayBefore(19));
    expect((await claims.stateFor(second!, opportunity.id, dayBefore(19)))?.mine?.status).toBe("active");
    await claims.cancel(second!, { claimId: w2!.id }, dayBefore(18));
    expect((await claims.stateFor(third!, opportunity.id, dayBefore(18)))?.mine?.status).toBe("active");
    expect(w3).toBeDefined();
    expect(freedFor(opportunity.id)).toHaveLength(0);

    const list = await claims.listForOpportunity(coordinator, opportunity.id, dayBefore(18));
    expect(list.handedOver.map((row) => row.id)).toEqual([held!.id, w1!.id]);
  });

  it("publishes klus.spot_freed when nobody waits", async () => {
    const { opportunity } = await klus(2);
    const [holder] = await people(1);
    const [held] = await claimInOrder(opportunity.id, [holder!]);
    await claims.handOver(holder!, { claimId: held!.id }, dayBefore(20));
    expect(freedFor(opportunity.id)).toHaveLength(1);
  });
});

describe("on the day itself", () => {
  for (const how of ["handOver", "cancel"] as const) {
    it(`${how}: nobody is promoted, the waitlist is told, and one of two racing volunteers takes the spot`, async () => {
      const { opportunity } = await klus(1);
      const [holder, first, second] = await people(3);
      const [held, w1, w2] = await claimInOrder(opportunity.id, [holder!, first!, second!]);
      // 11:00 UTC is noon in Groningen, the day of the start.
      const morning = dayBefore(3);

      const result = await claims[how](holder!, { claimId: held!.id }, morning);
      expect(result.promotedClaimId).toBeNull();
      expect(result.spotsLeft).toBe(1);
      expect((await statuses(opportunity.id)).map((row) => row.status)).toEqual([
        "cancelled",
        "waitlisted",
        "waitlisted",
      ]);
      expect(freedFor(opportunity.id)).toEqual([{ opportunityId: opportunity.id }]);
      expect(await notificationsOf(first!, "spotFreeToday", opportunity.id)).toHaveLength(1);
      expect(await notificationsOf(second!, "spotFreeToday", opportunity.id)).toHaveLength(1);
      expect((await claims.stateFor(first!, opportunity.id, morning))?.dayOf).toBe(true);

      const raced = await Promise.allSettled([
        claims.takeFreeSpot(first!, { claimId: w1!.id }, morning),
        claims.takeFreeSpot(second!, { claimId: w2!.id }, morning),
      ]);
      expect(raced.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      const refused = raced.find((outcome) => outcome.status === "rejected");
      expect(refused?.status === "rejected" && refused.reason).toMatchObject({ code: "conflict" });
      expect((await statuses(opportunity.id)).filter((row) => row.status === "active")).toHaveLength(1);
      expect((await claims.spotsLeft(opportunity.id))?.spotsLeft).toBe(0);
    });
  }

  it("refuses taking a spot for someone else's claim or an active one", async () => {
    const { opportunity } = await klus(2);
    const [holder, other] = await people(2);
    const [held] = await claimInOrder(opportunity.id, [holder!]);
    await expect(claims.takeFreeSpot(other!, { claimId: held!.id }, dayBefore(3))).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(claims.takeFreeSpot(holder!, { claimId: held!.id }, dayBefore(3))).rejects.toMatchObject({
      code: "conflict",
    });
  });
});

describe("unconfirmed claims flagged to the coordinator", () => {
  it("tells the klus's coordinators once per claim, at 6 hours before the start or 12 after the question", async () => {
    const { opportunity, coordinator } = await klus(3);
    const elsewhere = await klus(1);
    const [yes, silent, changed] = await people(3);
    const [confirmedClaim, silentClaim, changedClaim] = await claimInOrder(opportunity.id, [yes!, silent!, changed!]);
    await claims.requestConfirmations(dayBefore(20));
    await claims.confirm(yes!, { claimId: confirmedClaim!.id }, dayBefore(19));
    // "Ik kom nog steeds" after a change, said within the day before the start, counts as confirmed.
    await db
      .updateTable("claims")
      .set({ change_confirm_requested_at: dayBefore(19) })
      .where("id", "=", changedClaim!.id)
      .execute();
    await services.alerts.confirmStillComing(changed!, { claimId: changedClaim!.id }, dayBefore(18));

    await claims.flagUnconfirmed(dayBefore(9));
    expect(await notificationsOf(coordinator, "claimUnconfirmed", opportunity.id)).toHaveLength(0);
    // 12 hours after the question (at 20 hours before): 8 hours before the start, earlier than 6 before.
    await claims.flagUnconfirmed(dayBefore(8));
    await claims.flagUnconfirmed(dayBefore(7));
    await claims.flagUnconfirmed(dayBefore(1));

    const flagged = await notificationsOf(coordinator, "claimUnconfirmed", opportunity.id);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.link).toBe(`/klussen/${opportunity.id}#aanmeldingen`);
    expect(await notificationsOf(elsewhere.coordinator, "claimUnconfirmed", opportunity.id)).toHaveLength(0);
    expect(await notificationsOf(silent!, "claimUnconfirmed", opportunity.id)).toHaveLength(0);

    const list = await claims.listForOpportunity(coordinator, opportunity.id, dayBefore(1));
    const byId = new Map(list.claims.map((row) => [row.id, row.confirmation]));
    expect(byId.get(confirmedClaim!.id)).toBe("confirmed");
    expect(byId.get(silentClaim!.id)).toBe("flagged");
    expect(byId.get(changedClaim!.id)).toBe("confirmed");
  });
});
