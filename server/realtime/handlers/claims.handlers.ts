import type { Socket } from "socket.io";
import type { AppContext } from "../../context";
import type { Actor } from "../../domain/actor";
import { cancelClaimSchema, claimSchema, subscribeKlusSchema } from "../../domain/claims/claims.schemas";
import { notFound, unauthenticated } from "../../domain/errors";
import { replyWithError } from "../acks";
import {
  rooms,
  type ClientToServerEvents,
  type InterServerEvents,
  type ServerToClientEvents,
  type SocketData,
} from "../contract";

type NoaberSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

const claimPayload = claimSchema.strict();
const cancelPayload = cancelClaimSchema.strict();
const subscribePayload = subscribeKlusSchema.strict();

// Claims check no roles (any logged-in person may volunteer), so the user id from the handshake is enough.
function actorOf(socket: NoaberSocket): Actor {
  const userId = socket.data.userId;
  if (!userId) throw unauthenticated();
  return { kind: "user", userId, roles: [] };
}

/** Live spots on a klus page, and one-tap claiming and cancelling for pages that have JavaScript. */
export function registerClaimsHandlers(socket: NoaberSocket, context: AppContext) {
  const claims = context.services.claims;

  socket.on("klus:subscribe", async (payload, ack) => {
    if (typeof ack !== "function") return;
    try {
      const { opportunityId } = subscribePayload.parse(payload);
      const spots = await claims.spotsLeft(opportunityId);
      if (!spots) throw notFound("Klus");
      await socket.join(rooms.klus(opportunityId));
      ack({ data: spots });
    } catch (error) {
      replyWithError(ack, error, context.logger);
    }
  });

  socket.on("claim:create", async (payload, ack) => {
    if (typeof ack !== "function") return;
    try {
      const input = claimPayload.parse(payload);
      ack({ data: await claims.claim(actorOf(socket), input) });
    } catch (error) {
      replyWithError(ack, error, context.logger);
    }
  });

  socket.on("claim:cancel", async (payload, ack) => {
    if (typeof ack !== "function") return;
    try {
      const input = cancelPayload.parse(payload);
      ack({ data: await claims.cancel(actorOf(socket), input) });
    } catch (error) {
      replyWithError(ack, error, context.logger);
    }
  });
}
