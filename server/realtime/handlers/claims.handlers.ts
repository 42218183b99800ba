import type { AppContext } from "../../context";
import { cancelClaimSchema, claimSchema, subscribeKlusSchema } from "../../domain/claims/claims.schemas";
import { notFound } from "../../domain/errors";
import { eventHandler } from "../acks";
import { rooms } from "../contract";
import type { NoaberSocket } from "../socket-actor";

const claimPayload = claimSchema.strict();
const cancelPayload = cancelClaimSchema.strict();
const subscribePayload = subscribeKlusSchema.strict();

/** Live spots on a klus page, and one-tap claiming and cancelling for pages that have JavaScript. */
export function registerClaimsHandlers(socket: NoaberSocket, context: AppContext) {
  const claims = context.services.claims;
  const handle = eventHandler(socket, context);

  socket.on("klus:subscribe", (payload, ack) =>
    handle("klus:subscribe", ack, async () => {
      const { opportunityId } = subscribePayload.parse(payload);
      const spots = await claims.spotsLeft(opportunityId);
      if (!spots) throw notFound("Klus");
      await socket.join(rooms.klus(opportunityId));
      return spots;
    }),
  );
  socket.on("claim:create", (payload, ack) =>
    handle("claim:create", ack, (actor) => claims.claim(actor, claimPayload.parse(payload))),
  );
  socket.on("claim:cancel", (payload, ack) =>
    handle("claim:cancel", ack, (actor) => claims.cancel(actor, cancelPayload.parse(payload))),
  );
}
