import { json } from "@remix-run/node";
import type { SubmissionResult } from "@conform-to/react";
import { isDomainError, type DomainErrorCode } from "../../server/domain/errors";

const statusByCode: Record<DomainErrorCode, number> = {
  invalid: 400,
  unauthenticated: 400,
  conflict: 409,
  rate_limited: 429,
  forbidden: 403,
  not_found: 404,
  unavailable: 503,
};

/**
 * Turns a domain error from a form's service call into the form's reply: field errors land on their
 * fields, other codes become a form-level message. 403 and 404 are thrown for the error boundary;
 * anything that is not a domain error is rethrown.
 */
export function replyWithDomainError(
  submission: {
    reply(options?: {
      formErrors?: string[];
      fieldErrors?: Record<string, string[]>;
      hideFields?: string[];
    }): SubmissionResult<string[]>;
  },
  error: unknown,
  options: { hideFields?: string[]; formErrors?: Partial<Record<DomainErrorCode, string>> } = {},
) {
  if (!isDomainError(error)) throw error;
  const status = statusByCode[error.code];
  if (status === 403 || status === 404) throw new Response(null, { status });
  const formError = options.formErrors?.[error.code];
  const hasFieldErrors = Object.keys(error.fieldErrors).length > 0;
  return json(
    submission.reply({
      fieldErrors: error.fieldErrors,
      formErrors: formError ? [formError] : hasFieldErrors ? [] : ["common:errors.generic"],
      hideFields: options.hideFields,
    }),
    { status },
  );
}
