import { personName } from "../people/person-name";
import { sql } from "kysely";
import type { DbOrTrx, Trx } from "../../../db/connect";
import type { ConversationKind, OpportunityKind, OpportunityStatus } from "../../../db/schema";
import { wijkTitle } from "../messaging/conversations.repository";

/** How many subjects the queue shows at once, oldest report first. */
const QUEUE_LIMIT = 50;
/** Messages shown before and after a reported message. */
const CONTEXT_SIZE = 3;

export interface OpenReports {
  subjectId: string;
  reports: number;
  reasons: string[];
  firstReportedAt: Date;
}

async function openReportsOf(db: DbOrTrx, table: "message_reports" | "opportunity_reports"): Promise<OpenReports[]> {
  const subject = table === "message_reports" ? sql.ref("message_id") : sql.ref("opportunity_id");
  const result = await sql<{ subject_id: string; reports: string; reasons: string[]; first_reported_at: Date }>`
    select ${subject}::text as subject_id, count(*) as reports,
      array_agg(reason order by created_at) as reasons, min(created_at) as first_reported_at
    from ${sql.table(table)}
    where handled_at is null
    group by ${subject}
    order by min(created_at)
    limit ${QUEUE_LIMIT}`.execute(db);
  return result.rows.map((row) => ({
    subjectId: row.subject_id,
    reports: Number(row.reports),
    reasons: row.reasons,
    firstReportedAt: new Date(row.first_reported_at),
  }));
}

export const openMessageReports = (db: DbOrTrx) => openReportsOf(db, "message_reports");
export const openOpportunityReports = (db: DbOrTrx) => openReportsOf(db, "opportunity_reports");

export interface ReportedMessage {
  id: string;
  conversationId: string;
  conversationKind: ConversationKind;
  conversationName: string;
  seq: number;
  authorId: string;
  authorName: string;
  body: string;
  kind: "text" | "klus_card";
  createdAt: Date;
  state: "visible" | "deleted" | "hidden";
}

/** The reported messages with their conversation's name as the municipality sees it. */
export async function findMessages(db: DbOrTrx, ids: string[]): Promise<ReportedMessage[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("messages")
    .innerJoin("users as author", "author.id", "messages.author_id")
    .innerJoin("conversations", "conversations.id", "messages.conversation_id")
    .leftJoin("opportunities", "opportunities.id", "conversations.opportunity_id")
    .leftJoin("wijken", "wijken.code", "conversations.wijk_code")
    .leftJoin("organisations", "organisations.id", "conversations.organisation_id")
    .leftJoin("organisations as business", "business.id", "conversations.business_id")
    .leftJoin("users as volunteer", "volunteer.id", "conversations.volunteer_id")
    .leftJoin("users as other_volunteer", "other_volunteer.id", "conversations.other_volunteer_id")
    .select([
      "messages.id",
      "messages.conversation_id as conversationId",
      "conversations.kind as conversationKind",
      "messages.seq",
      "messages.author_id as authorId",
      personName("author").as("authorName"),
      "messages.body",
      "messages.kind",
      "messages.created_at as createdAt",
      "messages.deleted_at as deletedAt",
      "messages.hidden_at as hiddenAt",
      "opportunities.title as klusTitle",
      "wijken.name as wijkName",
      "wijken.former_name as wijkFormerName",
      "organisations.name as organisationName",
      "business.name as businessName",
      personName("volunteer").as("volunteerName"),
      personName("other_volunteer").as("otherVolunteerName"),
    ])
    .where("messages.id", "in", ids)
    .execute();
  return rows.map((row) => ({
    id: String(row.id),
    conversationId: row.conversationId,
    conversationKind: row.conversationKind,
    conversationName: conversationName(row),
    seq: Number(row.seq),
    authorId: row.authorId,
    authorName: row.authorName,
    body: row.deletedAt ? "" : row.body,
    kind: row.kind,
    createdAt: row.createdAt,
    state: row.deletedAt ? "deleted" : row.hiddenAt ? "hidden" : "visible",
  }));
}

