import type { Services } from "../domain/services";

type JobServices = Pick<Services, "alerts">;

/** In-app (and, when allowed, e-mailed) reminders for klussen that start within a day; once per claim. */
export function sendKlusReminders(services: JobServices, now: Date) {
  return services.alerts.sendReminders(now);
}

/** One digest e-mail per person who was away, with their unread notifications not e-mailed yet. */
export function sendDigests(services: JobServices, now: Date) {
  return services.alerts.sendDigests(now);
}
