/** Domain errors carry a stable code; routes and socket handlers map them to responses in one place. */
export type DomainErrorCode =
  "not_found" | "forbidden" | "unauthenticated" | "conflict" | "invalid" | "rate_limited" | "unavailable";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Field-level problems, keyed by form field name, as i18n keys. */
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/**
 * The one HTTP status for each code, used by every web route (and told to sockets by code).
 * "unauthenticated" is 401: the page asks the person to log in; wrong credentials are "invalid".
 */
export const httpStatusByCode: Record<DomainErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

export const notFound = (what: string) => new DomainError("not_found", `${what} not found`);
export const forbidden = (why = "Not allowed") => new DomainError("forbidden", why);
export const unauthenticated = () => new DomainError("unauthenticated", "Log in first");
export const conflict = (message: string, fieldErrors?: Record<string, string[]>) =>
  new DomainError("conflict", message, fieldErrors);
export const invalid = (message: string, fieldErrors?: Record<string, string[]>) =>
  new DomainError("invalid", message, fieldErrors);

/**
 * Checks the shape, not the class: the Remix build bundles its own copy of this module, so an
 * error thrown by a service (server module graph) is not an instance of the route's DomainError.
 */
export function isDomainError(error: unknown): error is DomainError {
  return (
    error instanceof Error &&
    error.name === "DomainError" &&
    typeof (error as Partial<DomainError>).code === "string" &&
    typeof (error as Partial<DomainError>).fieldErrors === "object"
  );
}
