import { createCookie } from "@remix-run/node";
import { CSRF, CSRFError } from "remix-utils/csrf/server";

/** The session cookie holds only a random session id; the session row lives in PostgreSQL. */
export function createSessionCookie(secret: string, secure: boolean) {
  return createCookie("noaber_session", {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    secrets: [secret],
    maxAge: 60 * 60 * 24 * 30,
  });
}

/**
 * The CSRF token (signed cookie + hidden field). Checked here, in the server's module graph: the Remix
 * build bundles its own remix-utils, so a route's `instanceof CSRFError` is false for this one's errors.
 */
export function createCsrf(secret: string, secure: boolean) {
  const csrf = new CSRF({
    cookie: createCookie("noaber_csrf", { httpOnly: true, sameSite: "lax", secure, path: "/", secrets: [secret] }),
    formDataKey: "csrf",
    secret,
  });
  return {
    commitToken: (request: Request | Headers) => csrf.commitToken(request),
    /** False for a missing, wrong or foreign token; other failures are thrown. */
    async isValid(formData: FormData, headers: Headers): Promise<boolean> {
      try {
        await csrf.validate(formData, headers);
        return true;
      } catch (error) {
        if (error instanceof CSRFError) return false;
        throw error;
      }
    },
  };
}
