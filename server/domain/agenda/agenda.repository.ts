import type { DbOrTrx } from "../../../db/connect";

function selectClaims(db: DbOrTrx) {
  return db
    .selectFrom("claims as c")
    .innerJoin("opportunities as o", "o.id", "c.opportunity_id")
    .innerJoin("organisations as org", "org.id", "o.organisation_id")
    .leftJoin("buurten as b", "b.code", "o.buurt_code")
    .select([
      "c.id",
      "c.status",
      "c.attendance",
      "c.hours",
      "c.updated_at",
      "o.id as opportunity_id",
      "o.title",
      "o.starts_at",
      "o.ends_at",
      "o.address",
      "o.is_online",
      "b.name as buurt_name",
      "org.name as organisation_name",
    ]);
}

export type ClaimRow = Awaited<ReturnType<ReturnType<typeof selectClaims>["execute"]>>[number];

/** Live claims (active or on the waitlist) on klussen that have not ended, soonest first. */
export async function upcomingClaims(db: DbOrTrx, volunteerId: string, now: Date) {
  return selectClaims(db)
    .where("c.volunteer_id", "=", volunteerId)
    .where("c.status", "in", ["active", "waitlisted"])
    .where("o.ends_at", ">", now)
    .orderBy("o.starts_at")
    .limit(200)
    .execute();
}

/** Active claims on klussen that ended, newest first. */
export async function pastClaims(db: DbOrTrx, volunteerId: string, now: Date) {
  return selectClaims(db)
    .where("c.volunteer_id", "=", volunteerId)
    .where("c.status", "=", "active")
    .where("o.ends_at", "<=", now)
    .orderBy("o.ends_at", "desc")
    .limit(200)
    .execute();
}

/** Hours of the klussen the volunteer attended (as confirmed by the organisation). */
export async function attendedHours(db: DbOrTrx, volunteerId: string): Promise<number> {
  const row = await db
    .selectFrom("claims")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>("hours"), eb.val("0")).as("hours"))
    .where("volunteer_id", "=", volunteerId)
    .where("attendance", "=", "attended")
    .executeTakeFirstOrThrow();
  return Number(row.hours);
}

/** Active claims for the calendar feed: from 60 days back, with a start and an end. */
export async function calendarClaims(db: DbOrTrx, volunteerId: string, since: Date) {
  return selectClaims(db)
    .where("c.volunteer_id", "=", volunteerId)
    .where("c.status", "=", "active")
    .where("o.starts_at", "is not", null)
    .where("o.ends_at", ">", since)
    .orderBy("o.starts_at")
    .limit(500)
    .execute();
}

export async function findUserByCalendarToken(db: DbOrTrx, token: string) {
  return db.selectFrom("users").select(["id", "locale"]).where("calendar_token", "=", token).executeTakeFirst();
}

export async function calendarTokenOf(db: DbOrTrx, userId: string): Promise<string | null> {
  const row = await db.selectFrom("users").select("calendar_token").where("id", "=", userId).executeTakeFirst();
  return row?.calendar_token ?? null;
}

export async function setCalendarToken(db: DbOrTrx, userId: string, token: string) {
  await db.updateTable("users").set({ calendar_token: token }).where("id", "=", userId).execute();
}
