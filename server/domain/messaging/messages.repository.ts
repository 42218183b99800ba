import { takenSpots } from "../claims/taken-spots";
import { sql, type SelectQueryBuilder } from "kysely";
import type { DbOrTrx, Trx } from "../../../db/connect";
import type { Database, MessageKind } from "../../../db/schema";
import type { MessageView } from "./messaging.types";
import { personName } from "../people/person-name";

/** An edit, delete or hide takes the next number too, but is not new activity (last_message_at stays). */
export async function nextChangeSeq(trx: Trx, conversationId: string): Promise<number> {
  const row = await trx
    .updateTable("conversations")
    .set({ last_seq: sql`last_seq + 1` })
    .where("id", "=", conversationId)
    .returning("last_seq")
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

export async function findIdByClientId(db: DbOrTrx, authorId: string, clientId: string) {
  const row = await db
    .selectFrom("messages")
    .select(["id", "conversation_id as conversationId"])
    .where("author_id", "=", authorId)
    .where("client_id", "=", clientId)
    .executeTakeFirst();
  return row;
}

const messageFacts = [
  "id",
  "conversation_id as conversationId",
  "author_id as authorId",
  "kind",
  "opportunity_id as opportunityId",
  "deleted_at as deletedAt",
  "hidden_at as hiddenAt",
] as const;

export async function lockMessage(trx: Trx, messageId: string) {
  return trx.selectFrom("messages").select(messageFacts).where("id", "=", messageId).forUpdate().executeTakeFirst();
}

export async function findMessage(db: DbOrTrx, messageId: string) {
  return db.selectFrom("messages").select(messageFacts).where("id", "=", messageId).executeTakeFirst();
}

export type MessageChange = { edit: string } | { delete: true } | { hideBy: string };

export async function updateMessage(trx: Trx, messageId: string, change: MessageChange & { changedSeq: number }) {
  const set =
    "edit" in change
      ? { body: change.edit, edited_at: sql<Date>`now()` }
      : "delete" in change
        ? // The words are gone for good; the row stays so the conversation shows "deleted".
          { body: "", deleted_at: sql<Date>`now()` }
        : { hidden_at: sql<Date>`now()`, hidden_by: change.hideBy };
  await trx
    .updateTable("messages")
    .set({ ...set, changed_seq: change.changedSeq })
    .where("id", "=", messageId)
    .execute();
}

/** Messages as the viewer sees them: without the people they blocked, with cards filled in. */
function messagesFor(db: DbOrTrx, conversationId: string, viewerId: string) {
  return db
    .selectFrom("messages")
    .innerJoin("users as author", "author.id", "messages.author_id")
    .innerJoin("conversations", "conversations.id", "messages.conversation_id")
    .leftJoin("opportunities as host", "host.id", "conversations.opportunity_id")
    .leftJoin("opportunities as klus", "klus.id", "messages.opportunity_id")
    .leftJoin("organisations as klus_org", "klus_org.id", "klus.organisation_id")
    .leftJoin("buurten", "buurten.code", "klus.buurt_code")
    .where("messages.conversation_id", "=", conversationId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("user_blocks")
            .select(sql`1`.as("one"))
            .where("user_blocks.blocker_id", "=", viewerId)
            .whereRef("user_blocks.blocked_id", "=", "messages.author_id"),
        ),
      ),
    )
    .select((eb) => [
      "messages.id",
      "messages.conversation_id as conversationId",
      "messages.seq",
      "messages.changed_seq as changedSeq",
      "messages.client_id as clientId",
      "messages.kind",
      "messages.author_id as authorId",
      personName("author").as("authorName"),
      eb
        .exists(
          eb
            .selectFrom("memberships")
            .select(sql`1`.as("one"))
            .whereRef("memberships.user_id", "=", "messages.author_id")
            .where("memberships.role", "=", "coordinator")
            .whereRef(
              "memberships.organisation_id",
              "=",
              eb.fn.coalesce("conversations.organisation_id", "host.organisation_id"),
            ),
        )
        .as("fromOrganisation"),
      "messages.body",
      "messages.deleted_at as deletedAt",
      "messages.hidden_at as hiddenAt",
      "messages.created_at as createdAt",
      "messages.edited_at as editedAt",
      "klus.id as klusId",
      "klus.title as klusTitle",
      "klus.starts_at as klusStartsAt",
      "klus.ends_at as klusEndsAt",
      "klus.spots as klusSpots",
      "klus.status as klusStatus",
      "klus.vog_required as klusVogRequired",
      "klus_org.name as klusOrganisationName",
      "buurten.name as klusBuurtName",
      takenSpots(eb.ref("klus.id")).as("klusActive"),
    ]);
}

type MessageRow = Awaited<ReturnType<ReturnType<typeof messagesFor>["executeTakeFirstOrThrow"]>>;

