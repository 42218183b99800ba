import type { AppLoadContext } from "@remix-run/node";
import { anonymous, type Actor } from "../../server/domain/actor";
import { logInFirst } from "./domain-errors.server";

export type UserActor = Extract<Actor, { kind: "user" }>;

// Root and route loaders of one document request share the Request: look the session up once.
const actors = new WeakMap<Request, Promise<Actor>>();

/** The session id from the cookie, or null. */
export async function getSessionId(request: Request, context: AppLoadContext): Promise<string | null> {
  const value: unknown = await context.app.sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** Who makes this request: the user of a valid session, or anonymous. */
export function getActor(request: Request, context: AppLoadContext): Promise<Actor> {
  let actor = actors.get(request);
  if (!actor) {
    actor = getSessionId(request, context).then((sessionId) =>
      sessionId ? context.app.services.accounts.actorForSession(sessionId) : anonymous,
    );
    actors.set(request, actor);
  }
  return actor;
}

/** The logged-in actor; anyone else is sent to /inloggen and brought back here afterwards. */
export async function requireUser(request: Request, context: AppLoadContext): Promise<UserActor> {
  const actor = await getActor(request, context);
  if (actor.kind === "user") return actor;
  throw logInFirst(request);
}

/** Set-Cookie value that stores the session id. */
export function sessionCookieHeader(context: AppLoadContext, sessionId: string): Promise<string> {
  return context.app.sessionCookie.serialize(sessionId);
}

/** Set-Cookie value that removes the session cookie. */
export function clearSessionCookieHeader(context: AppLoadContext): Promise<string> {
  return context.app.sessionCookie.serialize("", { maxAge: 0, expires: new Date(0) });
}
