import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  createCoordinator,
  createOpportunities,
  createOpportunity,
  createOrganisation,
  createVolunteer,
} from "../../../../db/factories";
import { anonymous, type Actor } from "../../../../server/domain/actor";
import { DomainError } from "../../../../server/domain/errors";
import { createTestServices } from "../../../support/context";

const { db, services } = createTestServices();

const motivation = "Ik help graag mee, want ik woon vlakbij en heb op dinsdag tijd.";
const HOUR = 3_600_000;

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => new Error("expected a DomainError"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe("not_found");
}

describe("getPage", () => {
  it("shows the organisation with its buurt, listed vacatures and upcoming klussen, soonest klus first", async () => {
    const organisation = await createOrganisation(db, {
      name: "Buurtvereniging Test",
      description: "Wij helpen elkaar in de buurt.",
      buurt_code: "BU00140403",
      website: "https://buurt.example.org",
    });
    const now = Date.now();
    const [later, sooner, vacancy] = await createOpportunities(db, [
      { organisation_id: organisation.id, title: "Later", starts_at: new Date(now + 10 * 24 * HOUR) },
      { organisation_id: organisation.id, title: "Sooner", starts_at: new Date(now + 2 * 24 * HOUR) },
      { organisation_id: organisation.id, kind: "vacancy", title: "Vacature" },
      // Not listed: over, a draft, a closed vacature.
      { organisation_id: organisation.id, title: "Over", starts_at: new Date(now - 3 * 24 * HOUR) },
      { organisation_id: organisation.id, title: "Draft", status: "draft" },
      { organisation_id: organisation.id, kind: "vacancy", title: "Closed", status: "closed" },
    ]);
    // Someone else's klus never shows up here.
    await createOpportunity(db, { title: "Elders" });

    const page = await services.organisations.getPage(anonymous, { id: organisation.id });

    expect(page).toMatchObject({
      id: organisation.id,
      name: "Buurtvereniging Test",
      kind: "organisation",
      description: "Wij helpen elkaar in de buurt.",
      buurtName: "Florabuurt",
      wijkName: expect.any(String),
      website: "https://buurt.example.org",
      canManage: false,
      response: { rate: null, medianHours: null },
    });
    expect(page.tasks.map((card) => card.id)).toEqual([sooner!.id, later!.id]);
    expect(page.vacancies.map((card) => card.id)).toEqual([vacancy!.id]);
    expect(page.tasks[0]).toMatchObject({ kind: "task", organisationName: "Buurtvereniging Test" });
  });

  it("gives the figures of how the organisation answers applications", async () => {
    const organisation = await createOrganisation(db);
    const vacancy = await createOpportunity(db, { kind: "vacancy", organisation_id: organisation.id });
    // Two applications of some weeks ago: one answered after 4 hours, one after 30 hours.
    const created = new Date(Date.now() - 21 * 24 * HOUR);
    for (const afterHours of [4, 30]) {
      const { user } = await createVolunteer(db);
      await db
        .insertInto("applications")
        .values({
          opportunity_id: vacancy.id,
          volunteer_id: user.id,
          motivation,
          status: "in_conversation",
          created_at: created,
          first_response_at: new Date(created.getTime() + afterHours * HOUR),
        })
        .execute();
    }

    const page = await services.organisations.getPage(anonymous, { id: organisation.id });

    expect(page.response).toEqual({ rate: 1, medianHours: 17 });
  });

  it("tells a coordinator of the organisation that they can manage it, and nobody else", async () => {
    const organisation = await createOrganisation(db);
    const { user } = await createCoordinator(db, organisation);
    const coordinator: Actor = { kind: "user", userId: user.id, roles: ["organisation_coordinator"] };
    const volunteer = await createVolunteer(db);
    const someone: Actor = { kind: "user", userId: volunteer.user.id, roles: ["volunteer"] };

    expect((await services.organisations.getPage(coordinator, { id: organisation.id })).canManage).toBe(true);
    expect((await services.organisations.getPage(someone, { id: organisation.id })).canManage).toBe(false);
  });

  it("is not_found for an unknown or malformed id", async () => {
    await expectNotFound(services.organisations.getPage(anonymous, { id: randomUUID() }));
    await expectNotFound(services.organisations.getPage(anonymous, { id: "not-a-uuid" }));
    await expectNotFound(services.organisations.getPage(anonymous, { id: "" }));
  });
});
