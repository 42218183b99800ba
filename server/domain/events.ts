import { EventEmitter } from "node:events";
import type { ClaimChange, ClaimUpdate, SpotsView } from "./claims/claims.types";
import type { MessageView } from "./messaging/messaging.types";
import type { NotificationView } from "./notifications/notifications.types";

/**
 * What the domain tells the rest of the process after a transaction committed.
 * The realtime layer turns these into Socket.IO room broadcasts.
 */
export interface DomainEventMap {
  "opportunity.published": { opportunityId: string };
  "notification.created": { userId: string; notification: NotificationView };
  /** The number of active claims of a klus changed (claim, cancel without promotion). */
  "claim.changed": SpotsView;
  /** Someone claimed a spot or a place on the waitlist; told to the organisation's coordinators. */
  "claim.created": { change: ClaimChange; coordinatorIds: string[] };
  "claim.cancelled": {
    change: ClaimChange;
    coordinatorIds: string[];
    promoted: { claimId: string; volunteerName: string } | null;
  };
  /**
   * A spot of a klus became free and was not given to the waitlist (handed over or cancelled on the
   * day itself, or no one waiting): the notices service may send a new wave at once.
   */
  "klus.spot_freed": { opportunityId: string };
  /** A volunteer's own claim changed status (promoted, claimed, cancelled); told to that volunteer only. */
  "claim.updated": { userId: string; update: ClaimUpdate };
  /** A session was logged out or replaced by a new log-in: its sockets must stop acting for it. */
  "session.ended": { sessionId: string };
  /** Who holds an active claim on a klus changed: its klus group gains or loses members. */
  "klus.members_changed": { opportunityId: string; joined: string[]; left: string[] };
  /** People joined or left a conversation (channels, a new direct conversation). */
  "conversation.members_changed": { conversationId: string; joined: string[]; left: string[] };
  /** Stored and committed; broadcast to the conversation's room. */
  "message.created": { message: MessageView };
  /** Edited, deleted or hidden. */
  "message.changed": { message: MessageView };
}

export type DomainEventName = keyof DomainEventMap;

export class DomainEvents {
  private readonly emitter = new EventEmitter();

  publish<E extends DomainEventName>(name: E, payload: DomainEventMap[E]): void {
    this.emitter.emit(name, payload);
  }

  subscribe<E extends DomainEventName>(name: E, listener: (payload: DomainEventMap[E]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
