import { sql, type ExpressionBuilder, type Insertable, type OnConflictBuilder } from "kysely";
import type { DbOrTrx } from "../../../db/connect";
import type { ConversationMembersTable, ConversationsTable, Database } from "../../../db/schema";
import type { ConversationSummary } from "./messaging.types";
import { isMemberExpression } from "./membership.repository";
import { personName } from "../people/person-name";

export { coordinatorIds } from "../organisations/memberships.repository";

/**
 * The person's conversations with a title each, newest activity first, and the number of messages
 * by others they have not read (deleted, hidden and blocked people's messages do not count).
 */
export async function listForMember(
  db: DbOrTrx,
  userId: string,
  only?: { conversationId: string },
): Promise<ConversationSummary[]> {
  let query = db
    .selectFrom("conversations")
    .leftJoin("opportunities", "opportunities.id", "conversations.opportunity_id")
    .leftJoin("wijken", "wijken.code", "conversations.wijk_code")
    .leftJoin("organisations", "organisations.id", "conversations.organisation_id")
    .leftJoin("organisations as business", "business.id", "conversations.business_id")
    .leftJoin("users as volunteer", "volunteer.id", "conversations.volunteer_id")
    .leftJoin("users as other_volunteer", "other_volunteer.id", "conversations.other_volunteer_id")
    .leftJoin("conversation_members as me", (join) =>
      join.onRef("me.conversation_id", "=", "conversations.id").on("me.user_id", "=", userId),
    )
    .where((eb) => isMemberExpression(eb, userId))
    .select((eb) => [
      "conversations.id",
      "conversations.kind",
      "conversations.opportunity_id as opportunityId",
      "conversations.organisation_id as organisationId",
      "conversations.wijk_code as wijkCode",
      "conversations.last_seq as lastSeq",
      "conversations.last_message_at as lastMessageAt",
      "conversations.volunteer_id as volunteerId",
      "conversations.other_volunteer_id as otherVolunteerId",
      "opportunities.title as klusTitle",
      "wijken.name as wijkName",
      "wijken.former_name as wijkFormerName",
      "organisations.name as organisationName",
      "business.name as businessName",
      eb
        .exists(
          eb
            .selectFrom("memberships")
            .select(sql`1`.as("one"))
            .whereRef("memberships.organisation_id", "=", "conversations.business_id")
            .where("memberships.user_id", "=", userId)
            .where("memberships.role", "=", "coordinator"),
        )
        .as("viewerIsBusiness"),
      personName("volunteer").as("volunteerName"),
      personName("other_volunteer").as("otherVolunteerName"),
      unreadIn(eb, userId).as("unread"),
    ])
    .orderBy(sql`conversations.last_message_at desc nulls last`)
    .orderBy("conversations.created_at", "desc");
  if (only) query = query.where("conversations.id", "=", only.conversationId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: titleOf(row, userId),
    opportunityId: row.opportunityId,
    organisationId: row.organisationId,
    wijkCode: row.wijkCode,
    lastSeq: Number(row.lastSeq),
    lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
    unread: Number(row.unread ?? 0),
  }));
}

type MemberScope = ExpressionBuilder<Database & { me: ConversationMembersTable }, "conversations" | "me">;

/**
 * How many messages of the conversation the person has not read (by others; deleted, hidden and
 * blocked people's messages do not count). Needs the person's `conversation_members` row joined as `me`.
 */
function unreadIn(eb: MemberScope, userId: string) {
  return eb
    .selectFrom("messages")
    .select((m) => m.fn.countAll<string>().as("n"))
    .whereRef("messages.conversation_id", "=", "conversations.id")
    .where("messages.seq", ">", eb.fn.coalesce("me.last_read_seq", sql<string>`0`))
    .where("messages.author_id", "<>", userId)
    .where("messages.deleted_at", "is", null)
    .where("messages.hidden_at", "is", null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("user_blocks")
            .select(sql`1`.as("one"))
            .where("user_blocks.blocker_id", "=", userId)
            .whereRef("user_blocks.blocked_id", "=", "messages.author_id"),
        ),
      ),
    );
}

