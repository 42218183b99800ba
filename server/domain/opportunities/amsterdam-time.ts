/**
 * Groningen keeps Dutch time. A form's `datetime-local` value ("2026-12-05T10:00") carries no zone,
 * so it is read as wall-clock time in Europe/Amsterdam, whatever zone the server runs in.
 */
export const timeZone = "Europe/Amsterdam";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function wallClock(instant: number) {
  const parts = partsFormat.formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** Minutes that Amsterdam is ahead of UTC at this instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: number): number {
  const w = wallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const zonedPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses "YYYY-MM-DDTHH:mm" as Amsterdam wall-clock time, or an ISO 8601 instant with a zone.
 * Returns null for anything else, including dates that do not exist (31 February).
 */
export function parseAmsterdamDateTime(value: string): Date | null {
  const trimmed = value.trim();
  if (zonedPattern.test(trimmed)) {
    const date = new Date(trimmed);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const match = localPattern.exec(trimmed);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Two passes settle the offset around the switch to and from summer time.
  let instant = asUtc - offsetMinutes(asUtc) * 60_000;
  instant = asUtc - offsetMinutes(instant) * 60_000;
  const back = wallClock(instant);
  if (back.year !== year || back.month !== month || back.day !== day) return null;
  return new Date(instant);
}

/** The `datetime-local` value of an instant in Amsterdam time, e.g. to prefill a form. */
export function toAmsterdamInputValue(date: Date): string {
  const w = wallClock(date.getTime());
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
