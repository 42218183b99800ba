const amsterdamDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date ("YYYY-MM-DD") of an instant in Groningen. */
export function amsterdamDay(instant: Date): string {
  return amsterdamDate.format(instant);
}

/**
 * Whether `now` is on the Amsterdam day of a klus's start: then a freed spot is not given to the
 * waitlist (the next in line may not make it); it stays free for whoever can still come.
 */
export function isDayOf(startsAt: Date | null, now: Date): boolean {
  return startsAt !== null && amsterdamDay(startsAt) === amsterdamDay(now);
}

/**
 * Age in whole years on a calendar day; `birthDate` is "YYYY-MM-DD" or a Date at midnight UTC (a
 * PostgreSQL `date`). Someone born on 29 February turns a year older on 1 March in other years.
 */
export function ageOn(birthDate: Date | string, day: string): number {
  const birth = typeof birthDate === "string" ? birthDate : birthDate.toISOString().slice(0, 10);
  const [by, bm, bd] = birth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}
