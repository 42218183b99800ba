import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Trx } from "../../../db/connect";
import type { Locale, RoleSlug } from "../../../db/schema";
import { anonymous, type Actor } from "../actor";
import { conflict, DomainError, invalid } from "../errors";
import type { ServiceDependencies } from "../services";
import { logInSchema, signUpSchema, type LogInInput, type SignUpInput } from "./accounts.schemas";
import * as repo from "./accounts.repository";
import * as failures from "./login-failures.repository";
import { hashPassword, verifyPassword } from "./passwords";

/**
 * How long a session lasts. Fixed, not sliding: the session cookie (server/http/cookies.ts) has the
 * same max-age and is only written at log-in, so extending the row alone would not keep anyone logged in.
 */
export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;

// Our ids are 43 base64url characters; fixtures may use UUIDs. Anything else is not looked up.
const sessionIdPattern = /^[A-Za-z0-9_-]{16,128}$/;

export interface AccountUser {
  id: string;
  /** Null for people who joined with an invite code and a login name instead. */
  email: string | null;
  loginName: string | null;
  displayName: string;
  locale: Locale;
  roles: RoleSlug[];
}

/** What `openAccount` needs; input parsed by the calling use case. */
export interface NewAccount {
  email: string | null;
  loginName?: string;
  displayName: string;
  password: string;
  locale: Locale;
  roles: RoleSlug[];
  previousSessionId?: string;
  withinTransaction?: (trx: Trx, userId: string) => Promise<void>;
}

export interface SignedIn {
  sessionId: string;
  user: AccountUser;
}

const optionalSessionId = z.string().max(256).optional();
const signUpServiceInput = z.intersection(
  signUpSchema,
  z.object({ locale: z.enum(["nl", "en"]).default("nl"), previousSessionId: optionalSessionId }),
);
const logInServiceInput = logInSchema.extend({ previousSessionId: optionalSessionId });

/**
 * Wrong passwords allowed per account (known or not) within the window, on top of Express' limit per
 * address: an attacker rotating addresses (or a botnet) still gets only this many guesses per account.
 */
export const LOGIN_FAILURES_PER_ACCOUNT = 10;
export const LOGIN_FAILURE_WINDOW_MINUTES = 15;

/** Parses service input with Zod; a bad value becomes an 'invalid' domain error with i18n keys per field. */
function parseInput<T extends z.ZodTypeAny>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  throw invalid("The input is not valid", fieldErrors);
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: unknown; constraint_name?: unknown } | null;
  return e?.code === "23505" && e.constraint_name === constraint;
}

function newSessionId(): string {
  return randomBytes(32).toString("base64url");
}

