import net from "node:net";
import { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMembership,
  createClaim,
  createCoordinator,
  createOrganisation,
  createVolunteer,
  createVolunteers,
} from "../../../../db/factories";
import type { Actor } from "../../../../server/domain/actor";
import { DomainError } from "../../../../server/domain/errors";
import { toAmsterdamInputValue } from "../../../../server/domain/opportunities/amsterdam-time";
import type {
  PublishOpportunityRequest,
  UpdateOpportunityRequest,
} from "../../../../server/domain/opportunities/opportunities.schemas";
import { createOutboxWorker, type OutboxWorker } from "../../../../server/domain/search/outbox.worker";
import { createServices } from "../../../../server/domain/services";
import { createTestServices } from "../../../support/context";
import { inDays } from "../../../support/dates";

const t = createTestServices();
const { db, services } = t;
const run = Math.random().toString(36).slice(2, 8);

let worker: OutboxWorker;
let organisationId: string;
let coordinator: Actor;
let otherCoordinator: Actor;
let volunteer: Actor;
let member: Actor;

const validTask = (overrides: Partial<PublishOpportunityRequest> = {}): PublishOpportunityRequest => ({
  organisationId,
  kind: "task",
  title: `Stoelen zetten ${run}`,
  description: "Stoelen klaarzetten en koffie schenken bij de buurtavond in het wijkcentrum.",
  place: "BU00140403",
  startsAt: inDays(5),
  endsAt: inDays(5, 12),
  spots: 4,
  skills: ["boodschappen"],
  ...overrides,
});

/** The edit form's values: what the coordinator sees, with some changed. */
const edited = (overrides: Partial<UpdateOpportunityRequest> = {}): UpdateOpportunityRequest => {
  const { organisationId: _organisationId, ...rest } = validTask();
  return { ...rest, ...overrides };
};

