/**
 * The typed Socket.IO contract, shared by the server and the browser (types only).
 * Client events are imperative (`feed:subscribe`), server events past tense (`opportunity:published`).
 * Every client event takes an ack of `{ data } | { error }`.
 */
import type { ClaimChange, ClaimResult, SpotsView } from "../domain/claims/claims.types";
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
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface InterServerEvents {}

export interface SocketData {
  /** null for anonymous visitors, who may only join public rooms. */
  userId: string | null;
}

export const rooms = {
  feed: "feed",
  user: (id: string) => `user:${id}`,
  klus: (id: string) => `klus:${id}`,
  wijk: (code: string) => `wijk:${code}`,
  conversation: (id: string) => `conversation:${id}`,
} as const;
