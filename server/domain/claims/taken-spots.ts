import { sql, type Expression, type RawBuilder } from "kysely";

/**
 * The spots of a klus that are taken: active claims plus team spots reserved without a name yet.
 * Every "spots left" figure (the claim under the klus lock, search's isFull, cards, the live
 * `klus:spots` event) is `spots - takenSpots`, so a reserved spot is never offered twice.
 */
export function takenSpots(opportunityId: Expression<string | null> | string): RawBuilder<number> {
  return sql<number>`((select count(*) from claims taken_c
      where taken_c.opportunity_id = ${opportunityId} and taken_c.status = 'active')
    + (select coalesce(sum(taken_t.unnamed_spots), 0) from team_claims taken_t
      where taken_t.opportunity_id = ${opportunityId}))::int`;
}
