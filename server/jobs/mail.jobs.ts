import type { Services } from "../domain/services";

type JobServices = Pick<Services, "alerts" | "claims">;

/**
 * The day before a claimed klus: "confirm or hand over", in-app and (when allowed) e-mailed at
 * once; once per claim. It replaces the plain day-before reminder.
 */
export function requestKlusConfirmations(services: JobServices, now: Date) {
  return services.claims.requestConfirmations(now);
}

/** Tells coordinators, once per claim, which claims were not confirmed in time. */
export function flagUnconfirmedClaims(services: JobServices, now: Date) {
  return services.claims.flagUnconfirmed(now);
}

/** One digest e-mail per person who was away, with their unread notifications not e-mailed yet. */
export function sendDigests(services: JobServices, now: Date) {
  return services.alerts.sendDigests(now);
}
