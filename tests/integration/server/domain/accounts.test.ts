import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createUser, createVolunteer, defaultTestPassword, grantRole } from "../../../../db/factories";
import { sessionLifetimeMs } from "../../../../server/domain/accounts/accounts.service";
import { anonymous } from "../../../../server/domain/actor";
import { DomainError } from "../../../../server/domain/errors";
import { createTestServices } from "../../../support/context";

const { db, services } = createTestServices();
const accounts = services.accounts;

const uniqueEmail = () => `vrijwilliger-${randomUUID().slice(0, 8)}@example.test`;
const goodPassword = "lange-zin-met-veel-letters";

function signUpInput(overrides: Partial<Parameters<typeof accounts.signUp>[1]> = {}) {
  return { displayName: "Anna de Vries", email: uniqueEmail(), password: goodPassword, consent: true, ...overrides };
}

/**
 * Rows that belong to the given e-mail addresses (any case): users, and their roles, profiles and
 * sessions. Scoped, because other test files write users at the same time.
 */
async function countRows(emails: string[]) {
  const lowered = emails.map((e) => e.trim().toLowerCase());
  const ids = (
    await db
      .selectFrom("users")
      .select("id")
      .where(sql<string>`lower(email)`, "in", lowered)
      .execute()
  ).map((u) => u.id);
  const count = async (table: "user_roles" | "volunteer_profiles" | "sessions") =>
    ids.length === 0
      ? 0
      : Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as("n"))
              .where("user_id", "in", ids)
              .executeTakeFirstOrThrow()
          ).n,
        );
  return {
    users: ids.length,
    userRoles: await count("user_roles"),
    profiles: await count("volunteer_profiles"),
    sessions: await count("sessions"),
  };
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function sessionExists(id: string) {
  return (await db.selectFrom("sessions").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}

describe("signUp", () => {
  it("creates the user, the volunteer role, an empty profile and a session in one go", async () => {
    const input = signUpInput({ locale: "en" });
    const { sessionId, user } = await accounts.signUp(anonymous, input);

    expect(user).toMatchObject({
      email: input.email,
      displayName: "Anna de Vries",
      locale: "en",
      roles: ["volunteer"],
    });
    const stored = await db.selectFrom("users").selectAll().where("id", "=", user.id).executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect(stored.password_hash).not.toContain(goodPassword);
    const roles = await db.selectFrom("user_roles").select("role_slug").where("user_id", "=", user.id).execute();
    expect(roles.map((r) => r.role_slug)).toEqual(["volunteer"]);
    const profile = await db
      .selectFrom("volunteer_profiles")
      .selectAll()
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(profile).toMatchObject({ home_buurt_code: null, languages: [], availability: [], interests: [], about: "" });
    expect(await accounts.actorForSession(sessionId)).toEqual({ kind: "user", userId: user.id, roles: ["volunteer"] });
  });

  it("refuses an e-mail address that already has an account, also in another case, and writes nothing", async () => {
    const email = uniqueEmail();
    await accounts.signUp(anonymous, signUpInput({ email }));
    const before = await countRows([email]);
    expect(before).toEqual({ users: 1, userRoles: 1, profiles: 1, sessions: 1 });

    for (const again of [email, email.toUpperCase(), `  ${email.replace("vrijwilliger", "VrijWilliger")} `]) {
      const error = await rejection(
        accounts.signUp(anonymous, signUpInput({ email: again, displayName: "Iemand anders" })),
      );
      expect(error.code).toBe("conflict");
      expect(error.fieldErrors).toEqual({ email: ["accounts:errors.email.taken"] });
    }
    expect(await countRows([email])).toEqual(before);
  });

  it("refuses weak, too long and e-mail-like passwords, HTML in the name and a missing consent, writing nothing", async () => {
    const email = uniqueEmail();
    const cases: Array<[Partial<Parameters<typeof accounts.signUp>[1]>, string, string]> = [
      [{ password: "kort" }, "password", "accounts:errors.password.tooShort"],
      [{ password: "x".repeat(129) }, "password", "accounts:errors.password.tooLong"],
      [{ password: "Wachtwoord123" }, "password", "accounts:errors.password.common"],
      [
        { email: "zelfde-als@example.test", password: "Zelfde-Als@example.test" },
        "password",
        "accounts:errors.password.sameAsEmail",
      ],
      [{ displayName: "<script>alert(1)</script>" }, "displayName", "accounts:errors.displayName.characters"],
      [{ displayName: "Anna\u202Eevil" }, "displayName", "accounts:errors.displayName.characters"],
      [{ displayName: "   " }, "displayName", "accounts:errors.displayName.required"],
      [{ displayName: "a".repeat(81) }, "displayName", "accounts:errors.displayName.tooLong"],
      [{ email: "geen-adres" }, "email", "accounts:errors.email.invalid"],
      [{ consent: false }, "consent", "accounts:errors.consent.required"],
    ];
    const tried: string[] = [];
    for (const [overrides, field, message] of cases) {
      const input = signUpInput({ email, ...overrides });
      tried.push(input.email);
      const error = await rejection(accounts.signUp(anonymous, input));
      expect(error.code, JSON.stringify(overrides)).toBe("invalid");
      expect(error.fieldErrors[field], JSON.stringify(overrides)).toContain(message);
    }
    expect(await countRows(tried)).toEqual({ users: 0, userRoles: 0, profiles: 0, sessions: 0 });
  });

  it("keeps a name with accents, non-Latin script and a zero-width non-joiner", async () => {
    const { user } = await accounts.signUp(anonymous, signUpInput({ displayName: "  Zoë می\u200Cخواهم  " }));
    expect(user.displayName).toBe("Zoë می\u200Cخواهم");
  });

  it("deletes the session the browser had before", async () => {
    const first = await accounts.signUp(anonymous, signUpInput());
    const second = await accounts.signUp(anonymous, signUpInput({ previousSessionId: first.sessionId }));
    expect(await sessionExists(first.sessionId)).toBe(false);
    expect(await sessionExists(second.sessionId)).toBe(true);
  });
});

describe("logIn", () => {
  it("logs in with the right password, whatever the case of the e-mail address", async () => {
    const { user } = await createVolunteer(db);
    const result = await accounts.logIn(anonymous, {
      email: `  ${user.email.toUpperCase()} `,
      password: defaultTestPassword,
    });
    expect(result.user).toEqual({
      id: user.id,
      email: user.email,
      loginName: null,
      displayName: user.display_name,
      locale: "nl",
      roles: ["volunteer"],
    });
    expect(result.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await accounts.actorForSession(result.sessionId)).toEqual({
      kind: "user",
      userId: user.id,
      roles: ["volunteer"],
    });
  });

  it("gives the same error for a wrong password and an unknown address, and creates no session", async () => {
    const { user } = await createVolunteer(db);
    const unknownEmail = uniqueEmail();
    const before = await countRows([user.email, unknownEmail]);
    const wrongPassword = await rejection(
      accounts.logIn(anonymous, { email: user.email, password: "niet-het-goede-wachtwoord" }),
    );
    const unknownUser = await rejection(
      accounts.logIn(anonymous, { email: unknownEmail, password: defaultTestPassword }),
    );
    expect(wrongPassword.code).toBe("invalid");
    expect(unknownUser.code).toBe(wrongPassword.code);
    expect(unknownUser.message).toBe(wrongPassword.message);
    expect(unknownUser.fieldErrors).toEqual(wrongPassword.fieldErrors);
    expect(await countRows([user.email, unknownEmail])).toEqual(before);
  });

  it("refuses a stored hash that is not argon2 instead of crashing", async () => {
    const user = await createUser(db, { password_hash: "not-a-hash" });
    const error = await rejection(accounts.logIn(anonymous, { email: user.email, password: "not-a-hash" }));
    expect(error.code).toBe("invalid");
  });

  it("rejects an empty form with field errors", async () => {
    const error = await rejection(accounts.logIn(anonymous, { email: "", password: "" }));
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors).toEqual({
      email: expect.arrayContaining(["accounts:errors.email.required"]) as unknown,
      password: ["accounts:errors.password.required"],
    });
  });

  it("rotates the session: the id the browser had is deleted, another user's session is untouched", async () => {
    const { user } = await createVolunteer(db);
    const other = await createVolunteer(db);
    const otherSession = await accounts.logIn(anonymous, { email: other.user.email, password: defaultTestPassword });
    const old = await accounts.logIn(anonymous, { email: user.email, password: defaultTestPassword });

    const fresh = await accounts.logIn(anonymous, {
      email: user.email,
      password: defaultTestPassword,
      previousSessionId: old.sessionId,
    });

    expect(fresh.sessionId).not.toBe(old.sessionId);
    expect(await sessionExists(old.sessionId)).toBe(false);
    expect(await accounts.actorForSession(old.sessionId)).toEqual(anonymous);
    expect(await sessionExists(fresh.sessionId)).toBe(true);
    expect(await sessionExists(otherSession.sessionId)).toBe(true);
  });

  it("cleans up the user's expired sessions", async () => {
    const { user } = await createVolunteer(db);
    const expiredId = randomUUID();
    await db
      .insertInto("sessions")
      .values({ id: expiredId, user_id: user.id, expires_at: new Date(Date.now() - 1000) })
      .execute();
    await accounts.logIn(anonymous, { email: user.email, password: defaultTestPassword });
    expect(await sessionExists(expiredId)).toBe(false);
  });

  it("returns every role the user has", async () => {
    const { user } = await createVolunteer(db);
    await grantRole(db, user.id, "gemeente");
    const { sessionId, user: loggedIn } = await accounts.logIn(anonymous, {
      email: user.email,
      password: defaultTestPassword,
    });
    expect(loggedIn.roles).toEqual(["gemeente", "volunteer"]);
    expect(await accounts.actorForSession(sessionId)).toEqual({
      kind: "user",
      userId: user.id,
      roles: ["gemeente", "volunteer"],
    });
  });
});

