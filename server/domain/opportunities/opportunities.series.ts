import { parseAmsterdamDateTime, toAmsterdamInputValue } from "./amsterdam-time";

export type Recurrence = "weekly" | "biweekly";

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a "YYYY-MM-DD" day that exists (no 31 February). */
export function isCalendarDate(value: string): boolean {
  const match = calendarDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The same Amsterdam wall-clock time `days` calendar days later (so 10:00 stays 10:00 across a DST change). */
export function addLocalDays(instant: Date, days: number): Date {
  const local = toAmsterdamInputValue(instant); // "YYYY-MM-DDTHH:mm"
  const [datePart, timePart] = local.split("T") as [string, string];
  const [year, month, day] = datePart.split("-").map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
  // A wall-clock time that does not exist that day (02:30 on the spring change) moves on an hour.
  return parseAmsterdamDateTime(`${shifted}T${timePart}`) ?? new Date(instant.getTime() + days * 86_400_000);
}

/**
 * The starts of a repeating klus: the first start, then every week (or every other week) at the same
 * Amsterdam wall-clock time, up to and including the Amsterdam day `repeatUntil` ("YYYY-MM-DD").
 * Stops after `max` starts, so a caller can tell "too many" from "just enough".
 */
export function occurrenceStarts(first: Date, recurrence: Recurrence, repeatUntil: string, max: number): Date[] {
  const step = recurrence === "weekly" ? 7 : 14;
  const starts: Date[] = [];
  for (let i = 0; starts.length < max; i++) {
    const start = i === 0 ? first : addLocalDays(first, i * step);
    if (toAmsterdamInputValue(start).slice(0, 10) > repeatUntil) break;
    starts.push(start);
  }
  return starts;
}

/** One dated klus per occurrence: each start with its end, both at the first one's local times. */
export function occurrences(
  first: { startsAt: Date; endsAt: Date },
  recurrence: Recurrence,
  repeatUntil: string,
  max: number,
): Array<{ startsAt: Date; endsAt: Date }> {
  const step = recurrence === "weekly" ? 7 : 14;
  return occurrenceStarts(first.startsAt, recurrence, repeatUntil, max).map((startsAt, i) => ({
    startsAt,
    endsAt: i === 0 ? first.endsAt : addLocalDays(first.endsAt, i * step),
  }));
}
