import type { ConversationKind, MessageKind } from "../../../db/schema";
import type { SpotsView } from "../claims/claims.types";

/** A klus posted in a channel: what the card shows; the spots change live. */
export interface KlusCardView extends SpotsView {
  title: string;
  startsAt: string | null;
  endsAt: string | null;
  buurtName: string | null;
  organisationName: string;
  open: boolean;
  /** "Ik doe mee" asks for a VOG confirmation on these. */
  vogRequired: boolean;
}

/**
 * One message as every member sees it. `body` is plain text (links are made clickable when shown,
 * nothing is rendered as HTML); it is null once the message was deleted or hidden.
 */
export interface MessageView {
  id: string;
  conversationId: string;
  /** Order of arrival in the conversation. */
  seq: number;
  /** The conversation's counter at the last change (arrival, edit, delete, hide): the resync cursor. */
  changedSeq: number;
  clientId: string;
  kind: MessageKind;
  authorId: string;
  authorName: string;
  /** Written on behalf of the organisation the conversation is with (a coordinator). */
  fromOrganisation: boolean;
  body: string | null;
  state: "visible" | "deleted" | "hidden";
  card: KlusCardView | null;
  createdAt: string;
  editedAt: string | null;
}

export interface ConversationSummary {
  id: string;
  kind: ConversationKind;
  /** For wijk channels the wijk as residents know it, e.g. "Oud-Oost (Oosterparkwijk)". */
  title: string;
  /** Where the conversation is about: a klus, an organisation or a wijk page. */
  opportunityId: string | null;
  organisationId: string | null;
  wijkCode: string | null;
  lastSeq: number;
  lastMessageAt: string | null;
  unread: number;
}

export interface ConversationView extends ConversationSummary {
  /** The viewer may hide messages here (coordinators in their own channels, the municipality in wijk channels). */
  canModerate: boolean;
  /** The viewer may post klus cards here. */
  canPostCards: boolean;
  /** Channels one joins and leaves by choice. */
  subscribable: boolean;
  lastReadSeq: number;
  /** In a wijk or organisation channel: the end of the viewer's suspension by the municipality (ISO). */
  suspendedUntil: string | null;
  /** A klus group whose klus ended: read only, its messages removed after the retention period. */
  archived: boolean;
  messagesRemoved: boolean;
}

export interface MessagePage {
  messages: MessageView[];
  hasMore: boolean;
}

export interface SyncResult {
  messages: MessageView[];
  /** The conversation's counter when the sync began. */
  lastSeq: number;
  /**
   * Everything up to here is now known to the client: the next sync starts after it. Live events
   * may arrive out of order (two senders, two processes), so a client moves its cursor past a live
   * event only when that event is exactly `cursor + 1`, and otherwise leaves it to the next sync.
   */
  cursor: number;
  /** False when more changes are waiting: sync again from `cursor`. */
  complete: boolean;
}
