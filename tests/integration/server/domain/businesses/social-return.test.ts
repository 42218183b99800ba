import { beforeAll, describe, expect, it } from "vitest";
import {
  addMembership,
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createVolunteer,
  createUser,
  grantRole,
} from "../../../../../db/factories";
import type { RoleSlug } from "../../../../../db/schema";
import type { Actor } from "../../../../../server/domain/actor";
import { DomainError } from "../../../../../server/domain/errors";
import { createTestServices } from "../../../../support/context";

const { db, services } = createTestServices();

const actor = (userId: string, roles: RoleSlug[]): Actor => ({
  kind: "user",
  userId,
  roles,
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => new Error("expected a refusal"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

let businessId: string;
let coordinator: Actor;
let otherCoordinator: Actor;
let gemeente: Actor;
let memberId: string;

/** A klus of `organisationId` on an Amsterdam date, with an attended claim of `hours` per person. */
async function klusWithHours(
  organisationId: string,
  startsAt: string,
  people: Array<{ id: string; hours: number | null; attendance?: "attended" | "no_show" }>,
  buurt = "BU00140403",
) {
  const klus = await createOpportunity(db, {
    organisation_id: organisationId,
    starts_at: new Date(startsAt),
    buurt_code: buurt,
    spots: 10,
  });
  for (const person of people) {
    await db
      .insertInto("claims")
      .values({
        opportunity_id: klus.id,
        volunteer_id: person.id,
        status: "active",
        attendance: person.attendance ?? "attended",
        hours: person.hours,
      })
      .execute();
  }
  return klus;
}

beforeAll(async () => {
  const business = await createOrganisation(db, { kind: "business", name: "Bakkerij De Test" });
  businessId = business.id;
  const coordinatorUser = (await createCoordinator(db, business)).user;
  coordinator = actor(coordinatorUser.id, ["business_coordinator"]);
  const member = (await createVolunteer(db)).user;
  memberId = member.id;
  await addMembership(db, business.id, member.id, "member");
  await grantRole(db, coordinatorUser.id, "volunteer");

  const other = await createOrganisation(db, { kind: "business" });
  const otherUser = (await createCoordinator(db, other)).user;
  otherCoordinator = actor(otherUser.id, ["business_coordinator"]);
  const outsider = (await createVolunteer(db)).user;
  await addMembership(db, other.id, outsider.id, "member");

  const gemeenteUser = await createUser(db);
  await grantRole(db, gemeenteUser.id, "gemeente");
  gemeente = actor(gemeenteUser.id, ["gemeente"]);

  const buurthuis = await createOrganisation(db);
  const voedselbank = await createOrganisation(db);
  // In the period: 3 + 2.5 (two people, one klus in WK001404) and 4 (one person, WK001400).
  await klusWithHours(buurthuis.id, "2026-03-10T09:00:00+01:00", [
    { id: member.id, hours: 3 },
    { id: coordinatorUser.id, hours: 2.5 },
    { id: outsider.id, hours: 8 },
  ]);
  await klusWithHours(voedselbank.id, "2026-06-30T22:30:00+02:00", [{ id: member.id, hours: 4 }], "BU00140000");
  // Not counted: a no-show, hours not confirmed, and a klus the day after the period (Amsterdam time).
  await klusWithHours(buurthuis.id, "2026-04-01T09:00:00+02:00", [
    { id: member.id, hours: 6, attendance: "no_show" },
    { id: coordinatorUser.id, hours: null },
  ]);
  await klusWithHours(voedselbank.id, "2026-07-01T00:30:00+02:00", [{ id: member.id, hours: 5 }]);

  await services.listings.create(coordinator, {
    side: "offer",
    listing: {
      type: "team_day",
      title: "Een dag met zes collega's",
      description: "",
      capacityAmount: "6",
      capacityUnit: "people",
      periodStart: "2026-04-01",
      periodEnd: "2026-09-30",
      skills: ["koken"],
      wijken: [],
    },
  });
});

describe("social-return report", () => {
  it("counts confirmed hours of the business's people in the period, and nothing else", async () => {
    const report = await services.socialReturn.report(
      coordinator,
      { from: "2026-01-01", to: "2026-06-30" },
      new Date("2026-12-01T12:00:00Z"),
    );
    expect(report.business.id).toBe(businessId);
    expect(report.totals).toEqual({ hours: 9.5, people: 2, organisations: 2, wijken: 2, klussen: 2 });
    expect(report.klussen.map((k) => [k.date, k.people, k.hours])).toEqual([
      ["2026-03-10", 2, 5.5],
      ["2026-06-30", 1, 4],
    ]);
    // Offers count when made in the period; this one was made "today", outside it.
    expect(report.offers).toEqual([]);
  });

  it("shows the value of the hours once the municipality set a value per hour", async () => {
    await services.settings.setHourValue(gemeente, { hourValue: "15,50" });
    const report = await services.socialReturn.report(gemeente, { businessId, from: "2026-01-01", to: "2026-06-30" });
    expect(report).toMatchObject({ hourValue: 15.5, value: 147.25 });
    await services.settings.setHourValue(gemeente, { hourValue: "" });
    expect(await services.settings.hourValue()).toBeNull();
  });

  it("lists the offers made in the period", async () => {
    const thisYear = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric" }).format();
    const report = await services.socialReturn.report(coordinator, {});
    expect(report.period).toEqual({ from: `${thisYear}-01-01`, to: `${thisYear}-12-31` });
    expect(report.offers.map((o) => o.title)).toEqual(["Een dag met zes collega's"]);
  });

  it("is never shown to another business, a volunteer, or for a bad period", async () => {
    expect(await refusal(services.socialReturn.report(otherCoordinator, { businessId }))).toBe("forbidden");
    expect(await refusal(services.socialReturn.report(actor(memberId, ["volunteer"]), {}))).toBe("forbidden");
    expect(await refusal(services.settings.setHourValue(coordinator, { hourValue: "20" }))).toBe("forbidden");
    expect(await refusal(services.socialReturn.report(coordinator, { from: "2026-05-01", to: "2026-04-01" }))).toBe(
      "invalid",
    );
    expect(await refusal(services.socialReturn.report(coordinator, { from: "2026-02-30" }))).toBe("invalid");
  });
});

describe("statement of hours", () => {
  it("lists a volunteer's own confirmed hours with the total", async () => {
    const statement = await services.socialReturn.statementOfHours(actor(memberId, ["volunteer"]));
    expect(statement.rows.map((row) => row.hours)).toEqual([5, 4, 3]);
    expect(statement.totalHours).toBe(12);
  });
});