/** A conversation's name for an outsider: both sides of a direct conversation. */
function conversationName(row: {
  conversationKind: ConversationKind;
  klusTitle: string | null;
  wijkName: string | null;
  wijkFormerName: string | null;
  organisationName: string | null;
  businessName: string | null;
  volunteerName: string | null;
  otherVolunteerName: string | null;
}): string {
  switch (row.conversationKind) {
    case "klus_group":
      return row.klusTitle ?? "";
    case "wijk_channel":
      return wijkTitle(row.wijkName ?? "", row.wijkFormerName);
    case "organisation_channel":
      return row.organisationName ?? "";
    case "business_direct":
      return `${row.businessName ?? ""} – ${row.organisationName ?? ""}`;
    default:
      return `${row.volunteerName ?? ""} – ${row.organisationName ?? row.otherVolunteerName ?? ""}`;
  }
}

export interface ContextMessage {
  id: string;
  authorName: string;
  body: string;
  createdAt: Date;
  state: "visible" | "deleted" | "hidden";
}

/** The few messages before and after one message in its conversation, oldest first. */
export async function contextAround(
  db: DbOrTrx,
  conversationId: string,
  seq: number,
): Promise<{ before: ContextMessage[]; after: ContextMessage[] }> {
  const base = db
    .selectFrom("messages")
    .innerJoin("users as author", "author.id", "messages.author_id")
    .select([
      "messages.id",
      personName("author").as("authorName"),
      "messages.body",
      "messages.created_at as createdAt",
      "messages.deleted_at as deletedAt",
      "messages.hidden_at as hiddenAt",
    ])
    .where("messages.conversation_id", "=", conversationId)
    .limit(CONTEXT_SIZE);
  const [before, after] = await Promise.all([
    base.where("messages.seq", "<", String(seq)).orderBy("messages.seq", "desc").execute(),
    base.where("messages.seq", ">", String(seq)).orderBy("messages.seq", "asc").execute(),
  ]);
  const view = (row: (typeof before)[number]): ContextMessage => ({
    id: String(row.id),
    authorName: row.authorName,
    body: row.deletedAt ? "" : row.body,
    createdAt: row.createdAt,
    state: row.deletedAt ? "deleted" : row.hiddenAt ? "hidden" : "visible",
  });
  return { before: before.reverse().map(view), after: after.map(view) };
}

export interface ReportedOpportunity {
  id: string;
  kind: OpportunityKind;
  status: OpportunityStatus;
  title: string;
  description: string;
  organisationId: string;
  organisationName: string;
  startsAt: Date | null;
  endsAt: Date | null;
  isOnline: boolean;
  buurtName: string | null;
  address: string | null;
  hiddenAt: Date | null;
}

export async function findOpportunities(db: DbOrTrx, ids: string[]): Promise<ReportedOpportunity[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("opportunities")
    .innerJoin("organisations", "organisations.id", "opportunities.organisation_id")
    .leftJoin("buurten", "buurten.code", "opportunities.buurt_code")
    .select([
      "opportunities.id",
      "opportunities.kind",
      "opportunities.status",
      "opportunities.title",
      "opportunities.description",
      "opportunities.organisation_id as organisationId",
      "organisations.name as organisationName",
      "opportunities.starts_at as startsAt",
      "opportunities.ends_at as endsAt",
      "opportunities.is_online as isOnline",
      "buurten.name as buurtName",
      "opportunities.address",
      "opportunities.hidden_at as hiddenAt",
    ])
    .where("opportunities.id", "in", ids)
    .execute();
}

