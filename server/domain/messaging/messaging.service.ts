import { sql } from "kysely";
import { parseInput } from "../parse-input";
import type { Trx } from "../../../db/connect";
import type { ConversationKind } from "../../../db/schema";
import { requireUser, type Actor } from "../actor";
import type { BackgroundTasks } from "../background";
import type { ClaimsService } from "../claims/claims.service";
import type { ClaimResult } from "../claims/claims.types";
import { DomainError, conflict, forbidden, invalid, notFound } from "../errors";
import type { NotificationsService } from "../notifications/notifications.service";
import type { ServiceDependencies } from "../services";
import * as conversations from "./conversations.repository";
import * as membership from "./membership.repository";
import type { ConversationRow } from "./membership.repository";
import * as messages from "./messages.repository";
import { suspendedUntil } from "../moderation/moderation.repository";
import {
  claimFromCardSchema,
  conversationRefSchema,
  editMessageSchema,
  historySchema,
  markReadSchema,
  messageRefSchema,
  postKlusCardSchema,
  reportMessageSchema,
  sendMessageSchema,
  syncSchema,
  type ClaimFromCardInput,
  type ConversationRefInput,
  type EditMessageInput,
  type HistoryInput,
  type MarkReadInput,
  type MessageRefInput,
  type PostKlusCardInput,
  type ReportMessageInput,
  type SendMessageInput,
  type SyncInput,
} from "./messaging.schemas";
import type { ConversationView, MessagePage, MessageView, SyncResult } from "./messaging.types";

/**
 * Serialises "new message" notifications of one conversation with reading it, so that a person
 * gets one notification until they read, and none for what they already read.
 */
