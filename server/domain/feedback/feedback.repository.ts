import { sql } from "kysely";
import type { DbOrTrx, Trx } from "../../../db/connect";
import type { FeedbackOutcome } from "../../../db/schema";
import type { FeedbackSubjectType } from "./feedback.schemas";

/** What a feedback question is about: whose it is, which organisation, and whether it can be answered. */
export async function findSubject(db: DbOrTrx, subjectType: FeedbackSubjectType, subjectId: string, now: Date) {
  if (subjectType === "claim") {
    const row = await db
      .selectFrom("claims as c")
      .innerJoin("opportunities as o", "o.id", "c.opportunity_id")
      .select(["c.volunteer_id", "o.organisation_id", "o.title", "c.status", "o.starts_at"])
      .where("c.id", "=", subjectId)
      .executeTakeFirst();
    if (!row) return null;
    const answerable = row.status === "active" && row.starts_at !== null && row.starts_at <= now;
    return { volunteerId: row.volunteer_id, organisationId: row.organisation_id, title: row.title, answerable };
  }
  const row = await db
    .selectFrom("applications as a")
    .innerJoin("opportunities as o", "o.id", "a.opportunity_id")
    .select(["a.volunteer_id", "o.organisation_id", "o.title", "a.status"])
    .where("a.id", "=", subjectId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    volunteerId: row.volunteer_id,
    organisationId: row.organisation_id,
    title: row.title,
    answerable: row.status === "placed",
  };
}

export async function findAnswer(
  db: DbOrTrx,
  subjectType: FeedbackSubjectType,
  subjectId: string,
  side: "volunteer" | "organisation",
) {
  return db
    .selectFrom("feedback")
    .select(["outcome", "note"])
    .where("subject_type", "=", subjectType)
    .where("subject_id", "=", subjectId)
    .where("author_side", "=", side)
    .executeTakeFirst();
}

export async function insertAnswer(
  trx: Trx,
  values: {
    subjectType: FeedbackSubjectType;
    subjectId: string;
    authorId: string;
    side: "volunteer" | "organisation";
    outcome: FeedbackOutcome;
    note: string;
  },
) {
  await trx
    .insertInto("feedback")
    .values({
      subject_type: values.subjectType,
      subject_id: values.subjectId,
      author_id: values.authorId,
      author_side: values.side,
      outcome: values.outcome,
      note: values.note,
    })
    .execute();
}

/** Attendance confirmed by the organisation over all its klussen. */
export async function attendanceCounts(db: DbOrTrx, organisationId: string) {
  const rows = await db
    .selectFrom("claims as c")
    .innerJoin("opportunities as o", "o.id", "c.opportunity_id")
    .select(["c.attendance", (eb) => eb.fn.countAll<string>().as("count")])
    .where("o.organisation_id", "=", organisationId)
    .where("c.attendance", "is not", null)
    .groupBy("c.attendance")
    .execute();
  const count = (value: string) => Number(rows.find((r) => r.attendance === value)?.count ?? 0);
  return { attended: count("attended"), noShow: count("no_show") };
}

/** Answers about the organisation's klussen and vacatures, by outcome and side. */
export async function outcomeCounts(db: DbOrTrx, organisationId: string) {
  const { rows } = await sql<{ outcome: FeedbackOutcome; author_side: string; count: string }>`
    select f.outcome, f.author_side, count(*)::text as count
    from feedback f
    left join claims c on f.subject_type = 'claim' and c.id = f.subject_id
    left join applications a on f.subject_type = 'application' and a.id = f.subject_id
    join opportunities o on o.id = coalesce(c.opportunity_id, a.opportunity_id)
    where o.organisation_id = ${organisationId}
    group by f.outcome, f.author_side`.execute(db);
  return rows.map((row) => ({ outcome: row.outcome, side: row.author_side, count: Number(row.count) }));
}

/** Claims on klussen that ended between `since` and `now`, where the volunteer did not stay away. */
export async function endedClaims(db: DbOrTrx, since: Date, now: Date) {
  return db
    .selectFrom("claims as c")
    .innerJoin("opportunities as o", "o.id", "c.opportunity_id")
    .select(["c.id", "c.volunteer_id", "o.organisation_id", "o.title"])
    .where("c.status", "=", "active")
    .where((eb) => eb.or([eb("c.attendance", "is", null), eb("c.attendance", "=", "attended")]))
    .where("o.ends_at", "<=", now)
    .where("o.ends_at", ">", since)
    .limit(1000)
    .execute();
}

/** Placements decided between `since` and `until`. */
export async function settledPlacements(db: DbOrTrx, since: Date, until: Date) {
  return db
    .selectFrom("applications as a")
    .innerJoin("opportunities as o", "o.id", "a.opportunity_id")
    .select(["a.id", "a.volunteer_id", "o.organisation_id", "o.title"])
    .where("a.status", "=", "placed")
    .where("a.decided_at", "<=", until)
    .where("a.decided_at", ">", since)
    .limit(1000)
    .execute();
}

/** Which (user, subject) pairs were already asked; keys are `${userId}:${subjectId}`. */
export async function alreadyAsked(db: DbOrTrx, kind: string, subjectIds: string[]): Promise<Set<string>> {
  if (subjectIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("notifications")
    .select(["user_id", sql<string>`data->>'subjectId'`.as("subject_id")])
    .where("kind", "=", kind)
    .where(sql<string>`data->>'subjectId'`, "in", subjectIds)
    .execute();
  return new Set(rows.map((row) => `${row.user_id}:${row.subject_id}`));
}

export async function coordinatorsByOrganisation(db: DbOrTrx, organisationIds: string[]) {
  const map = new Map<string, string[]>();
  if (organisationIds.length === 0) return map;
  const rows = await db
    .selectFrom("memberships")
    .select(["organisation_id", "user_id"])
    .where("organisation_id", "in", organisationIds)
    .where("role", "=", "coordinator")
    .execute();
  for (const row of rows)
    (map.get(row.organisation_id) ?? map.set(row.organisation_id, []).get(row.organisation_id))?.push(row.user_id);
  return map;
}
