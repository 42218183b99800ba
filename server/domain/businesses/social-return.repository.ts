import { sql } from "kysely";
import type { DbOrTrx } from "../../../db/connect";
import { confirmedHoursClaims, type Period } from "../claims/confirmed-hours";

export type { Period } from "../claims/confirmed-hours";

// Hours count as the claims rule says (confirmed attendance and hours, the klus's day in the period),
// given by someone linked to the business at the time of the report.
function confirmedHours(db: DbOrTrx, businessId: string, period: Period) {
  return confirmedHoursClaims(db, period)
    .innerJoin("memberships as m", (join) =>
      join.onRef("m.user_id", "=", "c.volunteer_id").on("m.organisation_id", "=", businessId),
    )
    .leftJoin("buurten as b", "b.code", "o.buurt_code");
}

export async function totals(db: DbOrTrx, businessId: string, period: Period) {
  const row = await confirmedHours(db, businessId, period)
    .select((eb) => [
      sql<string>`coalesce(sum(c.hours), 0)`.as("hours"),
      eb.fn.count<string>("c.volunteer_id").distinct().as("people"),
      eb.fn.count<string>("o.organisation_id").distinct().as("organisations"),
      eb.fn.count<string>("b.wijk_code").distinct().as("wijken"),
      eb.fn.count<string>("o.id").distinct().as("klussen"),
    ])
    .executeTakeFirstOrThrow();
  return {
    hours: Number(row.hours),
    people: Number(row.people),
    organisations: Number(row.organisations),
    wijken: Number(row.wijken),
    klussen: Number(row.klussen),
  };
}

/** Per klus: when, where, for whom, how many people and hours. */
export async function perKlus(db: DbOrTrx, businessId: string, period: Period) {
  const rows = await confirmedHours(db, businessId, period)
    .innerJoin("organisations as org", "org.id", "o.organisation_id")
    .leftJoin("wijken as w", "w.code", "b.wijk_code")
    .select((eb) => [
      "o.id",
      "o.title",
      "org.name as organisationName",
      "w.name as wijkName",
      sql<string>`to_char(o.starts_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`.as("date"),
      eb.fn.count<string>("c.volunteer_id").distinct().as("people"),
      sql<string>`sum(c.hours)`.as("hours"),
    ])
    .groupBy(["o.id", "o.title", "org.name", "w.name", "o.starts_at"])
    .orderBy("o.starts_at")
    .execute();
  return rows.map((row) => ({ ...row, people: Number(row.people), hours: Number(row.hours) }));
}

/** The business's offers made (published) in the period. */
export async function offersMade(db: DbOrTrx, businessId: string, period: Period) {
  return db
    .selectFrom("market_listings")
    .select([
      "id",
      "title",
      "type",
      "capacity_amount as capacityAmount",
      "capacity_unit as capacityUnit",
      sql<string>`to_char(created_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`.as("date"),
    ])
    .where("organisation_id", "=", businessId)
    .where("side", "=", "offer")
    .where(
      sql<boolean>`(created_at at time zone 'Europe/Amsterdam')::date between ${period.from}::date and ${period.to}::date`,
    )
    .orderBy("created_at")
    .execute();
}

export async function findBusiness(db: DbOrTrx, businessId: string) {
  return db
    .selectFrom("organisations")
    .select(["id", "name"])
    .where("id", "=", businessId)
    .where("kind", "=", "business")
    .executeTakeFirst();
}

/** One volunteer's confirmed hours, per klus, newest first. */
export async function hoursOfVolunteer(db: DbOrTrx, volunteerId: string) {
  const rows = await db
    .selectFrom("claims as c")
    .innerJoin("opportunities as o", "o.id", "c.opportunity_id")
    .innerJoin("organisations as org", "org.id", "o.organisation_id")
    .select([
      "c.id",
      "o.title",
      "org.name as organisationName",
      sql<string>`to_char(o.starts_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`.as("date"),
      "c.hours",
    ])
    .where("c.volunteer_id", "=", volunteerId)
    .where("c.attendance", "=", "attended")
    .where("c.hours", "is not", null)
    .where("c.status", "<>", "cancelled")
    .orderBy("o.starts_at", "desc")
    .execute();
  return rows.map((row) => ({ ...row, hours: Number(row.hours) }));
}
