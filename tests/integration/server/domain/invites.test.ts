import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCoordinator, createOrganisation, createVolunteer } from "../../../../db/factories";
import type { PartnerType } from "../../../../db/schema";
import { anonymous, type Actor } from "../../../../server/domain/actor";
import { DomainError } from "../../../../server/domain/errors";
import type { InviteSignUpInput } from "../../../../server/domain/invites/invites.schemas";
import { createTestServices } from "../../../support/context";

const { db, services } = createTestServices();
const DAY = 24 * 60 * 60 * 1000;

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => new Error("expected a DomainError"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

async function group(kind: "business" | "partner" = "partner", partnerType: PartnerType | null = "coa") {
  const organisation = await createOrganisation(db, {
    kind,
    partner_type: kind === "partner" ? partnerType : null,
    buurt_code: "BU00140403",
  });
  const { user } = await createCoordinator(db, organisation);
  const coordinator: Actor = {
    kind: "user",
    userId: user.id,
    roles: [kind === "business" ? "business_coordinator" : "partner_coordinator"],
  };
  return { organisation, coordinator };
}

function resident(code: string, overrides: Partial<InviteSignUpInput> = {}): InviteSignUpInput {
  return {
    code,
    displayName: "Amal",
    languages: ["ar", "en"],
    password: "mijn-eigen-wachtwoord-7",
    consent: true,
    ...overrides,
  };
}

describe("invite codes", () => {
  it("lets a COA resident join without e-mail, as a member, and log in again with the login name", async () => {
    const { organisation, coordinator } = await group();
    const { code } = await services.invites.create(coordinator, {
      organisationId: organisation.id,
      expiresOn: inDays(14),
      maxUses: 5,
    });
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);

    const joined = await services.invites.signUp(anonymous, resident(code.toLowerCase()));
    expect(joined.loginName).toMatch(/^amal-\d{4}$/);
    expect(joined.user.email).toBeNull();

    const again = await services.accounts.logIn(anonymous, {
      email: joined.loginName!.toUpperCase(),
      password: "mijn-eigen-wachtwoord-7",
    });
    expect(again.user.id).toBe(joined.user.id);

    const members = await services.invites.members(coordinator, { organisationId: organisation.id });
    expect(members).toEqual([
      { userId: joined.user.id, displayName: "Amal", languages: ["ar", "en"], joinedAt: expect.any(Date) as unknown },
    ]);
    // What a coordinator gets holds no contact details at all.
    expect(Object.keys(members[0]!).sort()).toEqual(["displayName", "joinedAt", "languages", "userId"]);

    const [invite] = await services.invites.list(coordinator, { organisationId: organisation.id });
    expect(invite).toMatchObject({ code, uses: 1, usesLeft: 4, state: "active" });
  });

  it("says why a code cannot be used: unknown, expired, used up or revoked, and creates no account", async () => {
    const { organisation, coordinator } = await group("business", null);
    const once = await services.invites.create(coordinator, {
      organisationId: organisation.id,
      expiresOn: inDays(3),
      maxUses: 1,
    });
    await services.invites.signUp(anonymous, resident(once.code, { email: `collega-${randomUUID()}@example.test` }));

    const revoked = await services.invites.create(coordinator, {
      organisationId: organisation.id,
      expiresOn: inDays(3),
      maxUses: 3,
    });
    await services.invites.revoke(coordinator, { organisationId: organisation.id, inviteId: revoked.id });

    const expiring = await services.invites.create(coordinator, {
      organisationId: organisation.id,
      expiresOn: inDays(1),
      maxUses: 3,
    });
    const later = new Date(Date.now() + 3 * DAY);

    const usersBefore = await db.selectFrom("users").select(db.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    const cases: Array<[() => Promise<unknown>, string]> = [
      [() => services.invites.signUp(anonymous, resident("ZZZZZZZZ")), "invites:errors.code.unknown"],
      [() => services.invites.signUp(anonymous, resident(once.code)), "invites:errors.code.usedUp"],
      [() => services.invites.signUp(anonymous, resident(revoked.code)), "invites:errors.code.revoked"],
      [() => services.invites.signUp(anonymous, resident(expiring.code), later), "invites:errors.code.expired"],
    ];
    for (const [attempt, message] of cases) {
      const error = await rejection(attempt());
      expect(error.code).toBe("invalid");
      expect(error.fieldErrors.code).toEqual([message]);
    }
    const usersAfter = await db.selectFrom("users").select(db.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    expect(usersAfter.n).toBe(usersBefore.n);
    expect(await services.invites.describe({ code: revoked.code })).toEqual({ problem: "invites:errors.code.revoked" });
    expect(await services.invites.describe({ code: expiring.code })).toMatchObject({
      organisation: { id: organisation.id },
    });
  });

  it("never lets more people join than the code allows, even all at once", async () => {
    const { organisation, coordinator } = await group();
    const { code } = await services.invites.create(coordinator, {
      organisationId: organisation.id,
      expiresOn: inDays(7),
      maxUses: 3,
    });
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        services.invites.signUp(anonymous, resident(code, { displayName: `Lid ${i}` })),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const result of results.filter((r) => r.status === "rejected")) {
      expect((result.reason as DomainError).fieldErrors.code).toEqual(["invites:errors.code.usedUp"]);
    }
    const row = await db.selectFrom("invite_codes").select("uses").where("code", "=", code).executeTakeFirstOrThrow();
    expect(row.uses).toBe(3);
    expect(await services.invites.members(coordinator, { organisationId: organisation.id })).toHaveLength(3);
  });

  it("keeps each business or partner to its own codes and people", async () => {
    const mine = await group();
    const theirs = await group("business", null);
    const { id } = await services.invites.create(theirs.coordinator, {
      organisationId: theirs.organisation.id,
      expiresOn: inDays(7),
      maxUses: 2,
    });
    const attempts = [
      () => services.invites.list(mine.coordinator, { organisationId: theirs.organisation.id }),
      () => services.invites.members(mine.coordinator, { organisationId: theirs.organisation.id }),
      () =>
        services.invites.create(mine.coordinator, {
          organisationId: theirs.organisation.id,
          expiresOn: inDays(7),
          maxUses: 2,
        }),
      () => services.invites.revoke(mine.coordinator, { organisationId: theirs.organisation.id, inviteId: id }),
      () => services.partners.forGroup(mine.coordinator, { organisationId: theirs.organisation.id }),
    ];
    for (const attempt of attempts) expect((await rejection(attempt())).code).toBe("forbidden");
    // Revoking another's code through one's own organisation finds nothing.
    const viaOwn = await rejection(
      services.invites.revoke(mine.coordinator, { organisationId: mine.organisation.id, inviteId: id }),
    );
    expect(viaOwn.code).toBe("not_found");
    const [stillThere] = await services.invites.list(theirs.coordinator, { organisationId: theirs.organisation.id });
    expect(stillThere?.state).toBe("active");
  });

  it("refuses an expiry date in the past, and codes for volunteers", async () => {
    const { organisation, coordinator } = await group();
    const past = await rejection(
      services.invites.create(coordinator, { organisationId: organisation.id, expiresOn: inDays(-1), maxUses: 2 }),
    );
    expect(past.fieldErrors.expiresOn).toEqual(["invites:errors.expiresOn.range"]);
    const { user } = await createVolunteer(db);
    const volunteer: Actor = { kind: "user", userId: user.id, roles: ["volunteer"] };
    expect(
      (
        await rejection(
          services.invites.create(volunteer, { organisationId: organisation.id, expiresOn: inDays(2), maxUses: 2 }),
        )
      ).code,
    ).toBe("forbidden");
  });
});
