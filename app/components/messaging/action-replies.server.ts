import { json } from "@remix-run/node";
import { isDomainError } from "../../../server/domain/errors";
import { pageForDomainError, statusOf } from "../../utils/domain-errors.server";

export interface MessagingActionData {
  intent: string;
  /** The message the errors belong to (edit, report, claim on a card), or null for the compose form. */
  messageId: string | null;
  errors: string[];
}

/**
 * A refused form post on a conversation page: the domain error's i18n keys go back to the form
 * that posted. Missing or foreign things are a 404/403 page; anything else is rethrown.
 */
export function replyWithMessagingError(intent: string, messageId: string | null, error: unknown) {
  if (!isDomainError(error)) throw error;
  // A refused send (blocked, or a direct conversation closed) is told beside the message typed.
  const toldBesideTheForm =
    error.code !== "not_found" && error.code !== "unauthenticated" && (error.code !== "forbidden" || intent === "send");
  if (!toldBesideTheForm) pageForDomainError(error, { forbidden: "notInConversation" });
  const keys = Object.values(error.fieldErrors).flat();
  const errors =
    error.code === "forbidden"
      ? ["messaging:compose.blocked"]
      : error.code === "rate_limited"
        ? ["messaging:errors.rateLimited"]
        : keys.length > 0
          ? keys
          : ["messaging:errors.generic"];
  return json<MessagingActionData>({ intent, messageId, errors }, { status: statusOf(error) });
}
