import type { AppContext } from "../context";
import { rooms } from "./contract";
import type { NoaberServer } from "./server";

/** Turns committed domain events into room broadcasts (through the adapter, so every process sees them). */
export function broadcastDomainEvents(io: NoaberServer, context: AppContext) {
  const unsubscribers = [
    context.events.subscribe("opportunity.published", async ({ opportunityId }) => {
      try {
        const card = await context.services.opportunities.getCard(opportunityId);
        if (card) io.to(rooms.feed).emit("opportunity:published", card);
      } catch (error) {
        context.logger.warn({ err: error, opportunityId }, "could not broadcast a published opportunity");
      }
    }),
    context.events.subscribe("notification.created", ({ userId, notification }) => {
      io.to(rooms.user(userId)).emit("notification:created", notification);
    }),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
