import { ZodError } from "zod";
import { isDomainError } from "../domain/errors";
import type { Logger } from "../logger";
import type { Ack } from "./contract";

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