async function lockNotificationsOf(trx: Trx, link: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${link}))`.execute(trx);
}

/** Per person, over all conversations: enough for any conversation, too few for a flood. */
const MESSAGES_PER_MINUTE = 30;
const SYNC_PAGE = 200;

/**
 * Where a suspension by the municipality applies: the channels many neighbours read. Klus groups
 * and direct conversations stay open, so a suspended volunteer can still arrange a klus they joined.
 */
export const suspendableKinds: readonly ConversationKind[] = ["wijk_channel", "organisation_channel"];

export const suspended = () =>
  new DomainError("forbidden", "Suspended from channels", { form: ["messaging:errors.suspended"] });

export const rateLimited = () =>
  new DomainError("rate_limited", "Too many messages; wait a minute", { form: ["messaging:errors.rateLimited"] });

/**
 * Messages in conversations. A message is stored (and its sequence number taken under the
 * conversation's row lock) before anyone hears of it; `message.created` is published after commit,
 * and the realtime layer broadcasts it. Every use case checks membership itself.
 */
export function createMessagingService(
  deps: Pick<ServiceDependencies, "db" | "events" | "logger" | "config"> & {
    notifications: NotificationsService;
    claims: ClaimsService;
    background: BackgroundTasks;
  },
) {
  const { db, events, logger, notifications, claims, background } = deps;

  function afterCommit(publish: () => void) {
    try {
      publish();
    } catch (error) {
      logger.error({ err: error }, "a domain event listener failed");
    }
  }

  async function requireMember(actor: Actor, conversationId: string): Promise<ConversationRow & { userId: string }> {
    const user = requireUser(actor);
    const conversation = await membership.findConversationFor(db, conversationId, user.userId);
    if (!conversation) throw notFound("Conversation");
    if (!conversation.isMember) throw forbidden("Only members of the conversation may do this");
    return { ...conversation, userId: user.userId };
  }

  async function canModerate(conversation: ConversationRow, userId: string): Promise<boolean> {
    if (conversation.kind === "direct" || conversation.kind === "business_direct") return false;
    if (conversation.kind === "wijk_channel") return membership.userHasRole(db, userId, "gemeente");
    return conversation.ownerOrganisationId !== null
      ? membership.isCoordinator(db, conversation.ownerOrganisationId, userId)
      : false;
  }

  async function viewOf(conversationId: string, messageId: string, viewerId: string): Promise<MessageView> {
    const view = await messages.getMessage(db, conversationId, messageId, viewerId);
    if (!view) throw notFound("Message");
    return view;
  }

  /** In a direct conversation nobody on the other side may have blocked the sender. */
  async function checkNotBlocked(conversation: ConversationRow, userId: string) {
    if (conversation.kind !== "direct" && conversation.kind !== "business_direct") return;
    const others = (await membership.directParticipants(db, conversation)).filter((id) => id !== userId);
    if (await membership.isBlockedByAnyOf(db, userId, others)) {
      throw forbidden("You cannot send messages in this conversation");
    }
  }

  /** A person the municipality suspended cannot write in wijk and organisation channels. */
  async function checkNotSuspended(conversation: ConversationRow, userId: string) {
    if (!suspendableKinds.includes(conversation.kind)) return;
    if (await suspendedUntil(db, userId)) throw suspended();
  }

  /** One "new message" notification per conversation and person until they read it. */
  async function notifyMembers(message: MessageView) {
    const link = `/gesprekken/${message.conversationId}`;
    const memberIds = (await conversations.notifiableMemberIds(db, message.conversationId)).filter(
      (id) => id !== message.authorId,
    );
    if (memberIds.length === 0) return;
    const added = await db.transaction().execute(async (trx) => {
      await lockNotificationsOf(trx, link);
      // Not those who have read this far already, nor those who still have an unread one for it.
      const skipped = new Set([
        ...(await notifications.holdersOfUnreadInTransaction(trx, memberIds, "newMessage", link)),
        ...(await conversations.readUpTo(trx, message.conversationId, memberIds, message.seq)),
      ]);
      const title = (await conversations.summaryFor(trx, memberIds[0]!, message.conversationId))?.title;
      return notifications.addInTransaction(
        trx,
        memberIds
          .filter((id) => !skipped.has(id))
          .map((userId) => ({
            userId,
            kind: "newMessage",
            data: { name: message.authorName, conversationTitle: title ?? "" },
            link,
          })),
      );
    });
    notifications.announce(added);
  }

  async function store(
    conversation: ConversationRow,
    authorId: string,
    message: { clientId: string; kind: "text" | "klus_card"; body: string; opportunityId?: string },
  ): Promise<{ message: MessageView; created: boolean }> {
    if (conversation.archived) throw conflict("This klus group is archived: the klus has ended");
    const { existing, recent } = await messages.priorSendAndRecentCount(db, authorId, message.clientId, 60);
    // A retry of a message that was stored: answer with it, store nothing.
    if (existing) {
      if (existing.conversationId !== conversation.id) throw conflict("That message id was used elsewhere");
      return { message: await viewOf(conversation.id, existing.id, authorId), created: false };
    }
    if (recent >= Math.round(MESSAGES_PER_MINUTE * deps.config.rateLimitMultiplier)) throw rateLimited();
    let stored: Awaited<ReturnType<typeof messages.appendMessage>>;
    try {
      stored = await messages.appendMessage(db, { conversationId: conversation.id, authorId, ...message });
    } catch (error) {
      // The same retry arriving twice at once: the second one lost the race on the unique client id.
      const raced = await messages.findIdByClientId(db, authorId, message.clientId);
      if (!raced || raced.conversationId !== conversation.id) throw error;
      return { message: await viewOf(conversation.id, raced.id, authorId), created: false };
    }
    // A text message's view is known without asking again; a card needs its klus.
    const view: MessageView =
      message.kind === "text"
        ? {
            id: stored.id,
            conversationId: conversation.id,
            seq: stored.seq,
            changedSeq: stored.seq,
            clientId: message.clientId,
            kind: "text",
            authorId,
            authorName: conversation.viewerName,
            fromOrganisation: conversation.viewerIsOwnerCoordinator,
            body: message.body,
            state: "visible",
            card: null,
            createdAt: stored.createdAt.toISOString(),
            editedAt: null,
          }
        : await viewOf(conversation.id, stored.id, authorId);
    afterCommit(() => events.publish("message.created", { message: view }));
    if (
      conversation.kind === "klus_group" ||
      conversation.kind === "direct" ||
      conversation.kind === "business_direct"
    ) {
      background.run("notify of a new message", () => notifyMembers(view));
    }
    return { message: view, created: true };
  }

  async function change(
    actor: Actor,
    messageId: string,
    decide: (
      found: NonNullable<Awaited<ReturnType<typeof messages.lockMessage>>>,
      conversation: ConversationRow & { userId: string },
    ) => Promise<messages.MessageChange>,
  ): Promise<MessageView> {
    const user = requireUser(actor);
    const found = await messages.findMessage(db, messageId);
    if (!found) throw notFound("Message");
    const conversation = await requireMember(user, found.conversationId);
    await db.transaction().execute(async (trx) => {
      const locked = await messages.lockMessage(trx, messageId);
      if (!locked) throw notFound("Message");
      const update = await decide(locked, conversation);
      const changedSeq = await messages.nextChangeSeq(trx, locked.conversationId);
      await messages.updateMessage(trx, messageId, { ...update, changedSeq });
    });
    const view = await viewOf(found.conversationId, messageId, user.userId);
    afterCommit(() => events.publish("message.changed", { message: view }));
    return view;
  }

  function requireOwnLiveText(
    found: { authorId: string; kind: string; deletedAt: Date | null; hiddenAt: Date | null },
    userId: string,
  ) {
    if (found.authorId !== userId) throw forbidden("Only the author may change a message");
    if (found.deletedAt || found.hiddenAt)
      throw conflict("The message was deleted", { form: ["messaging:errors.gone"] });
  }

  return {
    async getConversation(actor: Actor, input: ConversationRefInput): Promise<ConversationView> {
      const { conversationId } = parseInput(conversationRefSchema, input);
      const conversation = await requireMember(actor, conversationId);
      const summary = await conversations.summaryFor(db, conversation.userId, conversationId);
      if (!summary) throw notFound("Conversation");
      const moderator = await canModerate(conversation, conversation.userId);
      const coordinatorHere =
        conversation.kind === "wijk_channel" ||
        (conversation.kind === "organisation_channel" && conversation.ownerOrganisationId !== null)
          ? conversation.kind === "wijk_channel"
            ? await membership.coordinatesAnyOrganisation(db, conversation.userId)
            : await membership.isCoordinator(db, conversation.ownerOrganisationId!, conversation.userId)
          : false;
      return {
        ...summary,
        canModerate: moderator,
        canPostCards: coordinatorHere,
        subscribable: conversation.kind === "wijk_channel" || conversation.kind === "organisation_channel",
        lastReadSeq: await conversations.lastReadSeq(db, conversationId, conversation.userId),
        suspendedUntil: suspendableKinds.includes(conversation.kind)
          ? ((await suspendedUntil(db, conversation.userId))?.toISOString() ?? null)
          : null,
        archived: conversation.archived,
        messagesRemoved: conversation.messagesRemoved,
      };
    },

    async listConversations(actor: Actor) {
      const user = requireUser(actor);
      return conversations.listForMember(db, user.userId);
    },

    async history(actor: Actor, input: HistoryInput): Promise<MessagePage> {
      const { conversationId, beforeSeq, limit } = parseInput(historySchema, input);
      const conversation = await requireMember(actor, conversationId);
      return messages.pageBefore(db, conversationId, conversation.userId, beforeSeq, limit);
    },

    /** What a client that saw everything up to `afterSeq` missed: new messages and changes, in order. */
    async sync(actor: Actor, input: SyncInput): Promise<SyncResult> {
      const { conversationId, afterSeq } = parseInput(syncSchema, input);
      const conversation = await requireMember(actor, conversationId);
      // lastSeq was read before the changes: every change up to it had committed (each took the
      // conversation's row lock in turn), so a complete page leaves the client knowing all up to it.
      const page = await messages.changedAfter(db, conversationId, conversation.userId, afterSeq, SYNC_PAGE);
      const lastReturned = page.messages.at(-1)?.changedSeq ?? afterSeq;
      const cursor = page.complete ? Math.max(conversation.lastSeq, lastReturned, afterSeq) : lastReturned;
      return { ...page, lastSeq: conversation.lastSeq, cursor };
    },

    async send(actor: Actor, input: SendMessageInput): Promise<{ message: MessageView; created: boolean }> {
      const { conversationId, clientId, body } = parseInput(sendMessageSchema, input);
      const conversation = await requireMember(actor, conversationId);
      await checkNotBlocked(conversation, conversation.userId);
      await checkNotSuspended(conversation, conversation.userId);
      return store(conversation, conversation.userId, { clientId, kind: "text", body });
    },

    async edit(actor: Actor, input: EditMessageInput): Promise<MessageView> {
      const { messageId, body } = parseInput(editMessageSchema, input);
      return change(actor, messageId, async (found, conversation) => {
        requireOwnLiveText(found, conversation.userId);
        if (found.kind !== "text") throw conflict("A klus card cannot be edited");
        return { edit: body };
      });
    },

    async remove(actor: Actor, input: MessageRefInput): Promise<MessageView> {
      const { messageId } = parseInput(messageRefSchema, input);
      return change(actor, messageId, async (found, conversation) => {
        requireOwnLiveText(found, conversation.userId);
        return { delete: true as const };
      });
    },

    async hide(actor: Actor, input: MessageRefInput): Promise<MessageView> {
      const { messageId } = parseInput(messageRefSchema, input);
      return change(actor, messageId, async (found, conversation) => {
        if (!(await canModerate(conversation, conversation.userId))) {
          throw forbidden("Only the channel's coordinators may hide messages");
        }
        if (found.hiddenAt) throw conflict("Already hidden", { form: ["messaging:errors.gone"] });
        return { hideBy: conversation.userId };
      });
    },

    /**
     * The municipality's moderation hides a message inside its own transaction (the audit row goes
     * in the same one), without being a member of the conversation. False when it was hidden already.
     * After commit, call `announceChanged` so members see it go, as with a coordinator's hide.
     */
    async hideInTransaction(trx: Trx, messageId: string, moderatorId: string): Promise<boolean> {
      const locked = await messages.lockMessage(trx, messageId);
      if (!locked) throw notFound("Message");
      if (locked.hiddenAt) return false;
      const changedSeq = await messages.nextChangeSeq(trx, locked.conversationId);
      await messages.updateMessage(trx, messageId, { hideBy: moderatorId, changedSeq });
      return true;
    },

    /** Publishes `message.changed` (the realtime layer broadcasts `message:changed`) after a commit. */
    async announceChanged(conversationId: string, messageId: string, viewerId: string): Promise<void> {
      const view = await viewOf(conversationId, messageId, viewerId);
      afterCommit(() => events.publish("message.changed", { message: view }));
    },

    async report(actor: Actor, input: ReportMessageInput): Promise<{ reported: true }> {
      const { messageId, reason } = parseInput(reportMessageSchema, input);
      const found = await messages.findMessage(db, messageId);
      if (!found) throw notFound("Message");
      const conversation = await requireMember(actor, found.conversationId);
      if (found.authorId === conversation.userId) throw invalid("You cannot report your own message");
      await messages.insertReport(db, messageId, conversation.userId, reason);
      logger.info({ messageId, conversationId: found.conversationId }, "message reported");
      return { reported: true };
    },

    async markRead(actor: Actor, input: MarkReadInput): Promise<{ unread: number }> {
      const { conversationId, seq } = parseInput(markReadSchema, input);
      const conversation = await requireMember(actor, conversationId);
      const link = `/gesprekken/${conversationId}`;
      await db.transaction().execute(async (trx) => {
        await lockNotificationsOf(trx, link);
        await conversations.markRead(trx, conversationId, conversation.userId, Math.min(seq, conversation.lastSeq));
        await notifications.markReadByLinkInTransaction(trx, conversation.userId, "newMessage", link);
      });
      const summary = await conversations.summaryFor(db, conversation.userId, conversationId);
      return { unread: summary?.unread ?? 0 };
    },

    /** Typing is not stored; this only checks that the typist belongs to the conversation. */
    async typing(actor: Actor, input: ConversationRefInput): Promise<{ userId: string; name: string }> {
      const { conversationId } = parseInput(conversationRefSchema, input);
      const conversation = await requireMember(actor, conversationId);
      return { userId: conversation.userId, name: conversation.viewerName };
    },

    /** A coordinator posts one of their organisation's open klussen in a channel, as a card. */
    async postKlusCard(actor: Actor, input: PostKlusCardInput): Promise<{ message: MessageView; created: boolean }> {
      const { conversationId, opportunityId, clientId } = parseInput(postKlusCardSchema, input);
      const user = requireUser(actor);
      const conversation = await membership.findConversationFor(db, conversationId, user.userId);
      if (!conversation) throw notFound("Conversation");
      if (conversation.kind !== "wijk_channel" && conversation.kind !== "organisation_channel") {
        throw invalid("Klus cards go in channels", { form: ["messaging:errors.cardsInChannels"] });
      }
      const klus = await db
        .selectFrom("opportunities")
        .select(["organisation_id", "kind", "status", "published_at", "starts_at"])
        .where("id", "=", opportunityId)
        .executeTakeFirst();
      if (!klus || klus.kind !== "task") throw notFound("Klus");
      if (!(await membership.isCoordinator(db, klus.organisation_id, user.userId))) {
        throw forbidden("Only the klus's coordinators may post it");
      }
      if (conversation.kind === "organisation_channel" && conversation.organisationId !== klus.organisation_id) {
        throw forbidden("Only the organisation's own klussen go in its channel");
      }
      await checkNotSuspended(conversation, user.userId);
      if (klus.status !== "open" || klus.published_at === null || (klus.starts_at && klus.starts_at <= new Date())) {
        throw conflict("The klus is not open", { form: ["messaging:errors.klusNotOpen"] });
      }
      // Posting in a channel makes the coordinator a member of it.
      if (!conversation.isMember) {
        await conversations.setSubscribed(db, conversationId, user.userId, true);
        afterCommit(() =>
          events.publish("conversation.members_changed", { conversationId, joined: [user.userId], left: [] }),
        );
      }
      return store(conversation, user.userId, { clientId, kind: "klus_card", body: "", opportunityId });
    },

    /** "Ik doe mee" on a card: a real claim, with every rule of the marketplace. */
    async claimFromCard(actor: Actor, input: ClaimFromCardInput): Promise<ClaimResult> {
      const { messageId, vogConfirmed } = parseInput(claimFromCardSchema, input);
      const found = await messages.findMessage(db, messageId);
      if (!found || found.kind !== "klus_card" || !found.opportunityId || found.deletedAt || found.hiddenAt) {
        throw notFound("Message");
      }
      await requireMember(actor, found.conversationId);
      return claims.claim(actor, { opportunityId: found.opportunityId, vogConfirmed });
    },

    conversationsWithCardFor(opportunityId: string) {
      return messages.conversationsWithCardFor(db, opportunityId);
    },
  };
}

export type MessagingService = ReturnType<typeof createMessagingService>;
