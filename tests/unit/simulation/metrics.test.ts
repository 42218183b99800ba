import { describe, expect, it } from "vitest";
import {
  figure,
  noticesPerVolunteerWeek,
  quantile,
  ratio,
  ratios,
  summarise,
  type KlusRecord,
  type RunRecord,
} from "../../simulation/metrics";

const hour = 3_600_000;
const week = 7 * 24 * hour;

function klus(publishedAt: number, fullAfterHours: number | null, overrides: Partial<KlusRecord> = {}): KlusRecord {
  return {
    spots: 2,
    publishedAt,
    startsAt: publishedAt + 48 * hour,
    fullAt: fullAfterHours === null ? null : publishedAt + fullAfterHours * hour,
    heldAtStart: 2,
    noShows: 0,
    wijkCode: "WK001404",
    maxTaken: 2,
    notices: 0,
    ...overrides,
  };
}

function run(klussen: KlusRecord[], noticeTimes: number[][] = [[]], weeks = 1): RunRecord {
  return {
    klussen,
    noticeTimes,
    weeks,
    claimsMade: 0,
    repliesLost: 0,
    waitlisted: 0,
    cancellations: 0,
    handOvers: 0,
    confirmations: 0,
    flaggedUnconfirmed: 0,
  };
}

describe("quantile (nearest rank)", () => {
  it("takes the median and p90 of plain values", () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it("puts unfilled klussen (Infinity) last", () => {
    expect(quantile([Infinity, 1, 2], 0.5)).toBe(2);
    expect(quantile([Infinity, Infinity, 1], 0.5)).toBe(Infinity);
  });
});

describe("time to fill", () => {
  it("counts hours from publishing until full; an unfilled klus counts as never", () => {
    const figures = summarise(run([klus(0, 1), klus(hour, 3), klus(0, 2), klus(0, null), klus(0, 5)]));
    // Sorted: 1, 2, 3, 5, never: median the 3rd, p90 the 5th (never).
    expect(figures.timeToFillHours).toEqual({ median: 3, p90: null });
    expect(figures.filledBeforeStart).toBe(4);
    expect(figures.shareFilledBeforeStart).toBe(0.8);
  });

  it("does not count a klus filled only after its start", () => {
    const late = klus(0, 60);
    const figures = summarise(run([late, klus(0, 1)]));
    expect(figures.filledBeforeStart).toBe(1);
    expect(figures.timeToFillHours.median).toBe(1);
    expect(figures.timeToFillHours.p90).toBeNull();
  });

  it("reports the median as not filled when most klussen were not", () => {
    expect(summarise(run([klus(0, null), klus(0, null), klus(0, 1)])).timeToFillHours.median).toBeNull();
  });
});

describe("notices per volunteer per week", () => {
  it("counts every volunteer-week, zeros included, and leaves out notices after the last week", () => {
    const times = [[0, hour, week + hour], [], [2 * week + hour]];
    expect(noticesPerVolunteerWeek(times, 2)).toEqual([2, 1, 0, 0, 0, 0]);
    const figures = summarise(run([], times, 2));
    expect(figures.noticesPerVolunteerWeek).toEqual({ median: 0, p95: 2, mean: 0.5 });
    expect(figures.notices).toBe(4);
  });
});

describe("no-shows and ratios", () => {
  it("counts no-shows per 100 spots held at the start", () => {
    const figures = summarise(run([klus(0, 1, { heldAtStart: 3, noShows: 1 }), klus(0, 1, { heldAtStart: 1 })]));
    expect(figures.noShows).toBe(1);
    expect(figures.noShowsPer100Spots).toBe(25);
  });

  it("divides noaber by whatsapp, and gives null when a side is missing or zero", () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(1, 0)).toBeNull();
    expect(figure(Infinity)).toBeNull();
    expect(figure(1.23456)).toBe(1.23);
    const fast = summarise(run([klus(0, 1)], [[0]]));
    const slow = summarise(run([klus(0, 4)], [[0, 1, 2, 3]]));
    expect(ratios(fast, slow)).toMatchObject({ timeToFillMedian: 0.25, noticesPerVolunteerWeekMedian: 0.25 });
  });
});
