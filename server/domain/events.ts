import { EventEmitter } from "node:events";
import type { NotificationView } from "./notifications/notifications.types";

/**
 * What the domain tells the rest of the process after a transaction committed.
 * The realtime layer turns these into Socket.IO room broadcasts.
 */
export interface DomainEventMap {
  "opportunity.published": { opportunityId: string };
  "notification.created": { userId: string; notification: NotificationView };
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
