/**
 * Simulated time: milliseconds since the simulation start, a Monday 00:00 in Groningen. The services
 * refuse klussen that start before the real now, so the start is the first Monday after the real now
 * whose whole run keeps one UTC offset (no switch to or from summer time): then every simulated
 * moment has the same weekday and wall-clock hour whatever the real date, and the JSON (times
 * relative to the start) does not depend on it.
 */
import { partOfDay } from "../../server/domain/notices/notices.ranking";
import { parseAmsterdamDateTime } from "../../server/domain/opportunities/amsterdam-time";
import {
  availabilityDays,
  availabilityParts,
  availabilitySlots,
  type AvailabilityDay,
  type AvailabilitySlot,
} from "../../server/domain/profiles/profiles.schemas";
import { units } from "./parameters";

// The profile's own days, parts of the day and slots ("mon-morning" … "sun-evening"), so the model and
// the waves speak of the same moments.
export const weekdays = availabilityDays;
export const partsOfDay = availabilityParts;
export type Weekday = AvailabilityDay;
export type Slot = AvailabilitySlot;
export const allSlots: readonly Slot[] = availabilitySlots;

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

/** Weekday and wall-clock hour of a simulated moment (ms since the start). */
export function localTime(t: number): { dayIndex: number; weekday: Weekday; hour: number } {
  const dayIndex = Math.floor(t / units.day);
  const hour = (t - dayIndex * units.day) / units.hour;
  return { dayIndex, weekday: weekdays[dayIndex % 7]!, hour };
}

/** The availability slot a klus starting at `t` falls in, by the waves' own part of the day. */
export function slotOf(t: number): Slot {
  const { weekday, hour } = localTime(t);
  return `${weekday}-${partOfDay(Math.floor(hour))}`;
}

/** The moment of day `dayIndex` at `hour` (local). */
export function at(dayIndex: number, hour: number): number {
  return dayIndex * units.day + hour * units.hour;
}