describe("sessions", () => {
  it("logOut ends the session; logging out twice is fine", async () => {
    const { sessionId } = await accounts.signUp(anonymous, signUpInput());
    await accounts.logOut(sessionId);
    expect(await sessionExists(sessionId)).toBe(false);
    expect(await accounts.actorForSession(sessionId)).toEqual(anonymous);
    await expect(accounts.logOut(sessionId)).resolves.toBeUndefined();
  });

  it("an expired session is anonymous and is deleted", async () => {
    const { sessionId } = await accounts.signUp(anonymous, signUpInput());
    await db
      .updateTable("sessions")
      .set({ expires_at: sql<Date>`now() - interval '1 second'` })
      .where("id", "=", sessionId)
      .execute();
    expect(await accounts.actorForSession(sessionId)).toEqual(anonymous);
    expect(await sessionExists(sessionId)).toBe(false);
  });

  it("a session lasts as long as the cookie", async () => {
    const { sessionId } = await accounts.signUp(anonymous, signUpInput());
    const row = await db
      .selectFrom("sessions")
      .select(["created_at", "expires_at"])
      .where("id", "=", sessionId)
      .executeTakeFirstOrThrow();
    expect(row.expires_at.getTime() - row.created_at.getTime()).toBeGreaterThan(sessionLifetimeMs - 60_000);
    expect(row.expires_at.getTime() - row.created_at.getTime()).toBeLessThan(sessionLifetimeMs + 60_000);
  });

  it("unknown, malformed and empty session ids are anonymous", async () => {
    for (const id of [randomUUID(), "x", "", "'; drop table sessions; --", "a".repeat(500)]) {
      expect(await accounts.actorForSession(id)).toEqual(anonymous);
    }
  });

  it("getUser returns the account of a user and null for anonymous", async () => {
    const { sessionId, user } = await accounts.signUp(anonymous, signUpInput());
    const actor = await accounts.actorForSession(sessionId);
    expect(await accounts.getUser(actor)).toEqual(user);
    expect(await accounts.getUser(anonymous)).toBeNull();
  });
});
