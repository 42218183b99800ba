import type { AppContext } from "../context";
import type { SpotsView } from "../domain/claims/claims.types";
import { coalescePerKey } from "./coalesce";
import { rooms } from "./contract";
import type { NoaberServer } from "./server";

/** How often at most the spots of one klus are broadcast while claims come in. */
export const SPOTS_INTERVAL_MS = 250;

/** Turns committed domain events into room broadcasts (through the adapter, so every process sees them). */
export function broadcastDomainEvents(io: NoaberServer, context: AppContext) {
  // In a rush every claim changes the spots of one klus, and its card may sit in a channel of
  // thousands: they hear the spots at most once per interval per klus, always ending on the latest.
  // Concurrent claims may publish their spots in another order than they committed, so the emit that
  // ends a burst reads the spots the database holds. Reads and card lookups of one klus may answer out
  // of order: only the newest emit of a klus is sent.
  const newestEmit = new Map<string, object>();
  const spotsPerKlus = coalescePerKey<SpotsView>(SPOTS_INTERVAL_MS, (opportunityId, published, trailing) => {
    const emit = {};
    newestEmit.set(opportunityId, emit);
    const isNewest = () => newestEmit.get(opportunityId) === emit;
    const current = trailing
      ? context.services.claims.spotsLeft(opportunityId).then((read) => read ?? published)
      : Promise.resolve(published);
    current
      .then(async (spots) => {
        if (!isNewest()) return;
        io.to(rooms.klus(opportunityId)).emit("klus:spots", spots);
        const ids = await context.services.messaging.conversationsWithCardFor(opportunityId);
        if (isNewest() && ids.length > 0) io.to(ids.map(rooms.conversation)).emit("card:spots", spots);
      })
      .catch((error: unknown) => context.logger.warn({ err: error, opportunityId }, "could not broadcast spots"))
      .finally(() => {
        if (isNewest()) newestEmit.delete(opportunityId);
      });
  });
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
    context.events.subscribe("claim.changed", (spots) => spotsPerKlus.push(spots.opportunityId, spots)),
    context.events.subscribe("message.created", ({ message }) => {
      io.to(rooms.conversation(message.conversationId)).emit("message:created", message);
    }),
    context.events.subscribe("message.changed", ({ message }) => {
      io.to(rooms.conversation(message.conversationId)).emit("message:changed", message);
    }),
    // Through the adapter, so the person's sockets on every process join or leave the room.
    context.events.subscribe("conversation.members_changed", ({ conversationId, joined, left }) => {
      const room = rooms.conversation(conversationId);
      if (joined.length > 0) {
        io.in(joined.map(rooms.user)).socketsJoin(room);
        io.to(joined.map(rooms.user)).emit("conversation:membership", { conversationId, member: true });
      }
      if (left.length > 0) {
        io.in(left.map(rooms.user)).socketsLeave(room);
        io.to(left.map(rooms.user)).emit("conversation:membership", { conversationId, member: false });
      }
    }),
    context.events.subscribe("claim.updated", ({ userId, update }) => {
      io.to(rooms.user(userId)).emit("claim:updated", update);
    }),
    // Through the adapter, so the session's sockets on every process hang up; the browser then
    // reconnects as whoever its cookie names now.
    context.events.subscribe("session.ended", ({ sessionId }) => {
      const room = rooms.session(sessionId);
      io.to(room).emit("session:ended");
      io.in(room).disconnectSockets(true);
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
  return () => {
    unsubscribers.forEach((unsubscribe) => unsubscribe());
    spotsPerKlus.stop();
  };
}
