import { beforeAll, describe, expect, it } from "vitest";
import {
  addMembership,
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createVolunteer,
} from "../../../../../db/factories";
import type { Attendance, RoleSlug } from "../../../../../db/schema";
import type { Actor } from "../../../../../server/domain/actor";
import { DomainError } from "../../../../../server/domain/errors";
import { createTestServices } from "../../../../support/context";

const { db, services } = createTestServices();

// The fixture lives in 2011, a year no other test uses, so the municipality-wide figures are exactly ours.
const period = { preset: "custom" as const, from: "2011-01-01", to: "2011-12-31" };
const oudOost = "WK001404";
const florabuurt = "BU00140403"; // Oud-Oost
const vogelbuurt = "BU00140401"; // Oud-Oost
const binnenstad = "BU00140000"; // Centrum
const skill = "koken";

const actor = (userId: string, roles: RoleSlug[]): Actor => ({ kind: "user", userId, roles });
const shown = (value: number) => ({ status: "shown", value });
const fewer = { status: "fewer", below: 5 };
const hiddenFewPeople = { status: "hidden", reason: "fewPeople" };

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => new Error("expected a refusal"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

let gemeente: Actor;
let coordinatorA: Actor;
let coordinatorB: Actor;
let volunteer: Actor;
let organisationA: string;

async function klus(input: {
  organisationId: string;
  buurt: string;
  publishedAt: string;
  startsAt: string;
  spots: number;
  skills?: string[];
}) {
  return createOpportunity(db, {
    organisation_id: input.organisationId,
    buurt_code: input.buurt,
    published_at: new Date(input.publishedAt),
    starts_at: new Date(input.startsAt),
    ends_at: new Date(new Date(input.startsAt).getTime() + 3 * 3_600_000),
    spots: input.spots,
    skills: input.skills ?? [],
  });
}

async function claim(
  opportunityId: string,
  volunteerId: string,
  createdAt: string,
  attendance: Attendance | null,
  hours: number | null,
) {
  await db
    .insertInto("claims")
    .values({ opportunity_id: opportunityId, volunteer_id: volunteerId, status: "active", attendance, hours })
    .execute();
  await db
    .updateTable("claims")
    .set({ created_at: new Date(createdAt) } as never)
    .where("opportunity_id", "=", opportunityId)
    .where("volunteer_id", "=", volunteerId)
    .execute();
}

beforeAll(async () => {
  const a = await createOrganisation(db, { name: "Buurthuis Oud-Oost (test 2011)" });
  const b = await createOrganisation(db, { name: "Stadsbieb (test 2011)" });
  const business = await createOrganisation(db, { kind: "business", name: "Bakkerij (test 2011)" });
  organisationA = a.id;
  coordinatorA = actor((await createCoordinator(db, a)).user.id, ["organisation_coordinator"]);
  coordinatorB = actor((await createCoordinator(db, b)).user.id, ["organisation_coordinator"]);
  const gemeenteUser = await createVolunteer(db);
  gemeente = actor(gemeenteUser.user.id, ["gemeente"]);

  // Six volunteers at home in Oud-Oost who signed up in March 2011, with the skill; two in Centrum from 2010.
  const oost = [];
  for (let i = 0; i < 6; i++) {
    oost.push(
      await createVolunteer(db, {
        user: { created_at: new Date(`2011-03-0${i + 1}T12:00:00Z`) } as never,
        profile: { home_buurt_code: i % 2 === 0 ? florabuurt : vogelbuurt },
        skills: [skill],
      }),
    );
  }
  const centrum = [];
  for (let i = 0; i < 2; i++) {
    centrum.push(
      await createVolunteer(db, {
        user: { created_at: new Date(`2010-06-0${i + 1}T12:00:00Z`) } as never,
        profile: { home_buurt_code: binnenstad },
      }),
    );
  }
  const [v1, v2, v3, v4, v5, v6] = oost.map((o) => o.user.id) as [string, string, string, string, string, string];
  const [w1, w2] = centrum.map((o) => o.user.id) as [string, string];
  volunteer = actor(v1, ["volunteer"]);
  await addMembership(db, business.id, w2, "member");

  // K1, Oud-Oost, May: six spots filled a day after publishing; five attended three hours, one no-show.
  const k1 = await klus({
    organisationId: a.id,
    buurt: florabuurt,
    publishedAt: "2011-05-01T08:00:00Z",
    startsAt: "2011-05-10T08:00:00Z",
    spots: 6,
    skills: [skill],
  });
  const people = [v1, v2, v3, v4, v5, v6];
  for (const [i, id] of people.entries()) {
    const last = i === people.length - 1;
    await claim(
      k1.id,
      id,
      last ? "2011-05-02T08:00:00Z" : `2011-05-01T1${i}:00:00Z`,
      last ? "no_show" : "attended",
      last ? null : 3,
    );
  }
  // K2, Oud-Oost, June: one of four spots, attended two hours by someone from Centrum.
  const k2 = await klus({
    organisationId: a.id,
    buurt: vogelbuurt,
    publishedAt: "2011-06-01T08:00:00Z",
    startsAt: "2011-06-15T08:00:00Z",
    spots: 4,
  });
  await claim(k2.id, w1, "2011-06-02T08:00:00Z", "attended", 2);
  // K3, Centrum, May, organisation B: both spots filled twelve hours after publishing, four hours each.
  const k3 = await klus({
    organisationId: b.id,
    buurt: binnenstad,
    publishedAt: "2011-05-10T00:00:00Z",
    startsAt: "2011-05-20T08:00:00Z",
    spots: 2,
  });
  await claim(k3.id, w2, "2011-05-10T06:00:00Z", "attended", 4);
  await claim(k3.id, v1, "2011-05-10T12:00:00Z", "attended", 4);
  // K4, Oud-Oost, December 2010: outside the period.
  const k4 = await klus({
    organisationId: a.id,
    buurt: florabuurt,
    publishedAt: "2010-12-01T08:00:00Z",
    startsAt: "2010-12-15T08:00:00Z",
    spots: 3,
  });
  await claim(k4.id, v2, "2010-12-02T08:00:00Z", "attended", 5);

  // V1, a vacature in Oud-Oost published in April: three applications answered after 2, 4 and 6 hours; v3 placed.
  const v = await createOpportunity(db, {
    organisation_id: a.id,
    kind: "vacancy",
    buurt_code: florabuurt,
    published_at: new Date("2011-04-01T08:00:00Z"),
    skills: [skill],
  });
  for (const [i, id] of [v1, v2, v3].entries()) {
    const created = new Date(`2011-04-0${i + 2}T08:00:00Z`);
    await db
      .insertInto("applications")
      .values({
        opportunity_id: v.id,
        volunteer_id: id,
        status: id === v3 ? "placed" : "in_conversation",
        motivation: "Ik help graag.",
        created_at: created,
        first_response_at: new Date(created.getTime() + (i + 1) * 2 * 3_600_000),
        decided_at: id === v3 ? new Date("2011-04-10T08:00:00Z") : null,
      })
      .execute();
  }
  // V2, Centrum, July, organisation B: no applications.
  await createOpportunity(db, {
    organisation_id: b.id,
    kind: "vacancy",
    buurt_code: binnenstad,
    published_at: new Date("2011-07-01T08:00:00Z"),
  });
});

describe("the municipality's figures", () => {
  it("counts every figure of wijk Oud-Oost exactly, with '<5' and hidden shares where fewer than 5 people count", async () => {
    const figures = await services.monitoring.figures(gemeente, { ...period, wijk: oudOost });
    expect(figures.place).toMatchObject({
      level: "wijk",
      code: oudOost,
      name: "Oud-Oost",
      formerName: "Oosterparkwijk",
    });
    expect(figures.place.residents).toBe(12515);
    expect(figures.totals).toEqual({
      klussen: shown(2),
      klussenOpen: shown(1),
      klussenFilled: shown(1),
      spots: shown(10),
      spotsTaken: shown(7),
      fillRate: shown(70),
      timeToFill: shown(24),
      noShows: fewer,
      vacancies: shown(1),
      vacanciesOpen: shown(0),
      vacanciesFilled: shown(1),
      // v1..v5 attended K1, v3 is also placed; v6 did not come.
      activeVolunteers: shown(5),
      activeShare: shown(0.04),
      // K1's 15 hours and K2's 2, given by six people.
      hours: shown(17),
      newVolunteers: shown(6),
      businessPeople: fewer,
      businessHours: hiddenFewPeople,
      partnerPeople: fewer,
      partnerHours: hiddenFewPeople,
      teamSignUps: shown(0),
      applications: fewer,
      responseTime: hiddenFewPeople,
    });
  });

  it("gives the months, the other places and the skills by the same rule", async () => {
    const figures = await services.monitoring.figures(gemeente, { ...period, wijk: oudOost });
    expect(figures.months).toHaveLength(12);
    const month = (m: string) => figures.perMonth.find((row) => row.month === m)?.figures;
    expect(month("2011-04")?.activeVolunteers).toEqual(fewer); // v3, placed in April
    expect(month("2011-05")?.activeVolunteers).toEqual(shown(5));
    expect(month("2011-05")?.klussenFilled).toEqual(shown(1));
    expect(month("2011-06")?.fillRate).toEqual(shown(25));
    expect(month("2011-03")?.newVolunteers).toEqual(shown(6));

    const centrum = figures.wijken.find((w) => w.code === "WK001400")?.figures;
    expect(centrum?.activeVolunteers).toEqual(fewer);
    expect(centrum?.activeShare).toEqual(hiddenFewPeople);
    expect(centrum?.hours).toEqual(hiddenFewPeople); // 8 hours by two people
    expect(centrum?.timeToFill).toEqual(shown(12));
    expect(centrum?.vacanciesOpen).toEqual(shown(1));

    // Oude Wijken: its three wijken and two of Zuidoost's twelve buurten (3,195 residents).
    const oudeWijken = figures.gebieden.find((g) => g.slug === "oude-wijken");
    expect(oudeWijken?.residents).toBe(45348); // 14,035 + 18,265 + 12,515 + 532.5, rounded
    expect(oudeWijken?.figures.activeVolunteers).toEqual(shown(5));

    expect(figures.municipality.activeVolunteers).toEqual(shown(7));
    expect(figures.municipality.hours).toEqual(shown(25));
    expect(figures.municipality.businessPeople).toEqual(fewer);
    expect(figures.municipality.klussen).toEqual(shown(3));

    expect(figures.skills).toEqual([
      {
        slug: skill,
        nameNl: expect.any(String),
        nameEn: expect.any(String),
        opportunities: shown(2),
        spots: shown(6),
        volunteers: shown(6),
      },
    ]);
  });

  it("shows a gebied when asked, and refuses an unknown place or a period the wrong way round", async () => {
    const gebied = await services.monitoring.figures(gemeente, { ...period, gebied: "oude-wijken" });
    expect(gebied.place).toMatchObject({ level: "gebied", code: "oude-wijken", name: "Oude Wijken" });
    expect(gebied.totals.klussen).toEqual(shown(2));
    expect(await refusal(services.monitoring.figures(gemeente, { ...period, wijk: "WK009999" }))).toBe("invalid");
    expect(
      await refusal(services.monitoring.figures(gemeente, { preset: "custom", from: "2011-12-01", to: "2011-01-01" })),
    ).toBe("invalid");
  });

  it("is for the municipality only", async () => {
    expect(await refusal(services.monitoring.figures(volunteer, period))).toBe("forbidden");
    expect(await refusal(services.monitoring.figures(coordinatorA, period))).toBe("forbidden");
    expect(await refusal(services.monitoring.figures({ kind: "anonymous" }, period))).toBe("unauthenticated");
  });
});

describe("an organisation's figures", () => {
  it("counts its own work only, by the same rule", async () => {
    const figures = await services.monitoring.organisationFigures(coordinatorA, {
      ...period,
      organisationId: organisationA,
    });
    expect(figures.kind).toBe("organisation");
    expect(figures.municipality.klussen).toEqual(shown(2));
    // v1..v5 at K1, w1 at K2, v3 placed.
    expect(figures.municipality.activeVolunteers).toEqual(shown(6));
    expect(figures.municipality.hours).toEqual(shown(17));
    expect(figures.municipality.activeShare).toEqual({ status: "hidden", reason: "notApplicable" });
    // People whose first claim or application with the organisation was in 2011 (v2's K4 claim was in 2010).
    expect(figures.municipality.newVolunteers).toEqual(shown(6));
  });

  it("is refused to another organisation's coordinator and to volunteers", async () => {
    expect(
      await refusal(
        services.monitoring.organisationFigures(coordinatorB, { ...period, organisationId: organisationA }),
      ),
    ).toBe("forbidden");
    expect(
      await refusal(services.monitoring.organisationFigures(volunteer, { ...period, organisationId: organisationA })),
    ).toBe("forbidden");
    expect(
      await refusal(services.monitoring.organisationFigures(gemeente, { ...period, organisationId: organisationA })),
    ).toBe("forbidden");
  });
});
