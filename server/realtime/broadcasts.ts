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
    context.events.subscribe("claim.changed", (spots) => {
      io.to(rooms.klus(spots.opportunityId)).emit("klus:spots", spots);
    }),
    context.events.subscribe("claim.created", ({ change, coordinatorIds }) => {
      if (coordinatorIds.length > 0) io.to(coordinatorIds.map(rooms.user)).emit("claim:created", change);
    }),
    context.events.subscribe("claim.cancelled", ({ change, coordinatorIds, promoted }) => {
      if (coordinatorIds.length > 0) {
        io.to(coordinatorIds.map(rooms.user)).emit("claim:cancelled", { ...change, promoted });
      }
    }),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
