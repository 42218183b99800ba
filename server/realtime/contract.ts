/**
 * The typed Socket.IO contract, shared by the server and the browser (types only).
 * Client events are imperative (`feed:subscribe`), server events past tense (`opportunity:published`).
 * Every client event takes an ack of `{ data } | { error }`.
 */
import type { Actor } from "../domain/actor";
import type { ClaimChange, ClaimResult, ClaimUpdate, SpotsView } from "../domain/claims/claims.types";
import type { MessagePage, MessageView, SyncResult } from "../domain/messaging/messaging.types";
import type { NotificationView } from "../domain/notifications/notifications.types";
import type { OpportunityCard } from "../domain/opportunities/opportunities.types";

export type Ack<T> = (response: { data: T } | { error: { code: string; message: string } }) => void;

export interface ServerToClientEvents {
  "opportunity:published": (card: OpportunityCard) => void;
  /** To `user:<id>` only. */
  "notification:created": (notification: NotificationView) => void;
  /** To `klus:<id>`: the spots left of a klus changed. */
  "klus:spots": (spots: SpotsView) => void;
  /** To the coordinators' `user:<id>` rooms: someone claimed or cancelled (display name only). */
  "claim:created": (change: ClaimChange) => void;
  "claim:cancelled": (change: ClaimChange & { promoted: { claimId: string; volunteerName: string } | null }) => void;
  /**
   * To the volunteer's own `user:<id>` room: their claim on a klus changed (promoted from the
   * waitlist, or claimed or cancelled in another tab).
   */
  "claim:updated": (update: ClaimUpdate) => void;
  /**
   * To `session:<id>`, just before its sockets are disconnected: the session was logged out,
   * replaced by a new log-in, or ran out. Reconnect to act as whoever the cookie now names.
   */
  "session:ended": () => void;
  /** To `conversation:<id>`: a new message, stored and committed. */
  "message:created": (message: MessageView) => void;
  /** To `conversation:<id>`: a message was edited, deleted or hidden (merge by id). */
  "message:changed": (message: MessageView) => void;
  /** To `conversation:<id>`, not to the typist. */
  "conversation:typing": (typing: { conversationId: string; userId: string; name: string }) => void;
  /** To `conversation:<id>` of channels where the klus has a card: its spots left changed. */
  "card:spots": (spots: SpotsView) => void;
  /** To `user:<id>`: the person joined or left a conversation (its room is joined or left for them). */
  "conversation:membership": (change: { conversationId: string; member: boolean }) => void;
}

export interface ClientToServerEvents {
  /** Join the public feed of newly published opportunities (home page). */
  "feed:subscribe": (ack: Ack<{ room: string }>) => void;
  /** Join `klus:<id>` to hear its spots left; answers with the current spots. Anyone may. */
  "klus:subscribe": (payload: { opportunityId: string }, ack: Ack<SpotsView>) => void;
  /** Claim a spot (or a waitlist place); logged-in sockets only. */
  "claim:create": (payload: { opportunityId: string; vogConfirmed?: boolean }, ack: Ack<ClaimResult>) => void;
  /** Cancel one's own claim. */
  "claim:cancel": (payload: { claimId: string }, ack: Ack<SpotsView & { promotedClaimId: string | null }>) => void;
  /**
   * Send a message. `clientId` is a UUID the client makes once per message and reuses on retry:
   * the ack then carries the stored message and nothing is stored twice. Acked after commit.
   */
  "message:send": (payload: { conversationId: string; clientId: string; body: string }, ack: Ack<MessageView>) => void;
  "message:edit": (payload: { messageId: string; body: string }, ack: Ack<MessageView>) => void;
  "message:delete": (payload: { messageId: string }, ack: Ack<MessageView>) => void;
  /** Coordinators (and the municipality in wijk channels) hide a message in their channel. */
  "message:hide": (payload: { messageId: string }, ack: Ack<MessageView>) => void;
  "message:report": (payload: { messageId: string; reason?: string }, ack: Ack<{ reported: true }>) => void;
  /** Older messages: the page before `beforeSeq` (or the newest page). */
  "conversation:history": (
    payload: { conversationId: string; beforeSeq?: number; limit?: number },
    ack: Ack<MessagePage>,
  ) => void;
  /**
   * Every message and change after `afterSeq`, in order. Use after every (re)connect with the
   * client's cursor: the answer's `cursor`, advanced by live events only when one is exactly
   * `cursor + 1` (live events can arrive out of order). Call again while `complete` is false.
   */
  "conversation:sync": (payload: { conversationId: string; afterSeq: number }, ack: Ack<SyncResult>) => void;
  "conversation:read": (payload: { conversationId: string; seq: number }, ack: Ack<{ unread: number }>) => void;
  "conversation:typing": (payload: { conversationId: string }, ack: Ack<{ ok: true }>) => void;
  /** A coordinator posts a klus card in a wijk or organisation channel. */
  "card:post": (
    payload: { conversationId: string; opportunityId: string; clientId: string },
    ack: Ack<MessageView>,
  ) => void;
  /** "Ik doe mee" on a card: a real claim. */
  "card:claim": (payload: { messageId: string; vogConfirmed?: boolean }, ack: Ack<ClaimResult>) => void;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface InterServerEvents {}

export interface SocketData {
  /** Who the handshake's session cookie named, with roles, as for a web request; anonymous visitors may only join public rooms. */
  actor: Actor;
  /** The session the socket was opened with (null when anonymous): its end disconnects the socket. */
  sessionId: string | null;
  /** When that session runs out, in ms since the epoch (null when anonymous). */
  sessionExpiresAt: number | null;
}

export const rooms = {
  feed: "feed",
  user: (id: string) => `user:${id}`,
  /** Every socket opened with one session, so that logging out reaches them on every process. */
  session: (id: string) => `session:${id}`,
  klus: (id: string) => `klus:${id}`,
  wijk: (code: string) => `wijk:${code}`,
  conversation: (id: string) => `conversation:${id}`,
} as const;
