import type { Socket } from "socket.io";
import type { AppContext } from "../../context";
import type { Actor } from "../../domain/actor";
import { isDomainError, unauthenticated } from "../../domain/errors";
import { replyWithError } from "../acks";
import {
  rooms,
  type Ack,
  type ClientToServerEvents,
  type InterServerEvents,
  type ServerToClientEvents,
  type SocketData,
} from "../contract";

type NoaberSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

// Messaging checks membership and roles in the service, so the user id from the handshake is enough.
function actorOf(socket: NoaberSocket): Actor {
  const userId = socket.data.userId;
  if (!userId) throw unauthenticated();
  return { kind: "user", userId, roles: [] };
}

/** Conversations over the socket: every event is checked by the messaging service, acked after commit. */
export function registerMessagingHandlers(socket: NoaberSocket, context: AppContext) {
  const { messaging } = context.services;

  /** Runs a use case and acks its result; a refusal goes to this socket only, and is logged. */
  function handle<T>(event: string, ack: unknown, run: (actor: Actor) => Promise<T>) {
    if (typeof ack !== "function") {
      context.logger.info({ socketId: socket.id, event }, "socket event without an ack refused");
      return;
    }
    const reply = ack as Ack<T>;
    // Inside the chain: an anonymous socket's refusal must reach its ack like any other.
    Promise.resolve()
      .then(() => run(actorOf(socket)))
      .then((data) => reply({ data }))
      .catch((error: unknown) => {
        if (isDomainError(error) || (error instanceof Error && error.name === "ZodError")) {
          context.logger.info(
            {
              socketId: socket.id,
              userId: socket.data.userId,
              event,
              code: isDomainError(error) ? error.code : "invalid",
            },
            "socket event refused",
          );
        }
        replyWithError(reply as Ack<never>, error, context.logger);
      });
  }

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
    const userId = socket.data.userId;
    if (!userId) return next();
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
