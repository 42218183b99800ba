import { beforeAll, describe, expect, it } from "vitest";
import {
  addMembership,
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createUser,
  createVolunteer,
} from "../../../../db/factories";
import type { Actor } from "../../../../server/domain/actor";
import { DomainError } from "../../../../server/domain/errors";
import type { PublishOpportunityRequest } from "../../../../server/domain/opportunities/opportunities.schemas";
import { createTestServices } from "../../../support/context";
import { inDays } from "../../../support/dates";

const t = createTestServices();
const { db, services, events } = t;
const anonymous: Actor = { kind: "anonymous" };
const run = Math.random().toString(36).slice(2, 8);

let organisationId: string;
let otherOrganisationId: string;
let coordinator: Actor;

const validTask = (overrides: Partial<PublishOpportunityRequest> = {}): PublishOpportunityRequest => ({
  organisationId,
  kind: "task",
  title: `Boodschappen voor de buren ${run}`,
  description: "Twee uur boodschappen doen voor buren die slecht ter been zijn.",
  place: "BU00140403",
  startsAt: inDays(3),
  endsAt: inDays(3, 12),
  spots: 2,
  skills: ["boodschappen"],
  ...overrides,
});

async function rowsWithTitle(title: string) {
  return db.selectFrom("opportunities").select("id").where("title", "=", title).execute();
}

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

beforeAll(async () => {
  const organisation = await createOrganisation(db, { name: `Wijkcentrum De Oosterpoort ${run}` });
  organisationId = organisation.id;
  otherOrganisationId = (await createOrganisation(db)).id;
  const { user } = await createCoordinator(db, organisation);
  coordinator = { kind: "user", userId: user.id, roles: ["organisation_coordinator"] };
});

