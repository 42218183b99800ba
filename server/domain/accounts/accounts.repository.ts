import { sql } from "kysely";
import type { DbOrTrx, Trx } from "../../../db/connect";
import type { Locale, RoleSlug } from "../../../db/schema";

export interface UserRow {
  id: string;
  email: string | null;
  /** Set for people who joined without an e-mail address; they log in with it. */
  loginName: string | null;
  displayName: string;
  locale: Locale;
}

/**
 * The user with this e-mail address or login name, compared without regard to case (as the unique
 * indexes do). Login names never hold an "@", so the form of `name` says which column to look in.
 */
export async function findUserByLogInName(
  db: DbOrTrx,
  name: string,
): Promise<(UserRow & { passwordHash: string }) | undefined> {
  const column = name.includes("@") ? "email" : "login_name";
  return db
    .selectFrom("users")
    .select([
      "id",
      "email",
      "login_name as loginName",
      "display_name as displayName",
      "locale",
      "password_hash as passwordHash",
    ])
    .where(sql<string>`lower(${sql.ref(column)})`, "=", name.toLowerCase())
    .executeTakeFirst();
}

export async function loginNameTaken(db: DbOrTrx, loginName: string): Promise<boolean> {
  const row = await db
    .selectFrom("users")
    .select("id")
    .where(sql<string>`lower(login_name)`, "=", loginName.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

export async function findUserById(db: DbOrTrx, userId: string): Promise<UserRow | undefined> {
  return db
    .selectFrom("users")
    .select(["id", "email", "login_name as loginName", "display_name as displayName", "locale"])
    .where("id", "=", userId)
    .executeTakeFirst();
}

export async function listRoles(db: DbOrTrx, userId: string): Promise<RoleSlug[]> {
  const rows = await db
    .selectFrom("user_roles")
    .select("role_slug")
    .where("user_id", "=", userId)
    .orderBy("role_slug")
    .execute();
  return rows.map((row) => row.role_slug);
}

/** Inserts the user; a used e-mail address (any case) violates `users_email_unique` and throws. */
export async function insertUser(
  trx: Trx,
  user: { email: string | null; loginName?: string; displayName: string; passwordHash: string; locale: Locale },
): Promise<UserRow> {
  return trx
    .insertInto("users")
    .values({
      email: user.email,
      login_name: user.loginName ?? null,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      locale: user.locale,
    })
    .returning(["id", "email", "login_name as loginName", "display_name as displayName", "locale"])
    .executeTakeFirstOrThrow();
}

export async function insertRole(trx: Trx, userId: string, role: RoleSlug): Promise<void> {
  await trx.insertInto("user_roles").values({ user_id: userId, role_slug: role }).execute();
}

export async function insertEmptyVolunteerProfile(trx: Trx, userId: string): Promise<void> {
  await trx.insertInto("volunteer_profiles").values({ user_id: userId }).execute();
}

export async function insertSession(
  db: DbOrTrx,
  session: { id: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({ id: session.id, user_id: session.userId, expires_at: session.expiresAt })
    .execute();
}

/** The session with its user's roles; `expired` is decided by the database clock, like the cleanup. */
export async function findSession(
  db: DbOrTrx,
  sessionId: string,
): Promise<{ userId: string; expired: boolean; msLeft: number; roles: RoleSlug[] } | undefined> {
  const row = await db
    .selectFrom("sessions")
    .select((eb) => [
      "sessions.user_id as userId",
      sql<boolean>`sessions.expires_at <= now()`.as("expired"),
      sql<string>`floor(extract(epoch from sessions.expires_at - now()) * 1000)`.as("msLeft"),
      eb
        .selectFrom("user_roles")
        .select(sql<RoleSlug[]>`coalesce(array_agg(role_slug order by role_slug), '{}')`.as("roles"))
        .whereRef("user_roles.user_id", "=", "sessions.user_id")
        .as("roles"),
    ])
    .where("sessions.id", "=", sessionId)
    .executeTakeFirst();
  return row
    ? { userId: row.userId, expired: row.expired, msLeft: Number(row.msLeft), roles: row.roles ?? [] }
    : undefined;
}

/** Deletes a session; true when there was one. */
export async function deleteSession(db: DbOrTrx, sessionId: string): Promise<boolean> {
  const result = await db.deleteFrom("sessions").where("id", "=", sessionId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Lazy cleanup: drops the user's sessions that have run out (uses the sessions_user_idx index). */
export async function deleteExpiredSessionsOf(db: DbOrTrx, userId: string): Promise<void> {
  await db
    .deleteFrom("sessions")
    .where("user_id", "=", userId)
    .where("expires_at", "<=", sql<Date>`now()`)
    .execute();
}

/** The name other people see of a user (never their contact details). */
export async function displayNameOf(db: DbOrTrx, userId: string): Promise<string> {
  const row = await db.selectFrom("users").select("display_name").where("id", "=", userId).executeTakeFirst();
  return row?.display_name ?? "";
}

export async function userHasRole(db: DbOrTrx, userId: string, role: RoleSlug): Promise<boolean> {
  const row = await db
    .selectFrom("user_roles")
    .select("user_id")
    .where("user_id", "=", userId)
    .where("role_slug", "=", role)
    .executeTakeFirst();
  return row !== undefined;
}
