import type { AppContext } from "../../context";
import { eventHandler } from "../acks";
import { rooms } from "../contract";
import { socketActor, type NoaberSocket } from "../socket-actor";

/** Conversations over the socket: every event is checked by the messaging service, acked after commit. */
export function registerMessagingHandlers(socket: NoaberSocket, context: AppContext) {
  const { messaging } = context.services;

  const handle = eventHandler(socket, context);

  socket.on("message:send", (payload, ack) =>
    handle("message:send", ack, async (actor) => (await messaging.send(actor, payload)).message),
  );
  socket.on("message:edit", (payload, ack) => handle("message:edit", ack, (actor) => messaging.edit(actor, payload)));
  socket.on("message:delete", (payload, ack) =>
    handle("message:delete", ack, (actor) => messaging.remove(actor, payload)),
  );
  socket.on("message:hide", (payload, ack) => handle("message:hide", ack, (actor) => messaging.hide(actor, payload)));
  socket.on("message:report", (payload, ack) =>
    handle("message:report", ack, (actor) => messaging.report(actor, payload)),
  );
  socket.on("conversation:history", (payload, ack) =>
    handle("conversation:history", ack, (actor) => messaging.history(actor, payload)),
  );
  socket.on("conversation:sync", (payload, ack) =>
    handle("conversation:sync", ack, async (actor) => {
      const result = await messaging.sync(actor, payload);
      // A member resyncing is a member: make sure this socket hears what comes next.
      await socket.join(rooms.conversation(result.messages[0]?.conversationId ?? String(payload.conversationId)));
      return result;
    }),
  );
  socket.on("conversation:read", (payload, ack) =>
    handle("conversation:read", ack, (actor) => messaging.markRead(actor, payload)),
  );
  socket.on("conversation:typing", (payload, ack) =>
    handle("conversation:typing", ack, async (actor) => {
      const typist = await messaging.typing(actor, payload);
      const conversationId = String(payload.conversationId);
      socket.to(rooms.conversation(conversationId)).emit("conversation:typing", { conversationId, ...typist });
      return { ok: true as const };
    }),
  );
  socket.on("card:post", (payload, ack) =>
    handle("card:post", ack, async (actor) => (await messaging.postKlusCard(actor, payload)).message),
  );
  socket.on("card:claim", (payload, ack) =>
    handle("card:claim", ack, (actor) => messaging.claimFromCard(actor, payload)),
  );
}

/**
 * Middleware: a logged-in socket joins its own room and the rooms of all its conversations before
 * its connection completes, so nothing said right after "connect" passes it by.
 */
export function joinOwnRooms(context: AppContext) {
  return async (socket: NoaberSocket, next: (error?: Error) => void) => {
    const actor = socketActor(socket);
    if (actor.kind !== "user") return next();
    const { userId } = actor;
    try {
      const ids = await context.services.conversations.memberConversationIds(userId);
      await socket.join([rooms.user(userId), ...ids.map(rooms.conversation)]);
      next();
    } catch (error) {
      context.logger.warn({ err: error }, "could not join a socket to its rooms");
      next(new Error("unavailable"));
    }
  };
}
