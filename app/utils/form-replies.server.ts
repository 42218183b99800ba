import { json } from "@remix-run/node";
import type { SubmissionResult } from "@conform-to/react";
import { isDomainError, type DomainErrorCode } from "../../server/domain/errors";
import { isFormProblem, pageForDomainError, statusOf } from "./domain-errors.server";
import type { ForbiddenReason } from "./request-problems";

/**
 * Turns a domain error from a form's service call into the form's reply: field errors land on their
 * fields, other codes become a form-level message, with the status of `statusOf`. Refusals that are
 * not about the form (not found, not allowed, log in first) become pages through `pageForDomainError`.
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
  options: {
    request?: Request;
    hideFields?: string[];
    formErrors?: Partial<Record<DomainErrorCode, string>>;
    forbidden?: ForbiddenReason;
  } = {},
) {
  if (!isDomainError(error)) throw error;
  const formError = options.formErrors?.[error.code];
  if (!formError && !isFormProblem(error)) {
    pageForDomainError(error, options);
  }
  const hasFieldErrors = Object.keys(error.fieldErrors).length > 0;
  return json(
    submission.reply({
      fieldErrors: error.fieldErrors,
      formErrors: formError
        ? [formError]
        : hasFieldErrors
          ? []
          : [error.code === "rate_limited" ? "common:errors.rateLimited" : "common:errors.generic"],
      hideFields: options.hideFields,
    }),
    { status: statusOf(error) },
  );
}