async function expectDomainError(promise: Promise<unknown>, code: DomainError["code"]) {
  const error = await promise.then(
    () => {
      throw new Error("expected a DomainError");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

const outboxCount = async (id: string) =>
  (await db.selectFrom("search_outbox").select("id").where("opportunity_id", "=", id).execute()).length;
const rowOf = (id: string) => db.selectFrom("opportunities").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const userActor = (userId: string): Actor => ({ kind: "user", userId, roles: ["organisation_coordinator"] });

beforeAll(async () => {
  worker = createOutboxWorker(t, { pollIntervalMs: 50, minBackoffMs: 50, maxBackoffMs: 200 });
  const organisation = await createOrganisation(db, { name: `Buurthuis Selwerd ${run}` });
  organisationId = organisation.id;
  coordinator = userActor((await createCoordinator(db, organisation)).user.id);
  // A coordinator, but of another organisation.
  otherCoordinator = userActor((await createCoordinator(db, await createOrganisation(db))).user.id);
  volunteer = { kind: "user", userId: (await createVolunteer(db)).user.id, roles: ["volunteer"] };
  // A member of the organisation who is not its coordinator.
  const memberUser = (await createVolunteer(db)).user;
  await addMembership(db, organisation.id, memberUser.id, "member");
  member = { kind: "user", userId: memberUser.id, roles: ["volunteer"] };
});

afterAll(async () => {
  await worker.stop();
  await t.meili.deleteIndexIfExists(worker.indexUid);
});

describe("only the organisation's coordinators", () => {
  it.each([
    ["a coordinator of another organisation", () => otherCoordinator],
    ["a member who is not a coordinator", () => member],
    ["a volunteer", () => volunteer],
  ])("refuse %s every change, and nothing is written", async (_who, actorOf) => {
    const { id } = await services.opportunities.publish(coordinator, validTask());
    const before = await rowOf(id);
    const outboxBefore = await outboxCount(id);
    const actor = actorOf();
    await expectDomainError(
      services.opportunities.update(actor, id, edited({ title: "Overgenomen titel" })),
      "forbidden",
    );
    // Invalid input too: who may edit is checked first.
    await expectDomainError(services.opportunities.update(actor, id, edited({ spots: -1 })), "forbidden");
    await expectDomainError(services.opportunities.pause(actor, id), "forbidden");
    await expectDomainError(services.opportunities.close(actor, id), "forbidden");
    await expectDomainError(services.opportunities.duplicate(actor, id), "forbidden");
    await expectDomainError(services.opportunities.getEditable(actor, id), "forbidden");
    await expectDomainError(services.opportunities.listForOrganisation(actor, organisationId), "forbidden");
    expect(await rowOf(id)).toEqual(before);
    expect(await outboxCount(id)).toBe(outboxBefore);
  });

  it("refuse someone who is not logged in", async () => {
    const { id } = await services.opportunities.publish(coordinator, validTask());
    await expectDomainError(services.opportunities.pause({ kind: "anonymous" }, id), "unauthenticated");
  });
});

describe("update", () => {
  it("changes the fields and skills, keeps kind and organisation, and writes an outbox row", async () => {
    const { id } = await services.opportunities.publish(coordinator, validTask());
    const outboxBefore = await outboxCount(id);
    await services.opportunities.update(coordinator, id, {
      ...edited(),
      title: `Stoelen en tafels ${run}`,
      place: "online",
      startsAt: "2099-03-01T09:30",
      endsAt: "2099-03-01T11:00",
      spots: "6",
      skills: ["bar-en-gastvrijheid"],
      minAge: "16",
      languages: ["nl", "ar"],
      suitableStudents: "on",
    });
    const row = await rowOf(id);
    expect(row).toMatchObject({
      title: `Stoelen en tafels ${run}`,
      organisation_id: organisationId,
      kind: "task",
      status: "open",
      is_online: true,
      buurt_code: null,
      spots: 6,
      min_age: 16,
      suitable_students: true,
      languages: ["nl", "ar"],
    });
    // March 1st: winter time, UTC+1.
    expect(row.starts_at?.toISOString()).toBe("2099-03-01T08:30:00.000Z");
    const skills = await db
      .selectFrom("opportunity_skills")
      .select("skill_slug")
      .where("opportunity_id", "=", id)
      .execute();
    expect(skills.map((s) => s.skill_slug)).toEqual(["bar-en-gastvrijheid"]);
    expect(await outboxCount(id)).toBe(outboxBefore + 1);
  });

  it("refuses fewer spots than active claims, with a message by the field", async () => {
    const { id } = await services.opportunities.publish(coordinator, validTask({ spots: 4 }));
    const volunteers = await createVolunteers(db, 4);
    for (const [i, status] of (["active", "active", "active", "waitlisted"] as const).entries()) {
      await createClaim(db, { opportunityId: id, volunteerId: volunteers[i]!.id, status });
    }
    await createClaim(db, { opportunityId: id, volunteerId: (await createVolunteer(db)).user.id, status: "cancelled" });
    const outboxBefore = await outboxCount(id);

    const error = await expectDomainError(
      services.opportunities.update(coordinator, id, edited({ spots: 2 })),
      "invalid",
    );
    expect(error.fieldErrors).toEqual({ spots: ["opportunities:errors.spots.belowClaims"] });
    expect((await rowOf(id)).spots).toBe(4);
    expect(await outboxCount(id)).toBe(outboxBefore);

    // Exactly as many spots as active claims is fine: waitlisted and cancelled claims do not count.
    await services.opportunities.update(coordinator, id, edited({ spots: 3 }));
    expect((await rowOf(id)).spots).toBe(3);
    const editable = await services.opportunities.getEditable(coordinator, id);
    expect(editable.activeClaims).toBe(3);
  });

  it.each([
    [
      "a start in the past",
      { startsAt: inDays(-1), endsAt: inDays(-1, 12) },
      "startsAt",
      "opportunities:errors.startsAt.past",
    ],
    ["an end before the start", { endsAt: inDays(4) }, "endsAt", "opportunities:errors.endsAt.beforeStart"],
    ["negative spots", { spots: -3 }, "spots", "opportunities:errors.spots.range"],
    ["an unknown buurt", { place: "BU00149999" }, "place", "opportunities:errors.place.unknown"],
    ["an unknown skill", { skills: ["toveren"] }, "skills", "opportunities:errors.skills.unknown"],
    ["an over-long title", { title: "x".repeat(121) }, "title", "opportunities:errors.title.tooLong"],
    [
      "HTML",
      { description: "Kom helpen! <script>alert(1)</script> Tot dan." },
      "description",
      "opportunities:errors.noHtml",
    ],
    ["a minimum age of 200", { minAge: 200 }, "minAge", "opportunities:errors.minAge.range"],
    ["another kind", { kind: "vacancy" as const }, "kind", "opportunities:errors.kind.fixed"],
  ])("refuses %s and writes nothing", async (_what, overrides, field, message) => {
    const { id } = await services.opportunities.publish(coordinator, validTask());
    const before = await rowOf(id);
    const outboxBefore = await outboxCount(id);
    const error = await expectDomainError(services.opportunities.update(coordinator, id, edited(overrides)), "invalid");
    expect(error.fieldErrors[field]).toContain(message);
    expect(await rowOf(id)).toEqual(before);
    expect(await outboxCount(id)).toBe(outboxBefore);
  });

  it("answers not found for an id that does not exist", async () => {
    await expectDomainError(
      services.opportunities.update(coordinator, "00000000-0000-4000-8000-000000000000", edited()),
      "not_found",
    );
    await expectDomainError(services.opportunities.pause(coordinator, "not-an-id"), "not_found");
  });
});

describe("pause, resume and close", () => {
  const inIndex = async (id: string) =>
    t.meili
      .index(worker.indexUid)
      .getDocument(id)
      .then(
        () => true,
        () => false,
      );

  it("take a klus out of search and put it back, each with an outbox row", async () => {
    const { id } = await services.opportunities.publish(coordinator, validTask());
    await worker.waitUntilIndexed({ opportunityIds: [id] });
    expect(await inIndex(id)).toBe(true);

    let outbox = await outboxCount(id);
    expect(await services.opportunities.pause(coordinator, id)).toEqual({ status: "paused" });
    expect(await outboxCount(id)).toBe(++outbox);
    await worker.waitUntilIndexed({ opportunityIds: [id] });
    expect(await inIndex(id)).toBe(false);
    expect(await services.opportunities.getCard(id)).toBeNull();

    await services.opportunities.resume(coordinator, id);
    expect(await outboxCount(id)).toBe(++outbox);
    await worker.waitUntilIndexed({ opportunityIds: [id] });
    expect(await inIndex(id)).toBe(true);

    await services.opportunities.close(coordinator, id);
    expect(await outboxCount(id)).toBe(++outbox);
    await worker.waitUntilIndexed({ opportunityIds: [id] });
    expect(await inIndex(id)).toBe(false);
    expect((await rowOf(id)).status).toBe("closed");
  });

  it("refuse a change that does not fit the status, and a closed one cannot be edited", async () => {
    const { id } = await services.opportunities.publish(coordinator, validTask());
    await expectDomainError(services.opportunities.resume(coordinator, id), "conflict");
    await services.opportunities.close(coordinator, id);
    await expectDomainError(services.opportunities.pause(coordinator, id), "conflict");
    await expectDomainError(services.opportunities.close(coordinator, id), "conflict");
    await expectDomainError(services.opportunities.update(coordinator, id, edited()), "conflict");
  });
});

describe("duplicate", () => {
  it("makes a draft copy with the same fields and skills, which the coordinator edits and publishes", async () => {
    const { id } = await services.opportunities.publish(
      coordinator,
      validTask({ title: `Origineel ${run}`, skills: ["boodschappen", "tuinieren"], vogRequired: "on", minAge: 18 }),
    );
    const copy = await services.opportunities.duplicate(coordinator, id);
    expect(copy.id).not.toBe(id);
    const [original, duplicated] = await Promise.all([rowOf(id), rowOf(copy.id)]);
    expect(duplicated).toMatchObject({
      status: "draft",
      published_at: null,
      series_id: null,
      organisation_id: organisationId,
      title: original.title,
      spots: original.spots,
      min_age: 18,
      vog_required: true,
    });
    const skills = await db
      .selectFrom("opportunity_skills")
      .select("skill_slug")
      .where("opportunity_id", "=", copy.id)
      .orderBy("skill_slug")
      .execute();
    expect(skills.map((s) => s.skill_slug)).toEqual(["boodschappen", "tuinieren"]);
    // Hidden until published: not a card, but the coordinator sees it.
    expect(await services.opportunities.getCard(copy.id)).toBeNull();
    await expectDomainError(services.opportunities.getDetail(volunteer, copy.id), "not_found");

    const editable = await services.opportunities.getEditable(coordinator, copy.id);
    expect(editable.values).toMatchObject({
      title: original.title,
      skills: ["boodschappen", "tuinieren"],
      minAge: "18",
    });
    await services.opportunities.update(coordinator, copy.id, {
      ...edited(),
      title: `Kopie ${run}`,
      startsAt: toAmsterdamInputValue(inDays(12)),
      endsAt: toAmsterdamInputValue(inDays(12, 12)),
    });
    await services.opportunities.resume(coordinator, copy.id);
    expect(await rowOf(copy.id)).toMatchObject({ status: "open", title: `Kopie ${run}` });
    expect((await rowOf(copy.id)).published_at).toBeInstanceOf(Date);
  });
});

describe("a repeating klus", () => {
  it("becomes one dated klus per week in a series, at 10:00 Amsterdam time across the change to winter time", async () => {
    const { id, ids } = await services.opportunities.publish(
      coordinator,
      validTask({
        title: `Wekelijkse koffieochtend ${run}`,
        startsAt: "2099-10-13T10:00",
        endsAt: "2099-10-13T12:00",
        repeat: "weekly",
        repeatUntil: "2099-11-03",
      }),
    );
    expect(ids).toHaveLength(4);
    expect(ids[0]).toBe(id);
    const rows = await db.selectFrom("opportunities").selectAll().where("id", "in", ids).orderBy("starts_at").execute();
    expect(rows.map((row) => row.starts_at && toAmsterdamInputValue(row.starts_at))).toEqual([
      "2099-10-13T10:00",
      "2099-10-20T10:00",
      "2099-10-27T10:00",
      "2099-11-03T10:00",
    ]);
    expect(rows.map((row) => row.ends_at && toAmsterdamInputValue(row.ends_at))).toEqual([
      "2099-10-13T12:00",
      "2099-10-20T12:00",
      "2099-10-27T12:00",
      "2099-11-03T12:00",
    ]);
    // Summer time (UTC+2) before 25 October 2099, winter time (UTC+1) after.
    expect(rows[0]?.starts_at?.toISOString()).toBe("2099-10-13T08:00:00.000Z");
    expect(rows[3]?.starts_at?.toISOString()).toBe("2099-11-03T09:00:00.000Z");
    const seriesIds = new Set(rows.map((row) => row.series_id));
    expect(seriesIds.size).toBe(1);
    const [seriesId] = [...seriesIds];
    const series = await db
      .selectFrom("opportunity_series")
      .selectAll()
      .where("id", "=", seriesId!)
      .executeTakeFirstOrThrow();
    expect(series).toMatchObject({ organisation_id: organisationId, recurrence: "weekly" });
    for (const occurrence of ids) expect(await outboxCount(occurrence)).toBe(1);
  });

  it.each([
    ["no end date", { repeatUntil: "" }, "opportunities:errors.repeatUntil.required"],
    [
      "an end date before the second date",
      { repeatUntil: "2099-10-15" },
      "opportunities:errors.repeatUntil.beforeSecond",
    ],
    ["more than 52 dates", { repeatUntil: "2101-01-01" }, "opportunities:errors.repeatUntil.tooMany"],
    ["a day that does not exist", { repeatUntil: "2099-02-30" }, "opportunities:errors.repeatUntil.invalid"],
  ])("is refused with %s, and nothing is written", async (_what, overrides, message) => {
    const title = `Reeks ${run} ${Math.random().toString(36).slice(2, 6)}`;
    const error = await expectDomainError(
      services.opportunities.publish(
        coordinator,
        validTask({
          title,
          startsAt: "2099-10-13T10:00",
          endsAt: "2099-10-13T12:00",
          repeat: "weekly",
          ...overrides,
        }),
      ),
      "invalid",
    );
    expect(error.fieldErrors.repeatUntil).toContain(message);
    expect(await db.selectFrom("opportunities").select("id").where("title", "=", title).execute()).toEqual([]);
  });
});

describe("the organisation's overview", () => {
  it("counts spots, active claims, waitlist and applications per status", async () => {
    const organisation = await createOrganisation(db, { name: `Overzicht ${run}` });
    const owner = userActor((await createCoordinator(db, organisation)).user.id);
    const task = await services.opportunities.publish(owner, validTask({ organisationId: organisation.id, spots: 2 }));
    const vacancy = await services.opportunities.publish(owner, {
      organisationId: organisation.id,
      kind: "vacancy",
      title: `Penningmeester ${run}`,
      description: "Voor onze buurtvereniging zoeken we iemand die de kas bijhoudt.",
      place: "online",
      hoursPerWeek: 2,
      period: "Een jaar",
      selectionSteps: "Kennismaken, dan een proefdag",
    });
    const people = await createVolunteers(db, 6);
    await createClaim(db, { opportunityId: task.id, volunteerId: people[0]!.id, status: "active" });
    await createClaim(db, { opportunityId: task.id, volunteerId: people[1]!.id, status: "active" });
    await createClaim(db, { opportunityId: task.id, volunteerId: people[2]!.id, status: "waitlisted" });
    await createClaim(db, { opportunityId: task.id, volunteerId: people[3]!.id, status: "cancelled" });
    await db
      .insertInto("applications")
      .values([
        { opportunity_id: vacancy.id, volunteer_id: people[0]!.id, status: "new", motivation: "Graag!" },
        { opportunity_id: vacancy.id, volunteer_id: people[1]!.id, status: "new", motivation: "Ik kan rekenen." },
        { opportunity_id: vacancy.id, volunteer_id: people[2]!.id, status: "placed", motivation: "Ja." },
        { opportunity_id: vacancy.id, volunteer_id: people[3]!.id, status: "declined", motivation: "Misschien." },
      ])
      .execute();
    await services.opportunities.pause(owner, vacancy.id);

    const overview = await services.opportunities.listForOrganisation(owner, organisation.id);
    expect(overview.name).toBe(`Overzicht ${run}`);
    expect(overview.opportunities.map((o) => o.id)).toEqual([task.id, vacancy.id]);
    expect(overview.opportunities[0]).toMatchObject({
      kind: "task",
      status: "open",
      spots: 2,
      activeClaims: 2,
      waitlisted: 1,
      applications: { total: 0 },
    });
    expect(overview.opportunities[1]).toMatchObject({
      kind: "vacancy",
      status: "paused",
      activeClaims: 0,
      applications: { new: 2, in_conversation: 0, placed: 1, declined: 1, withdrawn: 0, expired: 0, total: 4 },
    });
    const mine = await services.opportunities.listMyOverviews(owner);
    expect(mine.map((o) => o.id)).toEqual([organisation.id]);
  });
});

describe("when Meilisearch cannot be reached", () => {
  it("still publishes, edits, pauses and closes; the outbox keeps the rows for later", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (!address || typeof address === "string") throw new Error("no port");
    const down = createServices({
      ...t,
      meili: new Meilisearch({ host: `http://127.0.0.1:${address.port}`, timeout: 500 }),
    });

    const { id, ids } = await down.opportunities.publish(
      coordinator,
      validTask({
        startsAt: "2099-05-05T10:00",
        endsAt: "2099-05-05T12:00",
        repeat: "biweekly",
        repeatUntil: "2099-05-19",
      }),
    );
    expect(ids).toHaveLength(2);
    await down.opportunities.update(
      coordinator,
      id,
      edited({ startsAt: "2099-05-05T10:00", endsAt: "2099-05-05T12:00", spots: 8 }),
    );
    await down.opportunities.pause(coordinator, id);
    await down.opportunities.close(coordinator, id);
    expect(await rowOf(id)).toMatchObject({ status: "closed", spots: 8 });
    expect(await outboxCount(id)).toBe(4);
  });
});