/**
 * The header's unread total as a subquery: `listForMember`'s unread summed over the person's
 * conversations, leaving out the open one (its own loader marks it read beside the header's).
 */
export function unreadOutsideExpression(db: DbOrTrx, userId: string, openConversationId: string | undefined) {
  let query = db
    .selectFrom("conversations")
    .leftJoin("conversation_members as me", (join) =>
      join.onRef("me.conversation_id", "=", "conversations.id").on("me.user_id", "=", userId),
    )
    .where((eb) => isMemberExpression(eb, userId))
    .select((eb) => sql<string>`coalesce(sum(${unreadIn(eb, userId)}), 0)`.as("n"));
  if (openConversationId) query = query.where("conversations.id", "<>", openConversationId);
  return query;
}

export function wijkTitle(name: string, formerName: string | null) {
  return formerName && formerName !== name ? `${name} (${formerName})` : name;
}

function titleOf(
  row: {
    kind: string;
    klusTitle: string | null;
    wijkName: string | null;
    wijkFormerName: string | null;
    organisationName: string | null;
    businessName: string | null;
    viewerIsBusiness: unknown;
    volunteerId: string | null;
    volunteerName: string | null;
    otherVolunteerName: string | null;
  },
  viewerId: string,
): string {
  switch (row.kind) {
    case "klus_group":
      return row.klusTitle ?? "";
    case "wijk_channel":
      return wijkTitle(row.wijkName ?? "", row.wijkFormerName);
    case "organisation_channel":
      return row.organisationName ?? "";
    case "business_direct":
      return (row.viewerIsBusiness ? row.organisationName : row.businessName) ?? "";
    default:
      // Each side sees the other: the volunteer sees the organisation, the organisation the volunteer.
      if (row.organisationName) return row.volunteerId === viewerId ? row.organisationName : (row.volunteerName ?? "");
      return row.volunteerId === viewerId ? (row.otherVolunteerName ?? "") : (row.volunteerName ?? "");
  }
}

/** All wijk channels, with whether the person has joined each (the channel overview). */
export async function listWijkChannels(db: DbOrTrx, userId: string) {
  const rows = await db
    .selectFrom("conversations")
    .innerJoin("wijken", "wijken.code", "conversations.wijk_code")
    .leftJoin("conversation_members as me", (join) =>
      join.onRef("me.conversation_id", "=", "conversations.id").on("me.user_id", "=", userId),
    )
    .select([
      "conversations.id",
      "wijken.code",
      "wijken.name",
      "wijken.former_name as formerName",
      sql<boolean>`coalesce(me.subscribed, false)`.as("joined"),
    ])
    .where("conversations.kind", "=", "wijk_channel")
    .orderBy("wijken.name")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    wijkCode: row.code,
    title: wijkTitle(row.name, row.formerName),
    joined: Boolean(row.joined),
  }));
}

export async function setSubscribed(db: DbOrTrx, conversationId: string, userId: string, subscribed: boolean) {
  await db
    .insertInto("conversation_members")
    .values({ conversation_id: conversationId, user_id: userId, subscribed })
    .onConflict((oc) => oc.columns(["conversation_id", "user_id"]).doUpdateSet({ subscribed }))
    .execute();
}