describe("publish", () => {
  it("stores the klus, its skills and an outbox row, and announces it after commit", async () => {
    const title = `Boodschappen ${run} ${Date.now()}`;
    let seenInEvent: unknown = "not yet";
    const committed = new Promise<void>((resolve) => {
      const off = events.subscribe("opportunity.published", ({ opportunityId }) => {
        off();
        // Another connection from the pool: it only sees the row once the transaction committed.
        void db
          .selectFrom("opportunities")
          .select(["id", "status"])
          .where("id", "=", opportunityId)
          .executeTakeFirst()
          .then((row) => {
            seenInEvent = row;
            resolve();
          });
      });
    });

    const { id, kind } = await services.opportunities.publish(coordinator, validTask({ title }));
    await committed;
    expect(kind).toBe("task");
    expect(seenInEvent).toEqual({ id, status: "open" });

    const row = await db.selectFrom("opportunities").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      organisation_id: organisationId,
      status: "open",
      spots: 2,
      buurt_code: "BU00140403",
      is_online: false,
    });
    expect(row.published_at).toBeInstanceOf(Date);
    expect(row.created_by).toBe(coordinator.kind === "user" ? coordinator.userId : null);
    const skills = await db
      .selectFrom("opportunity_skills")
      .select("skill_slug")
      .where("opportunity_id", "=", id)
      .execute();
    expect(skills.map((s) => s.skill_slug)).toEqual(["boodschappen"]);
    const outbox = await db.selectFrom("search_outbox").selectAll().where("opportunity_id", "=", id).execute();
    expect(outbox).toHaveLength(1);
  });

  it("accepts what a form sends: strings, 'on' and Dutch wall-clock time", async () => {
    const title = `Formulierklus ${run}`;
    const { id } = await services.opportunities.publish(coordinator, {
      organisationId,
      kind: "task",
      title,
      description: "Stoelen klaarzetten en koffie schenken bij de buurtavond in het wijkcentrum.",
      place: "online",
      startsAt: "2099-07-01T10:00",
      endsAt: "2099-07-01T12:30",
      spots: "12",
      skills: "bar-en-gastvrijheid",
      languages: ["nl", "en"],
      suitableNewcomers: "on",
    });
    const row = await db.selectFrom("opportunities").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    // July: Amsterdam is UTC+2.
    expect(row.starts_at?.toISOString()).toBe("2099-07-01T08:00:00.000Z");
    expect(row.ends_at?.toISOString()).toBe("2099-07-01T10:30:00.000Z");
    expect(row).toMatchObject({
      spots: 12,
      is_online: true,
      buurt_code: null,
      suitable_newcomers: true,
      vog_required: false,
    });
    expect(row.languages).toEqual(["nl", "en"]);
  });

  it("publishes a vacature without date or spots", async () => {
    const { id } = await services.opportunities.publish(coordinator, {
      organisationId,
      kind: "vacancy",
      title: `Gastvrouw buurthuis ${run}`,
      description: "Elke dinsdagochtend mensen welkom heten in het buurthuis en koffie zetten.",
      place: "BU00140403",
      hoursPerWeek: "3,5",
      // Sent by a form that first had "klus" chosen; a vacature has no date or spots of its own.
      startsAt: "2000-01-01T10:00",
      spots: 0,
    });
    const row = await db.selectFrom("opportunities").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: "vacancy", starts_at: null, ends_at: null, spots: null, hours_per_week: "3.5" });
  });

  describe("only a coordinator of the organisation may publish", () => {
    it("refuses a visitor who is not logged in", async () => {
      await expectDomainError(services.opportunities.publish(anonymous, validTask()), "unauthenticated");
    });

    it("refuses a volunteer, a plain member and a coordinator of another organisation; nothing is written", async () => {
      const { user: volunteer } = await createVolunteer(db);
      const member = await createUser(db);
      await addMembership(db, organisationId, member.id, "member");
      const { user: otherCoordinator } = await createCoordinator(db, { id: otherOrganisationId, kind: "organisation" });
      const actors: Actor[] = [
        { kind: "user", userId: volunteer.id, roles: ["volunteer"] },
        { kind: "user", userId: member.id, roles: ["organisation_coordinator"] },
        { kind: "user", userId: otherCoordinator.id, roles: ["organisation_coordinator"] },
      ];
      let published = 0;
      const off = events.subscribe("opportunity.published", () => published++);
      for (const [i, actor] of actors.entries()) {
        const title = `Verboden ${run} ${i}`;
        await expectDomainError(services.opportunities.publish(actor, validTask({ title })), "forbidden");
        expect(await rowsWithTitle(title)).toEqual([]);
      }
      off();
      expect(published).toBe(0);
    });
  });

  describe("bad input is refused with field errors, and nothing is written", () => {
    const cases: Array<[string, Partial<PublishOpportunityRequest>, string, string]> = [
      ["a title that is too short", { title: "Hoi" }, "title", "opportunities:errors.title.tooShort"],
      ["a title that is too long", { title: "x".repeat(121) }, "title", "opportunities:errors.title.tooLong"],
      [
        "HTML in the description",
        { description: "Kom helpen! <script>alert(1)</script> Graag tot dan." },
        "description",
        "opportunities:errors.noHtml",
      ],
      [
        "a description that is too short",
        { description: "Kom helpen" },
        "description",
        "opportunities:errors.description.tooShort",
      ],
      [
        "a start in the past",
        { startsAt: inDays(-1), endsAt: inDays(1) },
        "startsAt",
        "opportunities:errors.startsAt.past",
      ],
      [
        "an end before the start",
        { startsAt: inDays(4), endsAt: inDays(3) },
        "endsAt",
        "opportunities:errors.endsAt.beforeStart",
      ],
      ["a klus without a date", { startsAt: undefined }, "startsAt", "opportunities:errors.startsAt.required"],
      [
        "a date that does not exist",
        { startsAt: "2099-02-31T10:00" },
        "startsAt",
        "opportunities:errors.startsAt.invalid",
      ],
      ["no spots", { spots: 0 }, "spots", "opportunities:errors.spots.range"],
      ["too many spots", { spots: 501 }, "spots", "opportunities:errors.spots.range"],
      ["no place", { place: "" }, "place", "opportunities:errors.place.required"],
      ["a buurt that does not exist", { place: "BU99999999" }, "place", "opportunities:errors.place.unknown"],
      ["a skill that does not exist", { skills: ["raketbouw"] }, "skills", "opportunities:errors.skills.unknown"],
      ["an unknown language", { languages: ["xx"] }, "languages", "opportunities:errors.languages.invalid"],
    ];

    it.each(cases)("%s", async (_name, overrides, field, message) => {
      const title = overrides.title ?? `Foutief ${run} ${field} ${Math.random()}`;
      const error = await expectDomainError(
        services.opportunities.publish(coordinator, validTask({ ...overrides, title })),
        "invalid",
      );
      expect(error.fieldErrors[field]).toContain(message);
      expect(await rowsWithTitle(title)).toEqual([]);
    });

    it("reports every field's problem at once", async () => {
      const error = await expectDomainError(
        services.opportunities.publish(coordinator, {
          organisationId,
          kind: "task",
          title: "",
          description: "",
          place: "",
        }),
        "invalid",
      );
      expect(Object.keys(error.fieldErrors).sort()).toEqual([
        "description",
        "endsAt",
        "place",
        "spots",
        "startsAt",
        "title",
      ]);
    });
  });
});

