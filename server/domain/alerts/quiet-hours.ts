import { amsterdamDay } from "../claims/age";
import { timeZone } from "../opportunities/amsterdam-time";

const clockFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone,
  hourCycle: "h23",
  hour: "2-digit",
  minute: "2-digit",
});

/** Minutes after local midnight in Groningen at this instant (summer and winter time alike). */
export function amsterdamMinutes(instant: Date): number {
  const parts = clockFormat.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return get("hour") * 60 + get("minute");
}

/**
 * Whether an instant falls in quiet hours given as local minutes [start, end). A start after the end
 * spans midnight (22:00–07:00); equal or missing bounds mean no quiet hours.
 */
export function isInQuietHours(instant: Date, start: number | null, end: number | null): boolean {
  if (start === null || end === null || start === end) return false;
  const minutes = amsterdamMinutes(instant);
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/** Whether alerts are paused at this instant: up to and including the local date `pausedUntil` ("YYYY-MM-DD"). */
export function isPaused(instant: Date, pausedUntil: string | null): boolean {
  return pausedUntil !== null && amsterdamDay(instant) <= pausedUntil;
}

const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "22:30" → 1350; null for anything else. */
export function parseClockTime(value: string): number | null {
  const match = clockPattern.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** 1350 → "22:30". */
export function formatClockTime(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A PostgreSQL `date` (a Date at midnight UTC from postgres.js) as "YYYY-MM-DD". */
export function dateColumnToDay(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}
