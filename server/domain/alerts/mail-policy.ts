import type { MailSettings } from "./alerts.repository";
import { isInQuietHours, isPaused } from "./quiet-hours";

/** Unread notifications are e-mailed once they are this old: the person did not see them in the app. */
export const AWAY_MS = 5 * 60_000;
/** Older unread notifications are left to the app: whoever comes back from a pause is not flooded. */
export const DIGEST_MAX_AGE_MS = 7 * 24 * 3_600_000;

const frequencyMs = { hourly: 3_600_000, daily: 24 * 3_600_000 } as const;

/** Whether any e-mail may go to this person now: e-mail on, alerts not paused, not in quiet hours. */
export function mayEmailNow(
  settings: Pick<MailSettings, "emailEnabled" | "pausedUntil" | "quietHoursStart" | "quietHoursEnd">,
  now: Date,
): boolean {
  return (
    settings.emailEnabled &&
    !isPaused(now, settings.pausedUntil) &&
    !isInQuietHours(now, settings.quietHoursStart, settings.quietHoursEnd)
  );
}

/** Whether the person's digest is due: never sent, or the chosen interval has passed since the last. */
export function digestDue(settings: Pick<MailSettings, "digestFrequency" | "lastDigestAt">, now: Date): boolean {
  if (!settings.lastDigestAt) return true;
  return now.getTime() - settings.lastDigestAt.getTime() >= frequencyMs[settings.digestFrequency];
}
