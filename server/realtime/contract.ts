/**
 * The typed Socket.IO contract, shared by the server and the browser (types only).
 * Client events are imperative (`feed:subscribe`), server events past tense (`opportunity:published`).
 * Every client event takes an ack of `{ data } | { error }`.
 */
import type { NotificationView } from "../domain/notifications/notifications.types";
import type { OpportunityCard } from "../domain/opportunities/opportunities.types";

export type Ack<T> = (response: { data: T } | { error: { code: string; message: string } }) => void;

export interface ServerToClientEvents {
  "opportunity:published": (card: OpportunityCard) => void;
  /** To `user:<id>` only. */
  "notification:created": (notification: NotificationView) => void;
}

export interface ClientToServerEvents {
  /** Join the public feed of newly published opportunities (home page). */
  "feed:subscribe": (ack: Ack<{ room: string }>) => void;
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
