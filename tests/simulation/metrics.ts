/**
 * The figures per policy, from what happened in a run. Pure: the engine records, this summarises.
 *
 * Time to fill: hours from publishing until every spot was taken (the first moment; a later cancel
 * does not undo it). A klus never full before its start counts as never filled (Infinity): it sorts
 * after every filled klus, so a median or p90 that lands on one is reported as null ("not filled").
 */

/** The p-quantile (0–1) of values by the nearest-rank method; Infinity stays Infinity. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1]!;
}

/** A figure for the JSON: rounded to 2 decimals; Infinity ("not filled") and NaN (no data) become null. */
export function figure(value: number): number | null {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
}

/** a / b rounded to 3 decimals; null when either is missing or b is 0. */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  return Math.round((a / b) * 1000) / 1000;
}

export interface KlusRecord {
  spots: number;
  publishedAt: number;
  startsAt: number;
  /** When all spots were first taken, or null. */
  fullAt: number | null;
  /** Spots held at the start (by who was then active). */
  heldAtStart: number;
  noShows: number;
  /** For checks: the wijk, the most spots ever taken at once, and how many notices went out about it. */
  wijkCode: string;
  maxTaken: number;
  notices: number;
}

export interface RunRecord {
  klussen: KlusRecord[];
  /** For each volunteer, the moments (ms since the start) they were told about a klus. */
  noticeTimes: number[][];
  weeks: number;
  claimsMade: number;
  repliesLost: number;
  waitlisted: number;
  cancellations: number;
  handOvers: number;
  confirmations: number;
  flaggedUnconfirmed: number;
}

const hour = 3_600_000;
const week = 7 * 24 * hour;

/** Notices each volunteer got in each of the run's weeks (zeros included): volunteers × weeks values. */
export function noticesPerVolunteerWeek(noticeTimes: readonly number[][], weeks: number): number[] {
  const counts: number[] = [];
  for (const times of noticeTimes) {
    const perWeek = new Array<number>(weeks).fill(0);
    for (const t of times) {
      const w = Math.floor(t / week);
      if (w >= 0 && w < weeks) perWeek[w]! += 1;
    }
    counts.push(...perWeek);
  }
  return counts;
}

export function summarise(run: RunRecord) {
  const fillHours = run.klussen.map((k) =>
    k.fullAt !== null && k.fullAt <= k.startsAt ? (k.fullAt - k.publishedAt) / hour : Infinity,
  );
  const filled = fillHours.filter(Number.isFinite).length;
  const perWeek = noticesPerVolunteerWeek(run.noticeTimes, run.weeks);
  const notices = run.noticeTimes.reduce((sum, times) => sum + times.length, 0);
  const spots = run.klussen.reduce((sum, k) => sum + k.spots, 0);
  const held = run.klussen.reduce((sum, k) => sum + k.heldAtStart, 0);
  const noShows = run.klussen.reduce((sum, k) => sum + k.noShows, 0);
  const mean = perWeek.length > 0 ? perWeek.reduce((a, b) => a + b, 0) / perWeek.length : NaN;
  return {
    klussen: run.klussen.length,
    spots,
    timeToFillHours: { median: figure(quantile(fillHours, 0.5)), p90: figure(quantile(fillHours, 0.9)) },
    filledBeforeStart: filled,
    shareFilledBeforeStart: figure(run.klussen.length > 0 ? filled / run.klussen.length : NaN),
    spotsHeldAtStart: held,
    shareOfSpotsHeldAtStart: figure(spots > 0 ? held / spots : NaN),
    notices,
    noticesPerVolunteerWeek: {
      median: figure(quantile(perWeek, 0.5)),
      p95: figure(quantile(perWeek, 0.95)),
      mean: figure(mean),
    },
    noShows,
    noShowsPer100Spots: figure(held > 0 ? (noShows / held) * 100 : NaN),
    claimsMade: run.claimsMade,
    repliesLost: run.repliesLost,
    waitlisted: run.waitlisted,
    cancellations: run.cancellations,
    handOvers: run.handOvers,
    confirmations: run.confirmations,
    flaggedUnconfirmed: run.flaggedUnconfirmed,
  };
}

export type PolicyFigures = ReturnType<typeof summarise>;

/** Noaber divided by WhatsApp for the figures the targets name. */
export function ratios(noaber: PolicyFigures, whatsapp: PolicyFigures) {
  return {
    timeToFillMedian: ratio(noaber.timeToFillHours.median, whatsapp.timeToFillHours.median),
    timeToFillP90: ratio(noaber.timeToFillHours.p90, whatsapp.timeToFillHours.p90),
    shareFilledBeforeStart: ratio(noaber.shareFilledBeforeStart, whatsapp.shareFilledBeforeStart),
    noticesPerVolunteerWeekMedian: ratio(
      noaber.noticesPerVolunteerWeek.median,
      whatsapp.noticesPerVolunteerWeek.median,
    ),
    noticesPerVolunteerWeekP95: ratio(noaber.noticesPerVolunteerWeek.p95, whatsapp.noticesPerVolunteerWeek.p95),
    noticesPerVolunteerWeekMean: ratio(noaber.noticesPerVolunteerWeek.mean, whatsapp.noticesPerVolunteerWeek.mean),
    noShows: ratio(noaber.noShows, whatsapp.noShows),
    noShowsPer100Spots: ratio(noaber.noShowsPer100Spots, whatsapp.noShowsPer100Spots),
  };
}
