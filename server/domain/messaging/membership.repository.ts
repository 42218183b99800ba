import { sql, type Expression, type ExpressionBuilder } from "kysely";
import type { DbOrTrx } from "../../../db/connect";
import type { ConversationKind, Database } from "../../../db/schema";
import { personName } from "../people/person-name";

export { displayNameOf, userHasRole } from "../accounts/accounts.repository";
export { coordinatesAnyOrganisation, isCoordinator } from "../organisations/memberships.repository";

type ConversationScope = ExpressionBuilder<Database, "conversations">;

/**
 * Who belongs to a conversation, in one place. Membership is derived where it follows something
 * else, so it can never drift: a klus group is the klus's coordinators and active claimants; the
 * organisation's side of a conversation is its coordinators; only wijk and organisation channels
 * are joined by choice (`conversation_members.subscribed`).
 */
export function isMemberExpression(eb: ConversationScope, userId: string) {
  const coordinatorOf = (organisationId: Expression<string | null>) =>
    eb.exists(
      eb
        .selectFrom("memberships")
        .select(sql`1`.as("one"))
        .whereRef("memberships.organisation_id", "=", organisationId)
        .where("memberships.user_id", "=", userId)
        .where("memberships.role", "=", "coordinator"),
    );
  const subscribed = eb.exists(
    eb
      .selectFrom("conversation_members")
      .select(sql`1`.as("one"))
      .whereRef("conversation_members.conversation_id", "=", "conversations.id")
      .where("conversation_members.user_id", "=", userId)
      .where("conversation_members.subscribed", "=", true),
  );
  return eb.or([
    eb.and([
      eb("conversations.kind", "=", "klus_group"),
      eb.or([
        eb.exists(
          eb
            .selectFrom("claims")
            .select(sql`1`.as("one"))
            .whereRef("claims.opportunity_id", "=", "conversations.opportunity_id")
            .where("claims.volunteer_id", "=", userId)
            .where("claims.status", "=", "active"),
        ),
        eb.exists(
          eb
            .selectFrom("opportunities")
            .innerJoin("memberships", "memberships.organisation_id", "opportunities.organisation_id")
            .select(sql`1`.as("one"))
            .whereRef("opportunities.id", "=", "conversations.opportunity_id")
            .where("memberships.user_id", "=", userId)
            .where("memberships.role", "=", "coordinator"),
        ),
      ]),
    ]),
    eb.and([eb("conversations.kind", "=", "wijk_channel"), subscribed]),
    eb.and([
      eb("conversations.kind", "=", "organisation_channel"),
      eb.or([subscribed, coordinatorOf(eb.ref("conversations.organisation_id"))]),
    ]),
    eb.and([
      eb("conversations.kind", "=", "direct"),
      eb.or([
        eb("conversations.volunteer_id", "=", userId),
        eb("conversations.other_volunteer_id", "=", userId),
        coordinatorOf(eb.ref("conversations.organisation_id")),
      ]),
    ]),
    eb.and([
      eb("conversations.kind", "=", "business_direct"),
      eb.or([
        coordinatorOf(eb.ref("conversations.organisation_id")),
        coordinatorOf(eb.ref("conversations.business_id")),
      ]),
    ]),
  ]);
}

export interface ConversationRow {
  id: string;
  kind: ConversationKind;
  opportunityId: string | null;
  wijkCode: string | null;
  organisationId: string | null;
  volunteerId: string | null;
  otherVolunteerId: string | null;
  businessId: string | null;
  /** The organisation the conversation is with: its own, or the klus's. */
  ownerOrganisationId: string | null;
  lastSeq: number;
  isMember: boolean;
  /** A klus group whose klus ended: read only; the retention job removes its messages later. */
  archived: boolean;
  /** The retention job removed its messages. */
  messagesRemoved: boolean;
  /** The name others see of the person asking, and whether they speak for the organisation here. */
  viewerName: string;
  viewerIsOwnerCoordinator: boolean;
}

export async function findConversationFor(
  db: DbOrTrx,
  conversationId: string,
  userId: string,
): Promise<ConversationRow | undefined> {
  const row = await db
    .selectFrom("conversations")
    .leftJoin("opportunities", "opportunities.id", "conversations.opportunity_id")
    .select((eb) => [
      "conversations.id",
      "conversations.kind",
      "conversations.opportunity_id as opportunityId",
      "conversations.wijk_code as wijkCode",
      "conversations.organisation_id as organisationId",
      "conversations.volunteer_id as volunteerId",
      "conversations.other_volunteer_id as otherVolunteerId",
      "conversations.business_id as businessId",
      eb.fn.coalesce("conversations.organisation_id", "opportunities.organisation_id").as("ownerOrganisationId"),
      "conversations.last_seq as lastSeq",
      isMemberExpression(eb, userId).as("isMember"),
      eb.selectFrom("users").select(personName("users").as("name")).where("users.id", "=", userId).as("viewerName"),
      sql<boolean>`(conversations.kind = 'klus_group' and opportunities.ends_at <= now())`.as("archived"),
      sql<boolean>`(conversations.messages_removed_at is not null)`.as("messagesRemoved"),
      eb
        .exists(
          eb
            .selectFrom("memberships")
            .select(sql`1`.as("one"))
            .where("memberships.user_id", "=", userId)
            .where("memberships.role", "=", "coordinator")
            .whereRef(
              "memberships.organisation_id",
              "=",
              eb.fn.coalesce("conversations.organisation_id", "opportunities.organisation_id"),
            ),
        )
        .as("viewerIsOwnerCoordinator"),
    ])
    .where("conversations.id", "=", conversationId)
    .executeTakeFirst();
  return (
    row && {
      ...row,
      lastSeq: Number(row.lastSeq),
      isMember: Boolean(row.isMember),
      archived: Boolean(row.archived),
      messagesRemoved: Boolean(row.messagesRemoved),
      viewerName: row.viewerName ?? "",
      viewerIsOwnerCoordinator: Boolean(row.viewerIsOwnerCoordinator),
    }
  );
}

/** Every conversation the person belongs to (for joining its Socket.IO rooms on connect). */
export async function memberConversationIds(db: DbOrTrx, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("conversations")
    .select("conversations.id")
    .where((eb) => isMemberExpression(eb, userId))
    .execute();
  return rows.map((row) => row.id);
}

/** True when one of `others` has blocked `userId`. */
export async function isBlockedByAnyOf(db: DbOrTrx, userId: string, others: string[]): Promise<boolean> {
  if (others.length === 0) return false;
  const row = await db
    .selectFrom("user_blocks")
    .select("blocker_id")
    .where("blocked_id", "=", userId)
    .where("blocker_id", "in", others)
    .executeTakeFirst();
  return row !== undefined;
}

/** The people on the other side of a direct conversation, for block checks. */
export async function directParticipants(db: DbOrTrx, conversation: ConversationRow): Promise<string[]> {
  const people = [conversation.volunteerId, conversation.otherVolunteerId].filter((id): id is string => id !== null);
  const organisations = [conversation.organisationId, conversation.businessId].filter(
    (id): id is string => id !== null,
  );
  if (organisations.length > 0) {
    const coordinators = await db
      .selectFrom("memberships")
      .select("user_id")
      .where("organisation_id", "in", organisations)
      .where("role", "=", "coordinator")
      .execute();
    people.push(...coordinators.map((row) => row.user_id));
  }
  return people;
}
