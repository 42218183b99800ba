import { sql } from "kysely";
import type { DbOrTrx, Trx } from "../../../db/connect";
import type { DigestFrequency, Locale } from "../../../db/schema";
import { CONFIRM_WINDOW_MS } from "../claims/confirm-window";

/** A person's mail settings with the defaults filled in (no row: e-mail on, hourly, no quiet hours, not paused). */
export interface MailSettings {
  userId: string;
  /** Null for people without an address (they read notifications in the app only). */
  email: string | null;
  locale: Locale;
  displayName: string;
  emailEnabled: boolean;
  digestFrequency: DigestFrequency;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
  /** "YYYY-MM-DD" or null. */
  pausedUntil: string | null;
  lastDigestAt: Date | null;
}

function selectSettings(db: DbOrTrx) {
  return db
    .selectFrom("users as u")
    .leftJoin("notification_preferences as p", "p.user_id", "u.id")
    .select([
      "u.id as userId",
      "u.email",
      "u.locale",
      "u.display_name as displayName",
      (eb) => eb.fn.coalesce("p.email_enabled", sql<boolean>`true`).as("emailEnabled"),
      (eb) => eb.fn.coalesce("p.digest_frequency", sql<DigestFrequency>`'hourly'`).as("digestFrequency"),
      "p.quiet_hours_start as quietHoursStart",
      "p.quiet_hours_end as quietHoursEnd",
      sql<string | null>`to_char(p.alerts_paused_until, 'YYYY-MM-DD')`.as("pausedUntil"),
      "p.last_digest_at as lastDigestAt",
    ]);
}

export async function findSettings(db: DbOrTrx, userId: string): Promise<MailSettings | undefined> {
  return selectSettings(db).where("u.id", "=", userId).executeTakeFirst();
}

export async function savePreferences(
  db: DbOrTrx,
  userId: string,
  values: {
    emailEnabled: boolean;
    digestFrequency: DigestFrequency;
    quietHoursStart: number | null;
    quietHoursEnd: number | null;
    pausedUntil: string | null;
  },
) {
  const row = {
    email_enabled: values.emailEnabled,
    digest_frequency: values.digestFrequency,
    quiet_hours_start: values.quietHoursStart,
    quiet_hours_end: values.quietHoursEnd,
    alerts_paused_until: values.pausedUntil,
  };
  await db
    .insertInto("notification_preferences")
    .values({ user_id: userId, ...row })
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ ...row, updated_at: sql<Date>`now()` }))
    .execute();
}

/** People with unread, un-e-mailed notifications created in [since, until], with their settings. */
export async function digestCandidates(db: DbOrTrx, since: Date, until: Date, limit: number) {
  return selectSettings(db)
    .where("u.email", "is not", null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("notifications as n")
          .select("n.id")
          .whereRef("n.user_id", "=", "u.id")
          .where("n.read_at", "is", null)
          .where("n.emailed_at", "is", null)
          .where("n.created_at", ">=", since)
          .where("n.created_at", "<=", until),
      ),
    )
    .orderBy("u.id")
    .limit(limit)
    .execute();
}

/**
 * Marks a person's unread, un-e-mailed notifications of [since, until] as e-mailed and returns them,
 * oldest first; a concurrent round finds none of them any more.
 */
export async function takeForDigest(trx: Trx, userId: string, since: Date, until: Date, now: Date) {
  const rows = await trx
    .updateTable("notifications")
    .set({ emailed_at: now })
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .where("emailed_at", "is", null)
    .where("created_at", ">=", since)
    .where("created_at", "<=", until)
    .returning(["id", "kind", "data", "link", "created_at"])
    .execute();
  return rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id));
}

/** Marks one notification as e-mailed, unless it was read or e-mailed already. */
export async function takeOne(trx: Trx, notificationId: string, now: Date) {
  return trx
    .updateTable("notifications")
    .set({ emailed_at: now })
    .where("id", "=", notificationId)
    .where("read_at", "is", null)
    .where("emailed_at", "is", null)
    .returning(["id", "user_id", "kind", "data", "link", "created_at"])
    .executeTakeFirst();
}

export async function setLastDigest(trx: Trx, userId: string, now: Date) {
  await trx
    .insertInto("notification_preferences")
    .values({ user_id: userId, last_digest_at: now })
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ last_digest_at: now }))
    .execute();
}

/** The live claims (active or waitlisted) of a klus. */
export async function liveClaims(trx: Trx, opportunityId: string) {
  return trx
    .selectFrom("claims")
    .select(["id", "volunteer_id as volunteerId", "status"])
    .where("opportunity_id", "=", opportunityId)
    .where("status", "in", ["active", "waitlisted"])
    .execute();
}

/** Asks the active claimants of a klus to confirm again (also those who confirmed an earlier change). */
export async function requestChangeConfirmation(trx: Trx, opportunityId: string, now: Date) {
  await trx
    .updateTable("claims")
    .set({ change_confirm_requested_at: now, change_confirmed_at: null })
    .where("opportunity_id", "=", opportunityId)
    .where("status", "=", "active")
    .execute();
}

/** The actor's active claims whose klus changed and that they have not confirmed yet. */
export async function pendingConfirmations(db: DbOrTrx, volunteerId: string, now: Date) {
  return db
    .selectFrom("claims as c")
    .innerJoin("opportunities as o", "o.id", "c.opportunity_id")
    .leftJoin("buurten as b", "b.code", "o.buurt_code")
    .select([
      "c.id as claimId",
      "o.id as opportunityId",
      "o.title",
      "o.starts_at as startsAt",
      "o.ends_at as endsAt",
      "o.address",
      "o.is_online as isOnline",
      "b.name as buurtName",
    ])
    .where("c.volunteer_id", "=", volunteerId)
    .where("c.status", "=", "active")
    .where("c.change_confirm_requested_at", "is not", null)
    .where("c.change_confirmed_at", "is", null)
    .where("o.status", "!=", "closed")
    .where((eb) => eb.or([eb("o.starts_at", "is", null), eb("o.starts_at", ">", now)]))
    .orderBy("o.starts_at")
    .execute();
}

/**
 * Records "Ik kom nog steeds" after a change; false when there was nothing to confirm. Said within the
 * confirm window before the start, it is the day-before "Ik kom" as well (one answer, so the question
 * and the coordinator's flag follow it).
 */
export async function confirmChange(db: DbOrTrx, claimId: string, volunteerId: string, now: Date): Promise<boolean> {
  const windowOpens = sql`(select o.starts_at from opportunities o where o.id = claims.opportunity_id)
    - ${`${CONFIRM_WINDOW_MS} milliseconds`}::interval`;
  const result = await db
    .updateTable("claims")
    .set({
      change_confirmed_at: now,
      confirmed_at: sql<Date | null>`case when confirmed_at is null and ${windowOpens} <= ${now}::timestamptz
        then ${now}::timestamptz else confirmed_at end`,
    })
    .where("id", "=", claimId)
    .where("volunteer_id", "=", volunteerId)
    .where("status", "=", "active")
    .where("change_confirm_requested_at", "is not", null)
    .where("change_confirmed_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
