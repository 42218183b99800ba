/** Periods for the figures: presets counted in Amsterdam calendar months, and the months a period spans. */
export const periodPresets = ["last12Months", "last3Months", "thisYear", "lastYear", "custom"] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export interface ChosenPeriod {
  preset: PeriodPreset;
  from: string;
  to: string;
}

/** The longest period shown at once, in months: the charts stay readable and the queries bounded. */
export const maxPeriodMonths = 36;

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today in Amsterdam, "YYYY-MM-DD". */
export function amsterdamToday(now: Date): string {
  return dayFormat.format(now);
}

function monthStart(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month - 1, 1));
  return date.toISOString().slice(0, 10);
}

function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The from/to days of a preset: whole months up to and including the current one (its klussen still to come count too). */
export function presetPeriod(preset: Exclude<PeriodPreset, "custom">, now: Date): ChosenPeriod {
  const [year, month] = amsterdamToday(now).split("-").map(Number) as [number, number];
  switch (preset) {
    case "last12Months":
      return { preset, from: monthStart(year, month - 11), to: monthEnd(year, month) };
    case "last3Months":
      return { preset, from: monthStart(year, month - 2), to: monthEnd(year, month) };
    case "thisYear":
      return { preset, from: `${year}-01-01`, to: `${year}-12-31` };
    case "lastYear":
      return { preset, from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** "YYYY-MM" for every month the period touches, in order. */
export function monthsOf(period: { from: string; to: string }): string[] {
  const [fromYear, fromMonth] = period.from.split("-").map(Number) as [number, number];
  const [toYear, toMonth] = period.to.split("-").map(Number) as [number, number];
  const months: string[] = [];
  for (let index = fromYear * 12 + fromMonth - 1; index <= toYear * 12 + toMonth - 1; index++) {
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}
