import { createHash, randomUUID } from "node:crypto";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createVolunteer, defaultTestPassword } from "../../../../db/factories";
import { LOGIN_FAILURES_PER_ACCOUNT } from "../../../../server/domain/accounts/accounts.service";
import { anonymous } from "../../../../server/domain/actor";
import { isDomainError } from "../../../../server/domain/errors";
import { createTestServices } from "../../../support/context";

const { db, services } = createTestServices();
const accounts = services.accounts;

const uniqueEmail = () => `onbekend-${randomUUID().slice(0, 8)}@example.test`;
const sha256 = (text: string) => createHash("sha256").update(text).digest();

/** The outcome of one log-in: "ok", or the domain error's code. */
async function logIn(email: string, password: string) {
  try {
    await accounts.logIn(anonymous, { email, password });
    return "ok";
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
}

async function wrongLogIns(email: string, times: number) {
  const outcomes: string[] = [];
  for (let i = 0; i < times; i++) outcomes.push(await logIn(email, `verkeerd-${i}`));
  return outcomes;
}

const rowsOf = (email: string) =>
  db.selectFrom("login_failures").selectAll().where("account_hash", "=", sha256(email.trim().toLowerCase())).execute();

describe("wrong log-ins per account", () => {
  it(`refuses an account after ${LOGIN_FAILURES_PER_ACCOUNT} wrong passwords, even the right one, and no other account`, async () => {
    const { user } = await createVolunteer(db);
    const other = await createVolunteer(db);
    expect(await wrongLogIns(user.email, LOGIN_FAILURES_PER_ACCOUNT)).toEqual(
      Array(LOGIN_FAILURES_PER_ACCOUNT).fill("invalid"),
    );
    expect(await logIn(user.email, "nog-een-poging")).toBe("rate_limited");
    expect(await logIn(user.email, defaultTestPassword)).toBe("rate_limited");
    // Any case and spacing of the address is the same account, as at log-in.
    expect(await logIn(`  ${user.email.toUpperCase()} `, defaultTestPassword)).toBe("rate_limited");
    expect(await logIn(other.user.email, defaultTestPassword)).toBe("ok");
    // Refused attempts are not counted, so the lock lifts 15 minutes after the failures.
    expect(await rowsOf(user.email)).toHaveLength(LOGIN_FAILURES_PER_ACCOUNT);
  });

  it("limits an unknown address exactly like a known one, storing only a hash of it", async () => {
    const email = uniqueEmail();
    expect(await wrongLogIns(email, LOGIN_FAILURES_PER_ACCOUNT + 2)).toEqual([
      ...Array(LOGIN_FAILURES_PER_ACCOUNT).fill("invalid"),
      "rate_limited",
      "rate_limited",
    ]);
    const rows = await rowsOf(email);
    expect(rows).toHaveLength(LOGIN_FAILURES_PER_ACCOUNT);
    const stored = await sql<{
      n: string;
    }>`select count(*) as n from login_failures where encode(account_hash, 'escape') like ${`%${email}%`}`.execute(db);
    expect(stored.rows[0]?.n).toBe("0");
  });

  it("clears an account's failures at a successful log-in", async () => {
    const { user } = await createVolunteer(db);
    await wrongLogIns(user.email, LOGIN_FAILURES_PER_ACCOUNT - 1);
    expect(await logIn(user.email, defaultTestPassword)).toBe("ok");
    expect(await rowsOf(user.email)).toEqual([]);
    expect(await wrongLogIns(user.email, LOGIN_FAILURES_PER_ACCOUNT)).not.toContain("rate_limited");
    expect(await logIn(user.email, defaultTestPassword)).toBe("rate_limited");
  });

  it("counts parallel guesses exactly", async () => {
    const { user } = await createVolunteer(db);
    const outcomes = await Promise.all(Array.from({ length: 25 }, (_, i) => logIn(user.email, `parallel-${i}`)));
    expect(outcomes.filter((o) => o === "invalid")).toHaveLength(LOGIN_FAILURES_PER_ACCOUNT);
    expect(outcomes.filter((o) => o === "rate_limited")).toHaveLength(25 - LOGIN_FAILURES_PER_ACCOUNT);
  });

  it("counts only the last 15 minutes, and a job forgets older failures", async () => {
    const { user } = await createVolunteer(db);
    const recent = uniqueEmail();
    await wrongLogIns(user.email, LOGIN_FAILURES_PER_ACCOUNT);
    await wrongLogIns(recent, 1);
    await db
      .updateTable("login_failures")
      .set({ attempted_at: sql`now() - interval '16 minutes'` })
      .where("account_hash", "=", sha256(user.email))
      .execute();
    expect(await logIn(user.email, defaultTestPassword)).toBe("ok");

    await wrongLogIns(user.email, 2);
    await db
      .updateTable("login_failures")
      .set({ attempted_at: sql`now() - interval '16 minutes'` })
      .where("account_hash", "=", sha256(user.email))
      .execute();
    const { deleted } = await accounts.forgetOldLogInFailures(new Date());
    expect(deleted).toBeGreaterThanOrEqual(2);
    expect(await rowsOf(user.email)).toEqual([]);
    expect(await rowsOf(recent)).toHaveLength(1);
  });
});

describe("wrong log-ins per account under a rate limit multiplier", () => {
  const relaxed = createTestServices({ rateLimitMultiplier: 2 }).services.accounts;
  it("allows the multiplied number", async () => {
    const email = uniqueEmail();
    const outcomes: string[] = [];
    for (let i = 0; i <= 2 * LOGIN_FAILURES_PER_ACCOUNT; i++) {
      outcomes.push(
        await relaxed.logIn(anonymous, { email, password: "verkeerd" }).then(
          () => "ok",
          (error: unknown) => (isDomainError(error) ? error.code : "other"),
        ),
      );
    }
    expect(outcomes.filter((o) => o === "invalid")).toHaveLength(2 * LOGIN_FAILURES_PER_ACCOUNT);
    expect(outcomes.at(-1)).toBe("rate_limited");
  });
});