describe("reading", () => {
  it("shows the detail page with organisation, place names and skill labels", async () => {
    const { id } = await services.opportunities.publish(
      coordinator,
      validTask({ title: `Detailklus ${run}`, skills: ["boodschappen", "autorijden"], vogRequired: true }),
    );
    const detail = await services.opportunities.getDetail(anonymous, id);
    expect(detail).toMatchObject({
      id,
      kind: "task",
      status: "open",
      organisation: { id: organisationId, name: `Wijkcentrum De Oosterpoort ${run}` },
      buurt: { code: "BU00140403", name: "Florabuurt" },
      wijk: { code: "WK001404" },
      gebied: { slug: "oude-wijken", name: "Oude Wijken" },
      flags: { vogRequired: true, suitableNewcomers: false },
      canManage: false,
    });
    expect(detail.skills.map((s) => s.slug).sort()).toEqual(["autorijden", "boodschappen"]);
    expect(detail.skills.find((s) => s.slug === "boodschappen")).toMatchObject({
      nameNl: "Boodschappen doen",
      nameEn: "Grocery shopping",
    });
    expect((await services.opportunities.getDetail(coordinator, id)).canManage).toBe(true);
  });

  it("hides a draft from everyone but the organisation's coordinators", async () => {
    const draft = await createOpportunity(db, { organisation_id: organisationId, status: "draft" });
    await expectDomainError(services.opportunities.getDetail(anonymous, draft.id), "not_found");
    const { user } = await createVolunteer(db);
    await expectDomainError(
      services.opportunities.getDetail({ kind: "user", userId: user.id, roles: ["volunteer"] }, draft.id),
      "not_found",
    );
    expect((await services.opportunities.getDetail(coordinator, draft.id)).status).toBe("draft");
    expect(await services.opportunities.getCard(draft.id)).toBeNull();
  });

  it("answers not found for an id that is not a uuid", async () => {
    await expectDomainError(services.opportunities.getDetail(anonymous, "../../../../etc"), "not_found");
    expect(await services.opportunities.getCard("nope")).toBeNull();
  });

  it("lists the newest open klussen and vacatures, without klussen that are over", async () => {
    const over = await createOpportunity(db, {
      organisation_id: organisationId,
      kind: "task",
      starts_at: inDays(-2),
      ends_at: inDays(-2, 12),
    });
    const { id: fresh } = await services.opportunities.publish(coordinator, validTask({ title: `Nieuwste ${run}` }));
    const tasks = await services.opportunities.listNewest({ kind: "task", limit: 50 });
    expect(tasks[0]?.id).toBe(fresh);
    expect(tasks.every((card) => card.kind === "task")).toBe(true);
    expect(tasks.map((card) => card.id)).not.toContain(over.id);
    const vacancies = await services.opportunities.listNewest({ kind: "vacancy", limit: 5 });
    expect(vacancies.every((card) => card.kind === "vacancy")).toBe(true);
    expect(vacancies.length).toBeLessThanOrEqual(5);

    const card = await services.opportunities.getCard(fresh);
    expect(card).toMatchObject({
      id: fresh,
      kind: "task",
      buurtName: "Florabuurt",
      spots: 2,
      organisationName: `Wijkcentrum De Oosterpoort ${run}`,
    });
    expect(card?.excerpt).toContain("boodschappen");
  });

  it("lists the organisations a coordinator may publish for", async () => {
    expect(await services.opportunities.listMyOrganisations(coordinator)).toEqual([
      { id: organisationId, name: `Wijkcentrum De Oosterpoort ${run}` },
    ]);
    await expectDomainError(services.opportunities.listMyOrganisations(anonymous), "unauthenticated");
  });
});
