import { describe, expect, inject, it } from "vitest";
import { simulate } from "../../simulation/simulate";

// A small run of the Noaber policy over the real services (waves, weekly cap, confirm and hand over), twice.
const options = { seed: 99, weeks: 1, volunteers: 150, policy: "noaber" as const };
const server = { url: inject("databaseUrl"), stop: async () => {} };
const withoutRuntime = (report: object) => JSON.stringify({ ...report, runtimeSeconds: undefined });
const week = 7 * 24 * 3_600_000;

/** The most notices a volunteer got within any 7 days (the window the weekly cap counts). */
function busiestWeek(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let last = 0, first = 0; last < sorted.length; last++) {
    while (sorted[last]! - sorted[first]! >= week) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe("the simulation's Noaber policy", () => {
  it("is repeatable, never overbooks and keeps every weekly cap", { timeout: 300_000 }, async () => {
    const first = await simulate(options, server);
    const second = await simulate(options, server);
    expect(withoutRuntime(second.report)).toBe(withoutRuntime(first.report));

    const figures = first.report.policies.noaber!;
    const record = first.records.noaber!;
    expect(record.klussen.length).toBeGreaterThan(10);
    for (const klus of record.klussen) {
      expect(klus.maxTaken).toBeLessThanOrEqual(klus.spots);
      expect(klus.heldAtStart).toBeLessThanOrEqual(klus.spots);
      expect(klus.noShows).toBeLessThanOrEqual(klus.heldAtStart);
    }
    expect(figures.claimsMade).toBeGreaterThan(0);
    expect(figures.notices).toBeGreaterThan(0);
    expect(figures.confirmations).toBeGreaterThan(0);

    first.world.volunteers.forEach((volunteer, index) => {
      expect(busiestWeek(record.noticeTimes[index] ?? [])).toBeLessThanOrEqual(volunteer.wishPerWeek);
    });
  });
});