/** Marks every open report of a subject handled; none left means another moderator was first. */
export async function resolveReports(
  trx: Trx,
  subject: { type: "message" | "opportunity"; id: string },
  moderatorId: string,
): Promise<number> {
  const result =
    subject.type === "message"
      ? await trx
          .updateTable("message_reports")
          .set({ handled_at: sql<Date>`now()`, handled_by: moderatorId })
          .where("message_id", "=", subject.id)
          .where("handled_at", "is", null)
          .executeTakeFirst()
      : await trx
          .updateTable("opportunity_reports")
          .set({ handled_at: sql<Date>`now()`, handled_by: moderatorId })
          .where("opportunity_id", "=", subject.id)
          .where("handled_at", "is", null)
          .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function countPendingRegistrations(db: DbOrTrx): Promise<number> {
  const row = await db
    .selectFrom("organisations")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("approved_at", "is", null)
    .where("rejected_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface ActiveSuspension {
  userId: string;
  name: string;
  until: Date;
  reason: string;
}

export async function activeSuspensions(db: DbOrTrx, userIds?: string[]): Promise<ActiveSuspension[]> {
  if (userIds && userIds.length === 0) return [];
  let query = db
    .selectFrom("channel_suspensions")
    .innerJoin("users", "users.id", "channel_suspensions.user_id")
    .select([
      "channel_suspensions.user_id as userId",
      personName("users").as("name"),
      "channel_suspensions.until",
      "channel_suspensions.reason",
    ])
    .where("channel_suspensions.until", ">", sql<Date>`now()`)
    .orderBy("channel_suspensions.until");
  if (userIds) query = query.where("channel_suspensions.user_id", "in", userIds);
  return query.execute();
}

/** Until when this person may not write in channels, or null. */
export async function suspendedUntil(db: DbOrTrx, userId: string): Promise<Date | null> {
  const row = await db
    .selectFrom("channel_suspensions")
    .select("until")
    .where("user_id", "=", userId)
    .where("until", ">", sql<Date>`now()`)
    .executeTakeFirst();
  return row?.until ?? null;
}

export async function upsertSuspension(
  trx: Trx,
  input: { userId: string; until: Date; reason: string; by: string },
): Promise<void> {
  await trx
    .insertInto("channel_suspensions")
    .values({ user_id: input.userId, until: input.until, reason: input.reason, created_by: input.by })
    .onConflict((oc) =>
      oc.column("user_id").doUpdateSet({
        until: input.until,
        reason: input.reason,
        created_by: input.by,
        created_at: sql<Date>`now()`,
      } as never),
    )
    .execute();
}

/** Deletes an active suspension; false when there was none (lifted already, or over). */
export async function deleteActiveSuspension(trx: Trx, userId: string): Promise<boolean> {
  const result = await trx
    .deleteFrom("channel_suspensions")
    .where("user_id", "=", userId)
    .where("until", ">", sql<Date>`now()`)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function coordinatorIdsOf(db: DbOrTrx, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("memberships")
    .select("user_id")
    .where("organisation_id", "=", organisationId)
    .where("role", "=", "coordinator")
    .execute();
  return rows.map((row) => row.user_id);
}

/** Locks an opportunity for the municipality's hide. */
export async function lockOpportunity(trx: Trx, id: string) {
  return trx
    .selectFrom("opportunities")
    .select(["id", "kind", "status", "title", "starts_at", "hidden_at"])
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

export async function hideOpportunity(trx: Trx, id: string, by: string): Promise<void> {
  await trx
    .updateTable("opportunities")
    .set({ hidden_at: sql<Date>`now()`, hidden_by: by, status: "closed", updated_at: sql<Date>`now()` })
    .where("id", "=", id)
    .execute();
}

export async function userExists(db: DbOrTrx, userId: string): Promise<boolean> {
  return Boolean(await db.selectFrom("users").select("id").where("id", "=", userId).executeTakeFirst());
}

/** Klus reports: once per person; reporting again changes nothing of the first report. */
export async function insertOpportunityReport(
  db: DbOrTrx,
  input: { opportunityId: string; reporterId: string; reason: string },
): Promise<boolean> {
  const result = await db
    .insertInto("opportunity_reports")
    .values({ opportunity_id: input.opportunityId, reporter_id: input.reporterId, reason: input.reason })
    .onConflict((oc) => oc.columns(["opportunity_id", "reporter_id"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
