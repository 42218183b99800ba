/**
 * Simulated time: milliseconds since the simulation start, a Monday 00:00 in Groningen. The services
 * refuse klussen that start before the real now, so the start is the first Monday after the real now
 * whose whole run keeps one UTC offset (no switch to or from summer time): then every simulated
 * moment has the same weekday and wall-clock hour whatever the real date, and the JSON (times
 * relative to the start) does not depend on it.
 */
import { parseAmsterdamDateTime } from "../../server/domain/opportunities/amsterdam-time";
import { units } from "./parameters";

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const partsOfDay = ["morning", "afternoon", "evening"] as const;
export type Weekday = (typeof weekdays)[number];
export type PartOfDay = (typeof partsOfDay)[number];
/** "mon-morning" … "sun-evening", as the waves branch stores availability. */
export type Slot = `${Weekday}-${PartOfDay}`;
export const allSlots: Slot[] = weekdays.flatMap((day) => partsOfDay.map((part) => `${day}-${part}` as Slot));

const localDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  weekday: "short",
});

function amsterdamMidnight(date: string): number {
  const instant = parseAmsterdamDateTime(`${date}T00:00`);
  if (!instant) throw new Error(`no midnight on ${date}`);
  return instant.getTime();
}

/** The real instant of the simulation start: a Monday 00:00 Amsterdam after `realNow`, with no offset change for `spanMs`. */
export function simulationStart(realNow: Date, spanMs: number): Date {
  for (let day = 1; day < 800; day++) {
    const candidate = new Date(realNow.getTime() + day * units.day);
    const parts = Object.fromEntries(localDate.formatToParts(candidate).map((p) => [p.type, p.value]));
    if (parts.weekday !== "Mon") continue;
    const start = amsterdamMidnight(`${parts.year}-${parts.month}-${parts.day}`);
    if (start <= realNow.getTime()) continue;
    // Whole days later, midnight again: the offset did not change (a switch moves it an hour).
    const end = new Date(start + Math.ceil(spanMs / units.day) * units.day);
    const endParts = Object.fromEntries(localDate.formatToParts(end).map((p) => [p.type, p.value]));
    if (amsterdamMidnight(`${endParts.year}-${endParts.month}-${endParts.day}`) === end.getTime()) {
      return new Date(start);
    }
  }
  throw new Error("no simulation start found");
}

/** Weekday, wall-clock hour and part of the day of a simulated moment (ms since the start). */
export function localTime(t: number): { dayIndex: number; weekday: Weekday; hour: number; part: PartOfDay | null } {
  const dayIndex = Math.floor(t / units.day);
  const hour = (t - dayIndex * units.day) / units.hour;
  const part =
    hour >= 6 && hour < 12
      ? "morning"
      : hour >= 12 && hour < 17
        ? "afternoon"
        : hour >= 17 && hour < 23
          ? "evening"
          : null;
  return { dayIndex, weekday: weekdays[dayIndex % 7]!, hour, part };
}

/** The availability slot a klus starting at `t` falls in (a night start counts as evening). */
export function slotOf(t: number): Slot {
  const { weekday, part } = localTime(t);
  return `${weekday}-${part ?? "evening"}`;
}

/** The moment of day `dayIndex` at `hour` (local). */
export function at(dayIndex: number, hour: number): number {
  return dayIndex * units.day + hour * units.hour;
}
