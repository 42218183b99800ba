import { sql } from "kysely";
import type { DbOrTrx } from "../../../db/connect";

/** A period of Amsterdam calendar days, YYYY-MM-DD inclusive. */
export interface Period {
  from: string;
  to: string;
}

/**
 * Claims whose hours count as given: the organisation confirmed attendance and hours, on a klus whose
 * (Amsterdam) day lies in the period. One rule for the social-return report and the municipality's figures.
 */
export function confirmedHoursClaims(db: DbOrTrx, period: Period) {
  return db
    .selectFrom("claims as c")
    .innerJoin("opportunities as o", "o.id", "c.opportunity_id")
    .where("c.attendance", "=", "attended")
    .where("c.hours", "is not", null)
    .where("c.status", "<>", "cancelled")
    .where(
      sql<boolean>`(o.starts_at at time zone 'Europe/Amsterdam')::date between ${period.from}::date and ${period.to}::date`,
    );
}