/** Sign-up, log-in and sessions; the session row in PostgreSQL is the only truth, the cookie holds its id. */
export function createAccountsService(deps: Pick<ServiceDependencies, "db" | "events" | "logger" | "config">) {
  const { db, events } = deps;
  const failuresPerAccount = Math.round(LOGIN_FAILURES_PER_ACCOUNT * deps.config.rateLimitMultiplier);

  // After commit: the ended session's open sockets (on every process) must stop acting for it.
  function sessionEnded(sessionId: string | undefined | false) {
    if (!sessionId) return;
    try {
      events.publish("session.ended", { sessionId });
    } catch (error) {
      deps.logger.error({ err: error }, "a domain event listener failed");
    }
  }

  /**
   * Counts this attempt against the account before the password is checked, under a per-account lock:
   * checking first and recording only after the (slow) hash would let parallel guesses all pass the
   * check. A successful log-in removes the account's rows again. Refused attempts are not counted, so
   * the lock lifts 15 minutes after the failures, however long someone keeps trying. Old rows are
   * deleted by a scheduled job (forgetOldLogInFailures), not here: deleting every account's old rows
   * in each attempt would make concurrent log-ins wait on each other's row locks.
   */
  const takeLogInAttempt = (key: Buffer) =>
    db.transaction().execute(async (trx) => {
      await failures.lockAccount(trx, key);
      if ((await failures.countRecentFailures(trx, key, LOGIN_FAILURE_WINDOW_MINUTES)) >= failuresPerAccount) {
        throw new DomainError("rate_limited", "Too many wrong log-ins for this account; wait 15 minutes");
      }
      await failures.insertFailure(trx, key);
    });

  // Verifying against this hash when no user has the e-mail address makes a log-in take about as
  // long whether or not the account exists (OWASP Authentication Cheat Sheet, "Authentication Responses").
  let dummyHash: Promise<string> | undefined;
  const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

  /** The session's actor and time left by the database's clock; an expired row is deleted. */
  async function readSession(sessionId: string): Promise<{ actor: Actor; msLeft: number | null }> {
    if (typeof sessionId !== "string" || !sessionIdPattern.test(sessionId)) return { actor: anonymous, msLeft: null };
    const session = await repo.findSession(db, sessionId);
    if (!session) return { actor: anonymous, msLeft: null };
    if (session.expired) {
      await repo.deleteSession(db, sessionId);
      return { actor: anonymous, msLeft: null };
    }
    return { actor: { kind: "user", userId: session.userId, roles: session.roles }, msLeft: session.msLeft };
  }

  /**
   * Creates a user with `roles` (a volunteer also gets an empty profile) and a session in one
   * transaction; `withinTransaction` adds what the caller needs (an organisation, a membership) in
   * the same transaction, so a refusal there leaves no account behind. A used e-mail address is a
   * 'conflict' on the e-mail field.
   */
  async function openAccount(input: NewAccount): Promise<SignedIn> {
    const passwordHash = await hashPassword(input.password);
    const sessionId = newSessionId();
    let endedSessionId: string | false = false;
    try {
      const user = await db.transaction().execute(async (trx) => {
        const user = await repo.insertUser(trx, {
          email: input.email,
          loginName: input.loginName,
          displayName: input.displayName,
          passwordHash,
          locale: input.locale,
        });
        for (const role of input.roles) await repo.insertRole(trx, user.id, role);
        if (input.roles.includes("volunteer")) await repo.insertEmptyVolunteerProfile(trx, user.id);
        await input.withinTransaction?.(trx, user.id);
        if (input.previousSessionId && (await repo.deleteSession(trx, input.previousSessionId))) {
          endedSessionId = input.previousSessionId;
        }
        await repo.insertSession(trx, {
          id: sessionId,
          userId: user.id,
          expiresAt: new Date(Date.now() + sessionLifetimeMs),
        });
        return user;
      });
      sessionEnded(endedSessionId);
      return { sessionId, user: { ...user, roles: [...input.roles].sort() } };
    } catch (error) {
      if (isUniqueViolation(error, "users_email_unique")) {
        throw conflict("This e-mail address already has an account", { email: ["accounts:errors.email.taken"] });
      }
      throw error;
    }
  }

  return {
    openAccount,

    /**
     * Creates a volunteer account (user, role 'volunteer', empty profile) and a session in one transaction.
     *
     * A used address is told as such ('conflict' on the e-mail field, with a pointer to log in).
     * OWASP's way to avoid account enumeration at sign-up is to always answer "we sent you an
     * e-mail", which needs e-mail verification that Noaber does not have yet; without it, a person
     * who already has an account would be left guessing why nothing works, and our users are often
     * not at ease online. OWASP accepts this trade-off when sign-up is rate limited
     * (https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#authentication-and-error-messages):
     * each attempt costs an argon2 hash, POST /aanmelden should be rate limited like /inloggen, and
     * log-in itself never tells whether an address has an account.
     */
    async signUp(
      _actor: Actor,
      input: SignUpInput & { locale?: Locale; previousSessionId?: string },
    ): Promise<SignedIn> {
      const data = parseInput(signUpServiceInput, input);
      return openAccount({ ...data, roles: ["volunteer"] });
    },

    /**
     * Checks e-mail and password and starts a NEW session; a session id the browser already had is
     * deleted (session fixation). A wrong address and a wrong password give the same error. After too
     * many wrong attempts on one address, known or not, it refuses with 'rate_limited' for a while.
     */
    async logIn(_actor: Actor, input: LogInInput & { previousSessionId?: string }): Promise<SignedIn> {
      const data = parseInput(logInServiceInput, input);
      const key = failures.accountKey(data.email);
      await takeLogInAttempt(key);
      const found = await repo.findUserByLogInName(db, data.email);
      const passwordMatches = found
        ? await verifyPassword(found.passwordHash, data.password)
        : (await verifyPassword(await getDummyHash(), data.password), false);
      if (!found || !passwordMatches) {
        throw invalid("E-mail address or password is wrong");
      }
      const sessionId = newSessionId();
      let endedSessionId: string | false = false;
      const roles = await db.transaction().execute(async (trx) => {
        if (data.previousSessionId && (await repo.deleteSession(trx, data.previousSessionId))) {
          endedSessionId = data.previousSessionId;
        }
        await failures.deleteFailuresOf(trx, key);
        await repo.deleteExpiredSessionsOf(trx, found.id);
        await repo.insertSession(trx, {
          id: sessionId,
          userId: found.id,
          expiresAt: new Date(Date.now() + sessionLifetimeMs),
        });
        return repo.listRoles(trx, found.id);
      });
      sessionEnded(endedSessionId);
      const { passwordHash: _hash, ...user } = found;
      return { sessionId, user: { ...user, roles } };
    },

    /** Deletes log-in failures that no longer count (older than the window); a scheduled job. */
    async forgetOldLogInFailures(now: Date): Promise<{ deleted: number }> {
      const before = new Date(now.getTime() - LOGIN_FAILURE_WINDOW_MINUTES * 60_000);
      return { deleted: await failures.deleteFailuresBefore(db, before) };
    },

    /** Ends the session (and its open sockets); an unknown id is fine (logging out twice is not an error). */
    async logOut(sessionId: string): Promise<void> {
      if (!sessionIdPattern.test(sessionId)) return;
      if (await repo.deleteSession(db, sessionId)) sessionEnded(sessionId);
    },

    /** Who holds this session id: anonymous when it is unknown or has run out (an expired row is deleted). */
    async actorForSession(sessionId: string): Promise<Actor> {
      return (await readSession(sessionId)).actor;
    },

    /**
     * The actor of a session id and how long the session has left by the database's clock (null when
     * anonymous); a socket uses it to hang up when the session runs out.
     */
    session: readSession,

    /** The logged-in user's account, or null for an anonymous actor (or a user deleted meanwhile). */
    async getUser(actor: Actor): Promise<AccountUser | null> {
      if (actor.kind !== "user") return null;
      const user = await repo.findUserById(db, actor.userId);
      return user ? { ...user, roles: actor.roles } : null;
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
