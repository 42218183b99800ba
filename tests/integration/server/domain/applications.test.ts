import { beforeAll, describe, expect, it } from "vitest";
import { createCoordinator, createOpportunity, createOrganisation, createVolunteer } from "../../../../db/factories";
import type { Actor } from "../../../../server/domain/actor";
import { DomainError } from "../../../../server/domain/errors";
import { createTestServices } from "../../../support/context";

const { db, services, events } = createTestServices();

const motivation = "Ik help graag mee, want ik woon vlakbij en heb op dinsdag tijd.";
let organisationId: string;
let coordinator: Actor;
let coordinatorId: string;
let otherCoordinator: Actor;

async function expectDomainError(promise: Promise<unknown>, code: DomainError["code"]) {
  const error = await promise.then(
    () => new Error("expected a DomainError"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

async function newVolunteer(): Promise<Actor & { kind: "user" }> {
  const { user } = await createVolunteer(db);
  return { kind: "user", userId: user.id, roles: ["volunteer"] };
}

async function newVacancy(overrides: Parameters<typeof createOpportunity>[1] = {}) {
  return createOpportunity(db, { kind: "vacancy", organisation_id: organisationId, ...overrides });
}

function notificationsOf(userId: string) {
  return db
    .selectFrom("notifications")
    .select(["kind", "data", "link"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .execute();
}

beforeAll(async () => {
  const organisation = await createOrganisation(db);
  organisationId = organisation.id;
  const { user } = await createCoordinator(db, organisation);
  coordinatorId = user.id;
  coordinator = { kind: "user", userId: user.id, roles: ["organisation_coordinator"] };
  const other = await createCoordinator(db, await createOrganisation(db));
  otherCoordinator = { kind: "user", userId: other.user.id, roles: ["organisation_coordinator"] };
});

describe("apply", () => {
  it("stores a new application and tells the coordinators after commit", async () => {
    const volunteer = await newVolunteer();
    const vacancy = await newVacancy();
    const announced: string[] = [];
    const off = events.subscribe("notification.created", ({ userId, notification }) => {
      if (notification.kind === "applicationReceived") announced.push(userId);
    });
    const { id } = await services.applications.apply(volunteer, { opportunityId: vacancy.id, motivation });
    off();
    const row = await db.selectFrom("applications").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "new", volunteer_id: volunteer.userId, motivation, first_response_at: null });
    expect(announced).toContain(coordinatorId);
    const received = (await notificationsOf(coordinatorId)).filter((n) => n.kind === "applicationReceived");
    expect(received.some((n) => n.data.title === vacancy.title)).toBe(true);
  });

  it("allows one open application per vacature", async () => {
    const volunteer = await newVolunteer();
    const vacancy = await newVacancy();
    await services.applications.apply(volunteer, { opportunityId: vacancy.id, motivation });
    const error = await expectDomainError(
      services.applications.apply(volunteer, { opportunityId: vacancy.id, motivation }),
      "conflict",
    );
    expect(error.fieldErrors.motivation).toEqual(["applications:errors.alreadyApplied"]);
    // Two at once: the database lets only one in.
    const other = await newVolunteer();
    const results = await Promise.allSettled([
      services.applications.apply(other, { opportunityId: vacancy.id, motivation }),
      services.applications.apply(other, { opportunityId: vacancy.id, motivation }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("allows applying again after withdrawing", async () => {
    const volunteer = await newVolunteer();
    const vacancy = await newVacancy();
    const first = await services.applications.apply(volunteer, { opportunityId: vacancy.id, motivation });
    await services.applications.withdraw(volunteer, { applicationId: first.id });
    const second = await services.applications.apply(volunteer, { opportunityId: vacancy.id, motivation });
    expect(second.id).not.toBe(first.id);
  });

  it("refuses short, long and HTML motivations, klussen, closed vacatures and anonymous visitors", async () => {
    const volunteer = await newVolunteer();
    const vacancy = await newVacancy();
    const short = await expectDomainError(
      services.applications.apply(volunteer, { opportunityId: vacancy.id, motivation: "Te kort" }),
      "invalid",
    );
    expect(short.fieldErrors.motivation).toEqual(["applications:errors.motivation.tooShort"]);
    const long = await expectDomainError(
      services.applications.apply(volunteer, { opportunityId: vacancy.id, motivation: "a".repeat(2001) }),
      "invalid",
    );
    expect(long.fieldErrors.motivation).toEqual(["applications:errors.motivation.tooLong"]);
    const html = await expectDomainError(
      services.applications.apply(volunteer, { opportunityId: vacancy.id, motivation: `${motivation} <b>echt</b>` }),
      "invalid",
    );
    expect(html.fieldErrors.motivation).toEqual(["applications:errors.motivation.noHtml"]);

    const task = await createOpportunity(db, { organisation_id: organisationId });
    await expectDomainError(
      services.applications.apply(volunteer, { opportunityId: task.id, motivation }),
      "not_found",
    );
    const closed = await newVacancy({ status: "closed", published_at: new Date() });
    await expectDomainError(
      services.applications.apply(volunteer, { opportunityId: closed.id, motivation }),
      "conflict",
    );
    await expectDomainError(
      services.applications.apply({ kind: "anonymous" }, { opportunityId: vacancy.id, motivation }),
      "unauthenticated",
    );
    const count = await db
      .selectFrom("applications")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("volunteer_id", "=", volunteer.userId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});

describe("moveTo and withdraw", () => {
  it("moves through the allowed steps, sets first_response_at once and notifies the volunteer", async () => {
    const volunteer = await newVolunteer();
    const vacancy = await newVacancy();
    const { id } = await services.applications.apply(volunteer, { opportunityId: vacancy.id, motivation });

    await services.applications.moveTo(coordinator, { applicationId: id, status: "in_conversation" });
    const first = await db.selectFrom("applications").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(first.status).toBe("in_conversation");
    expect(first.first_response_at).not.toBeNull();
    expect(first.decided_at).toBeNull();

    await services.applications.moveTo(coordinator, { applicationId: id, status: "placed" });
    const placed = await db.selectFrom("applications").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(placed.status).toBe("placed");
    expect(placed.first_response_at).toEqual(first.first_response_at);
    expect(placed.decided_at).not.toBeNull();

    // placed is final for the organisation
    const error = await expectDomainError(
      services.applications.moveTo(coordinator, { applicationId: id, status: "declined" }),
      "conflict",
    );
    expect(error.fieldErrors.status).toEqual(["applications:errors.transition"]);

    const kinds = (await notificationsOf(volunteer.userId)).map((n) => n.kind);
    expect(kinds).toEqual(["applicationInConversation", "applicationPlaced"]);
  });

  it("lets only the organisation's coordinators move an application", async () => {
    const volunteer = await newVolunteer();
    const vacancy = await newVacancy();
    const { id } = await services.applications.apply(volunteer, { opportunityId: vacancy.id, motivation });
    await expectDomainError(
      services.applications.moveTo(otherCoordinator, { applicationId: id, status: "declined" }),
      "forbidden",
    );
    await expectDomainError(
      services.applications.moveTo(volunteer, { applicationId: id, status: "placed" }),
      "forbidden",
    );
    await expectDomainError(services.applications.listForOrganisation(otherCoordinator, organisationId), "forbidden");
    const row = await db.selectFrom("applications").select("status").where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.status).toBe("new");
  });

  it("lets only the volunteer withdraw, and tells the coordinators", async () => {
    const volunteer = await newVolunteer();
    const stranger = await newVolunteer();
    const vacancy = await newVacancy();
    const { id } = await services.applications.apply(volunteer, { opportunityId: vacancy.id, motivation });
    await expectDomainError(services.applications.withdraw(stranger, { applicationId: id }), "not_found");
    await services.applications.withdraw(volunteer, { applicationId: id });
    const row = await db.selectFrom("applications").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.status).toBe("withdrawn");
    expect(row.decided_at).not.toBeNull();
    await expectDomainError(services.applications.withdraw(volunteer, { applicationId: id }), "conflict");
    await expectDomainError(
      services.applications.moveTo(coordinator, { applicationId: id, status: "in_conversation" }),
      "conflict",
    );
    const withdrawn = (await notificationsOf(coordinatorId)).filter(
      (n) => n.kind === "applicationWithdrawn" && n.data.title === vacancy.title,
    );
    expect(withdrawn).toHaveLength(1);
  });

  it("lists applications for the organisation and for the volunteer", async () => {
    const volunteer = await newVolunteer();
    const vacancy = await newVacancy();
    const { id } = await services.applications.apply(volunteer, { opportunityId: vacancy.id, motivation });
    const forOrganisation = await services.applications.listForOrganisation(coordinator, organisationId);
    expect(forOrganisation.find((a) => a.id === id)).toMatchObject({
      status: "new",
      title: vacancy.title,
      nextStatuses: ["in_conversation", "placed", "declined"],
    });
    const mine = await services.applications.listMine(volunteer);
    expect(mine.map((a) => a.id)).toEqual([id]);
    expect((await services.applications.findMineFor(volunteer, vacancy.id))?.id).toBe(id);
  });
});

describe("responseStats", () => {
  it("counts answers within three working days and the median response time", async () => {
    const organisation = await createOrganisation(db);
    const vacancy = await createOpportunity(db, { kind: "vacancy", organisation_id: organisation.id });
    // Monday 2026-11-02 10:00 Amsterdam (09:00 UTC).
    const monday = new Date("2026-11-02T09:00:00Z");
    const hours = (h: number) => new Date(monday.getTime() + h * 3_600_000);
    const rows = [
      { first_response_at: hours(2) }, // in time
      { first_response_at: hours(72) }, // Thursday 10:00: exactly on the deadline
      { first_response_at: hours(96) }, // Friday: late
      { first_response_at: null }, // never answered, deadline passed
    ];
    for (const row of rows) {
      const { user } = await createVolunteer(db);
      await db
        .insertInto("applications")
        .values({
          opportunity_id: vacancy.id,
          volunteer_id: user.id,
          motivation,
          status: row.first_response_at ? "in_conversation" : "expired",
          created_at: monday,
          first_response_at: row.first_response_at,
        })
        .execute();
    }
    const stats = await services.applications.responseStats(organisation.id, new Date("2026-11-20T12:00:00Z"));
    expect(stats).toEqual({ counted: 4, answeredInTime: 2, rate: 0.5, medianHours: 72 });
  });
});
