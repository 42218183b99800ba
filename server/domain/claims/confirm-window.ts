/** The day-before "confirm or hand over" goes out once a klus starts within a day. */
export const CONFIRM_WINDOW_MS = 24 * 3_600_000;

/** Whether a klus starting at `startsAt` is within the confirm window at `now` (and not started). */
export function inConfirmWindow(startsAt: Date | null, now: Date): boolean {
  return startsAt !== null && startsAt > now && startsAt.getTime() - now.getTime() <= CONFIRM_WINDOW_MS;
}
