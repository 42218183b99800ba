import type { RoleSlug } from "../../db/schema";
import { forbidden, unauthenticated } from "./errors";

/**
 * Who is acting, and the one place that says what roles allow. Every service use case takes the
 * actor first, so authorization lives in the service; web routes and socket events build the same
 * actor (session → user id and roles), so a new role is added here once.
 */
export type Actor = { kind: "anonymous" } | { kind: "user"; userId: string; roles: RoleSlug[] };
export type UserActor = Extract<Actor, { kind: "user" }>;

export const anonymous: Actor = { kind: "anonymous" };

/** Roles that coordinate an organisation, a business or a partner. */
export const coordinatorRoles: readonly RoleSlug[] = [
  "organisation_coordinator",
  "business_coordinator",
  "partner_coordinator",
];

/** The actor as a logged-in user, or "log in first". */
export function requireUser(actor: Actor): UserActor {
  assertUser(actor);
  return actor;
}

/** The statement form of `requireUser`: narrows `actor` for the rest of the use case. */
export function assertUser(actor: Actor): asserts actor is UserActor {
  if (actor.kind !== "user") throw unauthenticated();
}

export function hasRole(actor: Actor, role: RoleSlug): boolean {
  return actor.kind === "user" && actor.roles.includes(role);
}

/** A logged-in user with one of `roles`; anyone else is refused with `why`. */
export function requireRole(actor: Actor, roles: readonly RoleSlug[], why: string): UserActor {
  const user = requireUser(actor);
  if (!roles.some((role) => user.roles.includes(role))) throw forbidden(why);
  return user;
}

/** Volunteer-only use cases (a volunteer profile, private messages between volunteers). */
export function requireVolunteer(actor: Actor): UserActor {
  return requireRole(actor, ["volunteer"], "Only volunteers may do this");
}

/** Roles that coordinate a group of people (a business's colleagues, a partner's members). */
export const groupCoordinatorRoles: readonly RoleSlug[] = ["business_coordinator", "partner_coordinator"];

/** Coordinators of a business or partner: invite codes, members, recommendations. */
export function requireGroupCoordinator(actor: Actor): UserActor {
  return requireRole(actor, groupCoordinatorRoles, "Only a coordinator of a business or partner may do this");
}

/** Team claims: only business and partner coordinators reserve spots for a team. */
export function requireTeamCoordinator(actor: Actor): UserActor {
  return requireRole(actor, groupCoordinatorRoles, "Only business and partner coordinators sign up a team");
}

/** Businesses (Omarm Groningen) publish offers; their coordinators hold this role. */
export function requireBusinessCoordinator(actor: Actor): UserActor {
  return requireRole(actor, ["business_coordinator"], "Only a business's coordinators may do this");
}

/** Social organisations publish klussen, vacatures and requests for businesses. */
export function requireOrganisationCoordinator(actor: Actor): UserActor {
  return requireRole(actor, ["organisation_coordinator"], "Only an organisation's coordinators may do this");
}

/** Municipality staff: figures, moderation and settings such as the value of an hour. */
export function requireGemeente(actor: Actor): UserActor {
  return requireRole(actor, ["gemeente"], "Only the municipality may do this");
}
