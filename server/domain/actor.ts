import type { RoleSlug } from "../../db/schema";

/** Who is acting: every service use case takes the actor first, so authorization lives in the service. */
export type Actor = { kind: "anonymous" } | { kind: "user"; userId: string; roles: RoleSlug[] };

export const anonymous: Actor = { kind: "anonymous" };

export function hasRole(actor: Actor, role: RoleSlug): boolean {
  return actor.kind === "user" && actor.roles.includes(role);
}
