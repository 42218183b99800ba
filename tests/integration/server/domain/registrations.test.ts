import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser, grantRole } from "../../../../db/factories";
import { anonymous, type Actor } from "../../../../server/domain/actor";
import { DomainError } from "../../../../server/domain/errors";
import type { RegisterOrganisationInput } from "../../../../server/domain/registrations/registrations.schemas";
import { createTestServices } from "../../../support/context";

const { db, services } = createTestServices();

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => new Error("expected a DomainError"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

function businessInput(overrides: Partial<RegisterOrganisationInput> = {}): RegisterOrganisationInput {
  return {
    kind: "business",
    organisationName: `Bakkerij Test ${randomUUID().slice(0, 6)}`,
    displayName: "Sanne de Bakker",
    email: `sanne-${randomUUID().slice(0, 8)}@bakkerij.example`,
    password: "een-lang-wachtwoord-2026",
    buurtCode: "BU00140403",
    description: "Wij bakken brood in de Florabuurt en helpen graag mee.",
    consent: true,
    ...overrides,
  };
}

async function gemeente(): Promise<Actor> {
  const user = await createUser(db);
  await grantRole(db, user.id, "gemeente");
  return { kind: "user", userId: user.id, roles: ["gemeente"] };
}

async function actorOf(sessionId: string): Promise<Actor> {
  return services.accounts.actorForSession(sessionId);
}

describe("registering a business or partner", () => {
  it("creates a pending business whose coordinator cannot publish until the municipality approves it", async () => {
    const registered = await services.registrations.register(anonymous, businessInput());
    const coordinator = await actorOf(registered.sessionId);
    expect(coordinator).toMatchObject({ kind: "user", roles: ["business_coordinator"] });
    expect(await services.registrations.myStatuses(coordinator)).toEqual([
      expect.objectContaining({ id: registered.organisationId, state: "pending" }),
    ]);
    expect(await services.opportunities.listMyOrganisations(coordinator)).toEqual([]);
    const refused = await rejection(
      services.opportunities.publish(coordinator, {
        organisationId: registered.organisationId,
        kind: "task",
        title: "Hulp gezocht bij de buurtavond",
        description: "Stoelen klaarzetten en koffie schenken bij de buurtavond in het wijkcentrum.",
        place: "online",
        startsAt: "2099-07-01T10:00",
        endsAt: "2099-07-01T12:30",
        spots: "4",
      }),
    );
    expect(refused.code).toBe("forbidden");

    const staff = await gemeente();
    const pending = await services.registrations.listPending(staff);
    expect(pending.map((row) => row.id)).toContain(registered.organisationId);

    await services.registrations.decide(staff, { organisationId: registered.organisationId, decision: "approve" });
    const row = await db
      .selectFrom("organisations")
      .select(["approved_at", "approved_by"])
      .where("id", "=", registered.organisationId)
      .executeTakeFirstOrThrow();
    expect(row.approved_at).toBeInstanceOf(Date);
    const told = await db
      .selectFrom("notifications")
      .select(["kind", "link"])
      .where("user_id", "=", registered.user.id)
      .execute();
    expect(told).toEqual([{ kind: "registrationApproved", link: "/groep" }]);
    expect(row.approved_by).toBe(staff.kind === "user" ? staff.userId : "");
    expect(await services.opportunities.listMyOrganisations(coordinator)).toEqual([
      expect.objectContaining({ id: registered.organisationId }),
    ]);
    expect((await services.registrations.listPending(staff)).map((r) => r.id)).not.toContain(registered.organisationId);
  });

  it("records a refusal with its reason, and a second decision is a conflict", async () => {
    const registered = await services.registrations.register(
      anonymous,
      businessInput({ kind: "partner", partnerType: "coa", organisationName: `COA Test ${randomUUID().slice(0, 6)}` }),
    );
    const staff = await gemeente();
    await services.registrations.decide(staff, {
      organisationId: registered.organisationId,
      decision: "reject",
      reason: "Wij kennen deze locatie niet.",
    });
    const coordinator = await actorOf(registered.sessionId);
    expect(await services.registrations.myStatuses(coordinator)).toEqual([
      expect.objectContaining({ state: "rejected", rejectionReason: "Wij kennen deze locatie niet." }),
    ]);
    const again = await rejection(
      services.registrations.decide(staff, { organisationId: registered.organisationId, decision: "approve" }),
    );
    expect(again.code).toBe("conflict");
  });

  it("asks a partner for its type and refuses an unknown buurt, beside the fields", async () => {
    const error = await rejection(
      services.registrations.register(anonymous, businessInput({ kind: "partner", buurtCode: "BU99999999" })),
    );
    expect(error.fieldErrors.partnerType).toEqual(["registrations:errors.partnerType"]);
    const buurt = await rejection(
      services.registrations.register(anonymous, businessInput({ buurtCode: "BU99999999" })),
    );
    expect(buurt.fieldErrors.buurtCode).toEqual(["registrations:errors.buurt.required"]);
  });

  it("lets only the municipality list and decide registrations", async () => {
    const registered = await services.registrations.register(anonymous, businessInput());
    const coordinator = await actorOf(registered.sessionId);
    expect((await rejection(services.registrations.listPending(coordinator))).code).toBe("forbidden");
    expect(
      (
        await rejection(
          services.registrations.decide(coordinator, {
            organisationId: registered.organisationId,
            decision: "approve",
          }),
        )
      ).code,
    ).toBe("forbidden");
    expect((await rejection(services.registrations.listPending(anonymous))).code).toBe("unauthenticated");
  });
});
