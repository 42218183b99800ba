import { amsterdamDay } from "../../server/domain/claims/age";
import { parseAmsterdamDateTime } from "../../server/domain/opportunities/amsterdam-time";

/**
 * A start on the next Amsterdam day that is still within 24 hours of `now`, whenever the tests run
 * (also just after midnight): half an hour after the coming midnight, or halfway through the part of
 * the next day that is within 24 hours when that part is shorter than an hour. In the one half hour
 * a year when no such moment exists (just after midnight on the day summer time ends, a day of 25
 * hours), it is the coming midnight plus half an hour, a little more than 24 hours ahead.
 */
export function startTomorrowWithin24h(now = new Date()): Date {
  const today = amsterdamDay(now);
  const noonUtc = new Date(`${today}T12:00:00Z`);
  const tomorrow = amsterdamDay(new Date(noonUtc.getTime() + 24 * 3_600_000));
  const midnight = parseAmsterdamDateTime(`${tomorrow}T00:00`);
  if (!midnight) throw new Error(`no midnight on ${tomorrow}`);
  const windowEnd = now.getTime() + 24 * 3_600_000;
  const halfway = midnight.getTime() + (windowEnd - midnight.getTime()) / 2;
  if (windowEnd <= midnight.getTime()) return new Date(midnight.getTime() + 30 * 60_000);
  return new Date(Math.min(midnight.getTime() + 30 * 60_000, halfway));
}
