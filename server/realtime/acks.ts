import { ZodError } from "zod";
import type { AppContext } from "../context";
import type { Actor } from "../domain/actor";
import { isDomainError } from "../domain/errors";
import type { Logger } from "../logger";
import type { Ack } from "./contract";
import { socketActor, type NoaberSocket } from "./socket-actor";

/** Maps an error to an ack through a whitelist: domain and validation errors are told, internals never. */
export function replyWithError(ack: Ack<never>, error: unknown, logger: Logger) {
  if (isDomainError(error)) {
    ack({ error: { code: error.code, message: error.message } });
  } else if (error instanceof ZodError) {
    ack({ error: { code: "invalid", message: "The event's payload is not valid" } });
  } else {
    logger.error({ err: error }, "socket handler failed");
    ack({ error: { code: "internal", message: "Something went wrong" } });
  }
}

/**
 * The one way a handler meets the domain: `handle(event, ack, (actor) => useCase(actor, payload))`
 * runs the use case (which parses its payload with Zod) as the socket's actor and acks its result.
 * A refusal goes to this socket only, and is logged; other errors go through `replyWithError`.
 */
export function eventHandler(socket: NoaberSocket, context: Pick<AppContext, "logger">) {
  return function handle<T>(event: string, ack: unknown, run: (actor: Actor) => Promise<T>) {
    if (typeof ack !== "function") {
      context.logger.info({ socketId: socket.id, event }, "socket event without an ack refused");
      return;
    }
    const reply = ack as Ack<T>;
    const actor = socketActor(socket);
    // Inside the chain: a synchronous throw (a payload that does not parse) must reach the ack too.
    Promise.resolve()
      .then(() => run(actor))
      .then((data) => reply({ data }))
      .catch((error: unknown) => {
        if (isDomainError(error) || error instanceof ZodError) {
          context.logger.info(
            {
              socketId: socket.id,
              userId: actor.kind === "user" ? actor.userId : null,
              event,
              code: isDomainError(error) ? error.code : "invalid",
            },
            "socket event refused",
          );
        }
        replyWithError(reply as Ack<never>, error, context.logger);
      });
  };
}
