import { createCookie } from "@remix-run/node";
import { CSRF } from "remix-utils/csrf/server";

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

export function createCsrf(secret: string, secure: boolean) {
  return new CSRF({
    cookie: createCookie("noaber_csrf", { httpOnly: true, sameSite: "lax", secure, path: "/", secrets: [secret] }),
    formDataKey: "csrf",
    secret,
  });
}