export async function lastReadSeq(db: DbOrTrx, conversationId: string, userId: string): Promise<number> {
  const row = await db
    .selectFrom("conversation_members")
    .select("last_read_seq")
    .where("conversation_id", "=", conversationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(row?.last_read_seq ?? 0);
}

/** Read state only moves forward, whatever order two tabs report it in. */
export async function markRead(db: DbOrTrx, conversationId: string, userId: string, seq: number) {
  await db
    .insertInto("conversation_members")
    .values({ conversation_id: conversationId, user_id: userId, last_read_seq: seq })
    .onConflict((oc) =>
      oc
        .columns(["conversation_id", "user_id"])
        .doUpdateSet({ last_read_seq: sql`greatest(conversation_members.last_read_seq, excluded.last_read_seq)` }),
    )
    .execute();
}

/** The klus group of a klus, made when first needed; `created` tells whether this call made it. */
export async function ensureKlusGroup(db: DbOrTrx, opportunityId: string): Promise<{ id: string; created: boolean }> {
  const inserted = await sql<{
    id: string;
  }>`insert into conversations (kind, opportunity_id) values ('klus_group', ${opportunityId})
    on conflict (opportunity_id) where kind = 'klus_group' do nothing returning id`.execute(db);
  if (inserted.rows[0]) return { id: inserted.rows[0].id, created: true };
  const row = await db
    .selectFrom("conversations")
    .select("id")
    .where("kind", "=", "klus_group")
    .where("opportunity_id", "=", opportunityId)
    .executeTakeFirstOrThrow();
  return { id: row.id, created: false };
}

export async function organisationOfKlus(db: DbOrTrx, opportunityId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("opportunities")
    .select("organisation_id")
    .where("id", "=", opportunityId)
    .executeTakeFirst();
  return row?.organisation_id;
}

/**
 * Inserts a conversation unless its unique index already holds one, and returns the id either way:
 * two people starting the same conversation at once get the same row.
 */
async function ensureConversation(
  db: DbOrTrx,
  values: Insertable<ConversationsTable>,
  /** The partial unique index that makes the conversation one of a kind. */
  uniqueIndex: (oc: OnConflictBuilder<Database, "conversations">) => OnConflictBuilder<Database, "conversations">,
): Promise<string> {
  await db
    .insertInto("conversations")
    .values(values)
    .onConflict((oc) => uniqueIndex(oc).doNothing())
    .execute();
  let query = db.selectFrom("conversations").select("id").where("kind", "=", values.kind);
  for (const column of [
    "opportunity_id",
    "organisation_id",
    "volunteer_id",
    "other_volunteer_id",
    "business_id",
  ] as const) {
    const value = values[column];
    query = value ? query.where(column, "=", value) : query.where(column, "is", null);
  }
  return (await query.executeTakeFirstOrThrow()).id;
}

export function ensureOrganisationChannel(db: DbOrTrx, organisationId: string) {
  return ensureConversation(db, { kind: "organisation_channel", organisation_id: organisationId }, (oc) =>
    oc.column("organisation_id").where("kind", "=", "organisation_channel"),
  );
}

export function ensureDirectWithOrganisation(db: DbOrTrx, volunteerId: string, organisationId: string) {
  return ensureConversation(db, { kind: "direct", volunteer_id: volunteerId, organisation_id: organisationId }, (oc) =>
    oc
      .columns(["volunteer_id", "organisation_id"])
      .where("kind", "=", "direct")
      .where("organisation_id", "is not", null),
  );
}

/** An organisation and a business talk in one conversation per pair, whichever side started it. */
export function ensureBusinessDirect(db: DbOrTrx, organisationId: string, businessId: string) {
  return ensureConversation(
    db,
    { kind: "business_direct", organisation_id: organisationId, business_id: businessId },
    (oc) => oc.columns(["organisation_id", "business_id"]).where("kind", "=", "business_direct"),
  );
}

/** Between two volunteers one row per pair: the lower id is stored as `volunteer_id`. */
export function ensureDirectBetweenVolunteers(db: DbOrTrx, a: string, b: string) {
  const [low, high] = a < b ? [a, b] : [b, a];
  return ensureConversation(db, { kind: "direct", volunteer_id: low, other_volunteer_id: high }, (oc) =>
    oc
      .columns(["volunteer_id", "other_volunteer_id"])
      .where("kind", "=", "direct")
      .where("other_volunteer_id", "is not", null),
  );
}

export async function addConsent(db: DbOrTrx, userId: string, otherUserId: string) {
  await db
    .insertInto("contact_consents")
    .values({ user_id: userId, other_user_id: otherUserId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function bothConsented(db: DbOrTrx, a: string, b: string): Promise<boolean> {
  const rows = await db
    .selectFrom("contact_consents")
    .select("user_id")
    .where((eb) =>
      eb.or([
        eb.and([eb("user_id", "=", a), eb("other_user_id", "=", b)]),
        eb.and([eb("user_id", "=", b), eb("other_user_id", "=", a)]),
      ]),
    )
    .execute();
  return rows.length === 2;
}

export async function block(db: DbOrTrx, blockerId: string, blockedId: string) {
  await db
    .insertInto("user_blocks")
    .values({ blocker_id: blockerId, blocked_id: blockedId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function unblock(db: DbOrTrx, blockerId: string, blockedId: string) {
  await db.deleteFrom("user_blocks").where("blocker_id", "=", blockerId).where("blocked_id", "=", blockedId).execute();
}

export async function blockedIds(db: DbOrTrx, blockerId: string): Promise<string[]> {
  const rows = await db.selectFrom("user_blocks").select("blocked_id").where("blocker_id", "=", blockerId).execute();
  return rows.map((row) => row.blocked_id);
}

export async function organisationExists(db: DbOrTrx, organisationId: string): Promise<boolean> {
  const row = await db.selectFrom("organisations").select("id").where("id", "=", organisationId).executeTakeFirst();
  return row !== undefined;
}

/** Members who should hear of new messages while away: small conversations only (not channels). */
export async function notifiableMemberIds(db: DbOrTrx, conversationId: string): Promise<string[]> {
  const rows = await sql<{ user_id: string }>`
    select cl.volunteer_id as user_id from conversations c
      join claims cl on cl.opportunity_id = c.opportunity_id and cl.status = 'active'
      where c.id = ${conversationId} and c.kind = 'klus_group'
    union
    select m.user_id from conversations c
      join opportunities o on o.id = c.opportunity_id
      join memberships m on m.organisation_id = o.organisation_id and m.role = 'coordinator'
      where c.id = ${conversationId} and c.kind = 'klus_group'
    union
    select unnest(array[c.volunteer_id, c.other_volunteer_id]) from conversations c
      where c.id = ${conversationId} and c.kind = 'direct'
    union
    select m.user_id from conversations c
      join memberships m on m.organisation_id = c.organisation_id and m.role = 'coordinator'
      where c.id = ${conversationId} and c.kind = 'direct'
    union
    select m.user_id from conversations c
      join memberships m on m.organisation_id in (c.organisation_id, c.business_id) and m.role = 'coordinator'
      where c.id = ${conversationId} and c.kind = 'business_direct'`.execute(db);
  return rows.rows.map((row) => row.user_id).filter((id): id is string => id !== null);
}

/** The people the blocker blocked, by the name others see (nothing else about them). */
export async function blockedPeople(db: DbOrTrx, blockerId: string) {
  return db
    .selectFrom("user_blocks")
    .innerJoin("users", "users.id", "user_blocks.blocked_id")
    .select(["users.id as userId", personName("users").as("name")])
    .where("user_blocks.blocker_id", "=", blockerId)
    .orderBy("users.display_name")
    .execute();
}

/** Those of these members who have read the conversation up to `seq` already. */
export async function readUpTo(db: DbOrTrx, conversationId: string, userIds: string[], seq: number): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom("conversation_members")
    .select("user_id")
    .where("conversation_id", "=", conversationId)
    .where("user_id", "in", userIds)
    .where("last_read_seq", ">=", String(seq))
    .execute();
  return rows.map((row) => row.user_id);
}

/** One conversation as this member's list shows it (title, unread). */
export async function summaryFor(db: DbOrTrx, userId: string, conversationId: string) {
  const [summary] = await listForMember(db, userId, { conversationId });
  return summary;
}
