import { takenSpots } from "./taken-spots";
import { sql } from "kysely";
import type { DbOrTrx, Trx } from "../../../db/connect";
import { personName } from "../people/person-name";

export { coordinatorIds, isCoordinator } from "../organisations/memberships.repository";

const klusColumns = [
  "id",
  "organisation_id as organisationId",
  "kind",
  "status",
  "title",
  "published_at as publishedAt",
  "starts_at as startsAt",
  "ends_at as endsAt",
  "spots",
  "min_age as minAge",
  "vog_required as vogRequired",
] as const;

/** The klus row, locked for this transaction: claims on one klus are taken one at a time. */
export async function lockOpportunity(trx: Trx, id: string) {
  return trx.selectFrom("opportunities").select(klusColumns).where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function findOpportunity(db: DbOrTrx, id: string) {
  return db.selectFrom("opportunities").select(klusColumns).where("id", "=", id).executeTakeFirst();
}

/**
 * Locks the volunteer's user row (NO KEY UPDATE, so foreign keys to it still work): two claims of
 * one volunteer on different klussen wait for each other, which keeps the overlap check exact.
 */
export async function lockVolunteer(trx: Trx, userId: string) {
  const row = await trx.selectFrom("users").select("id").where("id", "=", userId).forNoKeyUpdate().executeTakeFirst();
  return row !== undefined;
}

/** Why `claim_klus` refused a claim, in the order the rules are checked. */
export type ClaimRefusal =
  | "unauthenticated"
  | "not_found"
  | "rate_limited"
  | "started"
  | "not_open"
  | "already_claimed"
  | "birth_date_missing"
  | "too_young"
  | "vog_required"
  | "overlap";

type ClaimKlusRow =
  | { refusal: ClaimRefusal }
  | {
      refusal: null;
      claimId: string;
      claimStatus: "active" | "waitlisted";
      /** Active claims and reserved team spots before this claim. */
      takenBefore: number;
      waitlistedBefore: number;
      spots: number | null;
      volunteerName: string;
      coordinatorIds: string[] | null;
    };

/**
 * A claim in one call of `claim_klus` (migration 2026-12-04T10-00): it locks the volunteer, then the
 * klus, checks the rules, inserts the claim (active while a spot is left, else waitlisted) and a
 * search outbox row when it is active. One statement: its own transaction, one round trip.
 */
export async function claimKlus(
  db: DbOrTrx,
  input: {
    opportunityId: string;
    volunteerId: string;
    vogConfirmed: boolean;
    now: Date;
    claimsPerMinute: number;
    formerPersonName: string;
  },
): Promise<ClaimKlusRow> {
  const { rows } = await sql<ClaimKlusRow>`
    select refusal, claim_id as "claimId", claim_status as "claimStatus", taken_before as "takenBefore",
      waitlisted_before as "waitlistedBefore", spots, volunteer_name as "volunteerName",
      coordinator_ids as "coordinatorIds"
    from claim_klus(${input.opportunityId}, ${input.volunteerId}, ${input.vogConfirmed}, ${input.now}::timestamptz,
      ${input.claimsPerMinute}::int, ${input.formerPersonName})`.execute(db);
  const row = rows[0];
  if (!row) throw new Error("claim_klus returned no row");
  return row;
}

/**
 * What naming a team member checks about them, in one statement after their lock (team claims; a
 * claim of one's own checks the same inside `claim_klus`): the klus's start and minimum age, their
 * birth date, whether they already have a live claim on it, and whether a live claim of theirs
 * overlaps it in time.
 */
export async function readForClaim(trx: Trx, opportunityId: string, volunteerId: string) {
  const { rows } = await sql<{
    startsAt: Date | null;
    minAge: number | null;
    birthDate: Date | null;
    hasLive: boolean;
    overlaps: boolean;
  }>`
    select o.starts_at as "startsAt", o.min_age as "minAge",
      (select birth_date from volunteer_profiles where user_id = ${volunteerId}) as "birthDate",
      exists (select 1 from claims where opportunity_id = o.id and volunteer_id = ${volunteerId}
              and status <> 'cancelled') as "hasLive",
      exists (select 1 from claims c join opportunities other on other.id = c.opportunity_id
              where c.volunteer_id = ${volunteerId} and c.status <> 'cancelled' and c.opportunity_id <> o.id
                and other.starts_at < o.ends_at and other.ends_at > o.starts_at) as "overlaps"
    from opportunities o where o.id = ${opportunityId}`.execute(trx);
  return rows[0];
}

/** Active claims plus unnamed reserved team spots: what "spots left" subtracts. */
export async function countTaken(db: DbOrTrx, opportunityId: string) {
  const { rows } = await sql<{ taken: number }>`select ${takenSpots(opportunityId)} as taken`.execute(db);
  return Number(rows[0]?.taken ?? 0);
}

export async function findClaim(db: DbOrTrx, claimId: string) {
  return db
    .selectFrom("claims")
    .innerJoin("users", "users.id", "claims.volunteer_id")
    .select([
      "claims.id",
      "claims.opportunity_id as opportunityId",
      "claims.volunteer_id as volunteerId",
      "claims.status",
      "claims.seq",
      personName("users").as("volunteerName"),
    ])
    .where("claims.id", "=", claimId)
    .executeTakeFirst();
}

/** Re-reads a claim under the klus lock (its status may have changed while we waited). */
export async function lockClaim(trx: Trx, claimId: string) {
  return trx
    .selectFrom("claims")
    .select(["id", "opportunity_id as opportunityId", "volunteer_id as volunteerId", "status"])
    .where("id", "=", claimId)
    .forUpdate()
    .executeTakeFirst();
}

/** Cancels a claim at `now`; a hand-over is a cancellation that also records `handed_over_at`. */
export async function cancelClaim(trx: Trx, claimId: string, now: Date, handedOver = false) {
  await trx
    .updateTable("claims")
    .set({ status: "cancelled", cancelled_at: now, updated_at: now, ...(handedOver ? { handed_over_at: now } : {}) })
    .where("id", "=", claimId)
    .execute();
}

/**
 * Makes the first waitlisted claim (lowest seq) active; returns it, or undefined when nobody waits.
 * `now` is the moment recorded as promoted_at (the database's clock when null).
 */
export async function promoteFirstWaitlisted(trx: Trx, opportunityId: string, now: Date | null = null) {
  const first = await trx
    .selectFrom("claims")
    .innerJoin("users", "users.id", "claims.volunteer_id")
    .select(["claims.id", "claims.volunteer_id as volunteerId", personName("users").as("volunteerName")])
    .where("claims.opportunity_id", "=", opportunityId)
    .where("claims.status", "=", "waitlisted")
    .orderBy("claims.seq")
    .limit(1)
    .forUpdate("claims")
    .executeTakeFirst();
  if (!first) return undefined;
  await trx
    .updateTable("claims")
    .set({ status: "active", promoted_at: now ?? sql<Date>`now()`, updated_at: now ?? sql<Date>`now()` })
    .where("id", "=", first.id)
    .execute();
  return first;
}

/** Makes one waitlisted claim active (a free spot taken on the day itself). Run under the klus lock. */
export async function activateClaim(trx: Trx, claimId: string, now: Date) {
  await trx
    .updateTable("claims")
    .set({ status: "active", promoted_at: now, updated_at: now })
    .where("id", "=", claimId)
    .where("status", "=", "waitlisted")
    .execute();
}

/** The volunteers on the waitlist of a klus, in order. */
export async function waitlistedVolunteerIds(trx: Trx, opportunityId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom("claims")
    .select("volunteer_id as volunteerId")
    .where("opportunity_id", "=", opportunityId)
    .where("status", "=", "waitlisted")
    .orderBy("seq")
    .execute();
  return rows.map((row) => row.volunteerId);
}

/** A claim with what confirming it needs: its klus's start and the confirmation columns. */
export async function findClaimForConfirm(db: DbOrTrx, claimId: string) {
  return db
    .selectFrom("claims as c")
    .innerJoin("opportunities as o", "o.id", "c.opportunity_id")
    .select([
      "c.id",
      "c.volunteer_id as volunteerId",
      "c.status",
      "c.confirmed_at as confirmedAt",
      "o.id as opportunityId",
      "o.starts_at as startsAt",
    ])
    .where("c.id", "=", claimId)
    .executeTakeFirst();
}

/**
 * Records the one-tap "I come" once (idempotent); it also answers a pending "klus changed, still
 * coming?" question, since it says the same thing.
 */
export async function confirmClaim(db: DbOrTrx, claimId: string, now: Date) {
  await db
    .updateTable("claims")
    .set({
      confirmed_at: sql<Date>`coalesce(confirmed_at, ${now}::timestamptz)`,
      change_confirmed_at: sql<Date | null>`case when change_confirm_requested_at is not null
        then coalesce(change_confirmed_at, ${now}::timestamptz) end`,
      updated_at: now,
    })
    .where("id", "=", claimId)
    .execute();
}

/**
 * Marks the active claims on klussen starting in (now, now + window] as asked to confirm, and
 * returns them. Only claims made at least `window` before the start and not yet confirmed: who
 * signs up (or was asked) within a day has just said they come.
 */
export async function takeDueConfirmationRequests(trx: Trx, now: Date, windowMs: number) {
  const until = new Date(now.getTime() + windowMs);
  const window = `${windowMs} milliseconds`;
  return trx
    .updateTable("claims as c")
    .from("opportunities as o")
    .set({ confirm_requested_at: now })
    .whereRef("o.id", "=", "c.opportunity_id")
    .where("c.status", "=", "active")
    .where("c.confirm_requested_at", "is", null)
    .where("c.confirmed_at", "is", null)
    .where("o.kind", "=", "task")
    .where("o.status", "in", ["open", "paused"])
    .where("o.starts_at", ">", now)
    .where("o.starts_at", "<=", until)
    .where(sql<boolean>`c.created_at <= o.starts_at - ${window}::interval`)
    .returning(["c.id as claimId", "c.volunteer_id as volunteerId", "o.id as opportunityId", "o.title"])
    .execute();
}

/**
 * Marks as flagged the claims asked to confirm and still unconfirmed at their flag moment (6 hours
 * before the start, or 12 hours after the question, whichever is earlier), and returns them with
 * the klus's coordinators.
 */
export async function takeDueUnconfirmed(trx: Trx, now: Date) {
  const { rows } = await sql<{
    claimId: string;
    opportunityId: string;
    title: string;
    volunteerName: string;
    coordinatorIds: string[] | null;
  }>`
    update claims c set unconfirmed_flagged_at = ${now}
    from opportunities o, users u
    where o.id = c.opportunity_id and u.id = c.volunteer_id
      and c.status = 'active' and c.confirm_requested_at is not null and c.confirmed_at is null
      and c.unconfirmed_flagged_at is null
      and o.starts_at > ${now}
      and least(o.starts_at - interval '6 hours', c.confirm_requested_at + interval '12 hours') <= ${now}
    returning c.id as "claimId", o.id as "opportunityId", o.title,
      ${personName("u")} as "volunteerName",
      (select array_agg(m.user_id) from memberships m
        where m.organisation_id = o.organisation_id and m.role = 'coordinator') as "coordinatorIds"
  `.execute(trx);
  return rows;
}

/** Claims of a klus that were handed over, for the coordinators' list. */
export async function listHandedOver(db: DbOrTrx, opportunityId: string) {
  return db
    .selectFrom("claims")
    .innerJoin("users", "users.id", "claims.volunteer_id")
    .select(["claims.id", "claims.handed_over_at as handedOverAt", personName("users").as("volunteerName")])
    .where("claims.opportunity_id", "=", opportunityId)
    .where("claims.handed_over_at", "is not", null)
    .orderBy("claims.handed_over_at")
    .execute();
}

/** The live claims of a klus in order: active first, then the waitlist, each by arrival. */
export async function listLiveClaims(db: DbOrTrx, opportunityId: string) {
  return db
    .selectFrom("claims")
    .innerJoin("users", "users.id", "claims.volunteer_id")
    .leftJoin("team_claims", "team_claims.id", "claims.team_claim_id")
    .select([
      "team_claims.team_name as teamName",
      "claims.id",
      "claims.status",
      "claims.seq",
      "claims.attendance",
      "claims.hours",
      "claims.created_at as createdAt",
      "claims.confirm_requested_at as confirmRequestedAt",
      "claims.confirmed_at as confirmedAt",
      "claims.unconfirmed_flagged_at as flaggedAt",
      personName("users").as("volunteerName"),
    ])
    .where("claims.opportunity_id", "=", opportunityId)
    .where("claims.status", "<>", "cancelled")
    .orderBy(sql`claims.status = 'active'`, "desc")
    .orderBy("claims.seq")
    .execute();
}

/**
 * What the klus page's claim panel needs, in one statement: the klus, its taken spots and, for a
 * logged-in viewer, their live claim on it with its waitlist position.
 */
export async function readClaimState(db: DbOrTrx, opportunityId: string, viewerId: string | null) {
  const { rows } = await sql<{
    kind: string;
    status: string;
    publishedAt: Date | null;
    startsAt: Date | null;
    spots: number | null;
    minAge: number | null;
    vogRequired: boolean;
    taken: number;
    mineId: string | null;
    mineStatus: string | null;
    mineConfirmedAt: Date | null;
    minePosition: string | null;
  }>`
    select o.kind, o.status, o.published_at as "publishedAt", o.starts_at as "startsAt", o.spots,
      o.min_age as "minAge", o.vog_required as "vogRequired", ${takenSpots(sql.ref("o.id"))} as taken,
      mine.id as "mineId", mine.status as "mineStatus", mine.confirmed_at as "mineConfirmedAt",
      (select count(*) from claims w where w.opportunity_id = o.id and w.status = 'waitlisted'
        and w.seq <= mine.seq) as "minePosition"
    from opportunities o
    left join claims mine on mine.opportunity_id = o.id and mine.volunteer_id = ${viewerId}
      and mine.status <> 'cancelled'
    where o.id = ${opportunityId}
  `.execute(db);
  const row = rows[0];
  return row ? { ...row, taken: Number(row.taken) } : undefined;
}

/** The volunteer's live and past (not cancelled) claims, soonest first. */
export async function listClaimsOf(db: DbOrTrx, volunteerId: string) {
  return db
    .selectFrom("claims")
    .innerJoin("opportunities", "opportunities.id", "claims.opportunity_id")
    .select((eb) => [
      "claims.id",
      "claims.status",
      "claims.attendance",
      "claims.hours",
      "claims.confirmed_at as confirmedAt",
      "opportunities.id as opportunityId",
      "opportunities.title",
      "opportunities.starts_at as startsAt",
      "opportunities.ends_at as endsAt",
      eb
        .selectFrom("claims as w")
        .select((w) => w.fn.countAll<string>().as("n"))
        .whereRef("w.opportunity_id", "=", "claims.opportunity_id")
        .where("w.status", "=", "waitlisted")
        .whereRef("w.seq", "<=", "claims.seq")
        .as("position"),
    ])
    .where("claims.volunteer_id", "=", volunteerId)
    .where("claims.status", "<>", "cancelled")
    .orderBy("opportunities.starts_at")
    .execute();
}

export async function setAttendance(
  db: DbOrTrx,
  claimId: string,
  input: { attendance: "attended" | "no_show"; hours: number },
) {
  await db
    .updateTable("claims")
    .set({ attendance: input.attendance, hours: input.hours, updated_at: sql<Date>`now()` })
    .where("id", "=", claimId)
    .execute();
}
