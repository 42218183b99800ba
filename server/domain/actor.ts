import type { RoleSlug } from "../../db/schema";
import { unauthenticated } from "./errors";

/** Who is acting: every service use case takes the actor first, so authorization lives in the service. */
export type Actor = { kind: "anonymous" } | { kind: "user"; userId: string; roles: RoleSlug[] };

export const anonymous: Actor = { kind: "anonymous" };

/** The actor as a logged-in user, or "log in first". */
export function requireUser(actor: Actor): Extract<Actor, { kind: "user" }> {
  if (actor.kind !== "user") throw unauthenticated();
  return actor;
}

export function hasRole(actor: Actor, role: RoleSlug): boolean {
  return actor.kind === "user" && actor.roles.includes(role);
}