export function toView(row: MessageRow, now = new Date()): MessageView {
  const state = row.hiddenAt ? "hidden" : row.deletedAt ? "deleted" : "visible";
  const active = Number(row.klusActive ?? 0);
  return {
    id: String(row.id),
    conversationId: row.conversationId,
    seq: Number(row.seq),
    changedSeq: Number(row.changedSeq),
    clientId: row.clientId,
    kind: row.kind,
    authorId: row.authorId,
    authorName: row.authorName,
    fromOrganisation: Boolean(row.fromOrganisation),
    body: state === "visible" ? row.body : null,
    state,
    card:
      row.kind === "klus_card" && row.klusId
        ? {
            opportunityId: row.klusId,
            title: row.klusTitle ?? "",
            startsAt: row.klusStartsAt?.toISOString() ?? null,
            endsAt: row.klusEndsAt?.toISOString() ?? null,
            buurtName: row.klusBuurtName,
            organisationName: row.klusOrganisationName ?? "",
            spots: row.klusSpots,
            spotsLeft: row.klusSpots === null ? null : Math.max(0, row.klusSpots - active),
            open: row.klusStatus === "open" && (!row.klusStartsAt || row.klusStartsAt > now),
            vogRequired: Boolean(row.klusVogRequired),
          }
        : null,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
  };
}

async function run(query: SelectQueryBuilder<Database, never, MessageRow>) {
  return (await query.execute()).map((row) => toView(row));
}

export async function getMessage(db: DbOrTrx, conversationId: string, messageId: string, viewerId: string) {
  const row = await messagesFor(db, conversationId, viewerId).where("messages.id", "=", messageId).executeTakeFirst();
  return row && toView(row);
}

/** The newest `limit` messages before `beforeSeq` (or the newest), oldest first. */
export async function pageBefore(
  db: DbOrTrx,
  conversationId: string,
  viewerId: string,
  beforeSeq: number | undefined,
  limit: number,
) {
  let query = messagesFor(db, conversationId, viewerId)
    .orderBy("messages.seq", "desc")
    .limit(limit + 1);
  if (beforeSeq !== undefined) query = query.where("messages.seq", "<", String(beforeSeq));
  const rows = await run(query as never);
  return { messages: rows.slice(0, limit).reverse(), hasMore: rows.length > limit };
}

/** Every message that arrived or changed after `afterSeq`, in the order of the changes. */
export async function changedAfter(
  db: DbOrTrx,
  conversationId: string,
  viewerId: string,
  afterSeq: number,
  limit: number,
) {
  const rows = await run(
    messagesFor(db, conversationId, viewerId)
      .where("messages.changed_seq", ">", String(afterSeq))
      .orderBy("messages.changed_seq", "asc")
      .limit(limit + 1) as never,
  );
  return { messages: rows.slice(0, limit), complete: rows.length <= limit };
}

/** Conversations where the klus has a card, so a change of its spots reaches those channels. */
export async function conversationsWithCardFor(db: DbOrTrx, opportunityId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("messages")
    .select("conversation_id")
    .distinct()
    .where("opportunity_id", "=", opportunityId)
    .where("kind", "=", "klus_card")
    .where("deleted_at", "is", null)
    .execute();
  return rows.map((row) => row.conversation_id);
}

export async function insertReport(trx: DbOrTrx, messageId: string, reporterId: string, reason: string) {
  await trx
    .insertInto("message_reports")
    .values({ message_id: messageId, reporter_id: reporterId, reason })
    .onConflict((oc) => oc.columns(["message_id", "reporter_id"]).doUpdateSet({ reason }))
    .execute();
}

/**
 * Appends a message in one statement: the conversation's next number is taken by the update (whose
 * row lock lasts until the statement commits, so numbers still become visible in order) and used by
 * the insert. One round trip instead of a transaction's four.
 */
export async function appendMessage(
  db: DbOrTrx,
  message: {
    conversationId: string;
    authorId: string;
    clientId: string;
    kind: MessageKind;
    body: string;
    opportunityId?: string | null;
  },
): Promise<{ id: string; seq: number; createdAt: Date }> {
  const result = await sql<{ id: string; seq: string; created_at: Date }>`
    with next as (
      update conversations set last_seq = last_seq + 1, last_message_at = now()
      where id = ${message.conversationId}
      returning last_seq
    )
    insert into messages (conversation_id, author_id, client_id, kind, body, opportunity_id, seq, changed_seq)
    select ${message.conversationId}, ${message.authorId}, ${message.clientId}, ${message.kind}, ${message.body},
      ${message.opportunityId ?? null}, next.last_seq, next.last_seq
    from next
    returning id, seq, created_at`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error("the conversation disappeared");
  return { id: String(row.id), seq: Number(row.seq), createdAt: new Date(row.created_at) };
}

/** In one round trip: a message the author already sent with this client id, and how many they sent lately. */
export async function priorSendAndRecentCount(db: DbOrTrx, authorId: string, clientId: string, seconds: number) {
  const result = await sql<{ existing_id: string | null; existing_conversation: string | null; recent: string }>`
    select prior.id as existing_id, prior.conversation_id as existing_conversation,
      (select count(*) from messages
        where author_id = ${authorId} and created_at > now() - make_interval(secs => ${seconds})) as recent
    from (select 1) as one
    left join messages as prior on prior.author_id = ${authorId} and prior.client_id = ${clientId}`.execute(db);
  const row = result.rows[0];
  return {
    existing: row?.existing_id ? { id: String(row.existing_id), conversationId: row.existing_conversation! } : null,
    recent: Number(row?.recent ?? 0),
  };
}
