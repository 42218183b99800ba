import { json, redirect } from "@remix-run/node";
import { httpStatusByCode, isDomainError, type DomainError } from "../../server/domain/errors";
import { forbiddenReasons, type ForbiddenReason } from "./request-problems";
import { safeRedirectPath } from "./safe-redirect";

/** A 403 page that says what is not allowed for this account and where to go instead. */
export function forbiddenPage(reason: ForbiddenReason = "notAllowed"): Response {
  return json({ reason, goTo: forbiddenReasons[reason].goTo }, { status: 403 });
}

/** The status every web route answers a domain error with. */
export function statusOf(error: DomainError): number {
  return httpStatusByCode[error.code];
}

/**
 * The one way a loader or action turns a service's refusal into a page: "log in first" goes to the
 * log-in page and back, "not allowed" says why (the route knows best which reason fits), and every
 * other code is its status's error page. Anything that is not a domain error is a fault: rethrown.
 */
export function pageForDomainError(
  error: unknown,
  options: { request?: Request; forbidden?: ForbiddenReason } = {},
): never {
  if (!isDomainError(error)) throw error;
  if (error.code === "unauthenticated") throw logInFirst(options.request);
  if (error.code === "forbidden") throw forbiddenPage(options.forbidden);
  throw new Response(null, { status: statusOf(error) });
}

/** The log-in page, coming back to the page of `request` afterwards. */
export function logInFirst(request?: Request): Response {
  if (!request) return redirect("/inloggen");
  const url = new URL(request.url);
  const params = new URLSearchParams({ redirectTo: safeRedirectPath(url.pathname + url.search) });
  return redirect(`/inloggen?${params.toString()}`);
}

/** Codes a form answers beside its fields; the others (not found, not allowed, log in first) are pages. */
export function isFormProblem(error: DomainError): boolean {
  return (
    error.code === "invalid" ||
    error.code === "conflict" ||
    error.code === "rate_limited" ||
    error.code === "unavailable"
  );
}
