import { sql } from "kysely";
import type { DbOrTrx, Trx } from "../../../db/connect";
import { personName } from "../people/person-name";

/** The businesses and partners the user coordinates, oldest first. */
export async function teamOrganisationsOf(db: DbOrTrx, userId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select(["organisations.id", "organisations.name", "organisations.kind"])
    .where("memberships.user_id", "=", userId)
    .where("memberships.role", "=", "coordinator")
    .where("organisations.kind", "in", ["business", "partner"])
    .orderBy("organisations.created_at")
    .orderBy("organisations.id")
    .execute();
}

export async function isMemberOf(db: DbOrTrx, organisationId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("memberships")
    .select("user_id")
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row !== undefined;
}

const teamColumns = [
  "id",
  "opportunity_id as opportunityId",
  "organisation_id as organisationId",
  "team_name as teamName",
  "spots",
  "unnamed_spots as unnamedSpots",
  "release_at as releaseAt",
  "released_at as releasedAt",
] as const;

export async function findTeamClaim(db: DbOrTrx, id: string) {
  return db.selectFrom("team_claims").select(teamColumns).where("id", "=", id).executeTakeFirst();
}

/** Re-reads a team claim under the klus lock: naming, giving back and release change it one at a time. */
export async function lockTeamClaim(trx: Trx, id: string) {
  return trx.selectFrom("team_claims").select(teamColumns).where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function insertTeamClaim(
  trx: Trx,
  input: {
    opportunityId: string;
    organisationId: string;
    teamName: string;
    spots: number;
    createdBy: string;
    releaseAt: Date;
  },
) {
  return trx
    .insertInto("team_claims")
    .values({
      opportunity_id: input.opportunityId,
      organisation_id: input.organisationId,
      team_name: input.teamName,
      spots: input.spots,
      unnamed_spots: input.spots,
      created_by: input.createdBy,
      release_at: input.releaseAt,
    })
    .returning(teamColumns)
    .executeTakeFirstOrThrow();
}

/** Fewer unnamed spots: one was named, given back or released. */
export async function takeUnnamed(trx: Trx, id: string, count: number, releasedAt: Date | null = null) {
  await trx
    .updateTable("team_claims")
    .set((eb) => ({
      unnamed_spots: sql<number>`unnamed_spots - ${count}`,
      released_at: releasedAt ?? eb.ref("released_at"),
      updated_at: sql<Date>`now()`,
    }))
    .where("id", "=", id)
    .execute();
}

/** A named member's claim: active, on a spot the team had reserved (so no spot count is needed). */
export async function insertTeamMemberClaim(
  trx: Trx,
  input: { opportunityId: string; volunteerId: string; teamClaimId: string },
) {
  return trx
    .insertInto("claims")
    .values({
      opportunity_id: input.opportunityId,
      volunteer_id: input.volunteerId,
      status: "active",
      team_claim_id: input.teamClaimId,
    })
    .returning(["id"])
    .executeTakeFirstOrThrow();
}

/** Team claims whose unnamed spots are due for release at `now`. */
export async function dueForRelease(db: DbOrTrx, now: Date) {
  return db
    .selectFrom("team_claims")
    .select(["id", "opportunity_id as opportunityId"])
    .where("unnamed_spots", ">", 0)
    .where("release_at", "<=", now)
    .orderBy("release_at")
    .execute();
}

/** Reserved spots still without a name on a klus, per team: what its page shows. */
export async function reservationsOf(db: DbOrTrx, opportunityId: string) {
  return db
    .selectFrom("team_claims")
    .select(["id", "team_name as teamName", "unnamed_spots as unnamedSpots"])
    .where("opportunity_id", "=", opportunityId)
    .where("unnamed_spots", ">", 0)
    .orderBy("created_at")
    .execute();
}

/** The team claims of these organisations, with their klus, soonest first. */
export async function listTeamClaims(db: DbOrTrx, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom("team_claims as t")
    .innerJoin("opportunities as o", "o.id", "t.opportunity_id")
    .innerJoin("organisations as org", "org.id", "t.organisation_id")
    .select([
      "t.id",
      "t.opportunity_id as opportunityId",
      "t.organisation_id as organisationId",
      "org.name as organisationName",
      "t.team_name as teamName",
      "t.spots",
      "t.unnamed_spots as unnamedSpots",
      "t.release_at as releaseAt",
      "t.released_at as releasedAt",
      "o.title",
      "o.starts_at as startsAt",
      "o.ends_at as endsAt",
    ])
    .where("t.organisation_id", "in", organisationIds)
    .orderBy("o.starts_at")
    .orderBy("t.created_at")
    .execute();
}

/** The members named on these team claims (live claims only), by arrival. */
export async function namedMembers(db: DbOrTrx, teamClaimIds: string[]) {
  if (teamClaimIds.length === 0) return [];
  return db
    .selectFrom("claims")
    .innerJoin("users", "users.id", "claims.volunteer_id")
    .select(["claims.id", "claims.team_claim_id as teamClaimId", "users.id as userId", personName("users").as("name")])
    .where("claims.team_claim_id", "in", teamClaimIds)
    .where("claims.status", "=", "active")
    .orderBy("claims.seq")
    .execute();
}

/** The people of these organisations (display names only), to choose from when naming. */
export async function membersOf(db: DbOrTrx, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["memberships.organisation_id as organisationId", "users.id as userId", personName("users").as("name")])
    .where("memberships.organisation_id", "in", organisationIds)
    .orderBy("users.display_name")
    .execute();
}

/** Who already has a live claim on these klussen: they cannot be named there again. */
export async function liveClaimants(db: DbOrTrx, opportunityIds: string[]) {
  if (opportunityIds.length === 0) return [];
  return db
    .selectFrom("claims")
    .select(["opportunity_id as opportunityId", "volunteer_id as userId"])
    .where("opportunity_id", "in", opportunityIds)
    .where("status", "<>", "cancelled")
    .execute();
}
