/**
 * Working days for the response deadline: Monday to Friday in Groningen's time zone. Dutch public
 * holidays are not left out (yet): a reminder a day early around Easter or King's Day is harmless.
 */
const weekdayFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", weekday: "short" });
const DAY_MS = 24 * 3_600_000;

/** True on Saturday and Sunday in Amsterdam time. */
export function isWeekend(date: Date): boolean {
  const day = weekdayFormat.format(date);
  return day === "Sat" || day === "Sun";
}

/**
 * The moment `days` working days after `start`: each step moves 24 hours on and only counts when
 * it lands on a weekday. So a Friday 10:00 plus one working day is Monday 10:00.
 */
export function addWorkingDays(start: Date, days: number): Date {
  let current = start.getTime();
  let counted = 0;
  while (counted < days) {
    current += DAY_MS;
    if (!isWeekend(new Date(current))) counted += 1;
  }
  return new Date(current);
}

/** The median of a list of numbers, or null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
