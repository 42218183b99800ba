import { describe, expect, inject, it } from "vitest";
import { simulate } from "../../simulation/simulate";

// A small run of the WhatsApp baseline over the real services, twice with the same seed.
const options = { seed: 1234, weeks: 1, volunteers: 150, policy: "whatsapp" as const };
const server = { url: inject("databaseUrl"), stop: async () => {} };
const withoutRuntime = (report: object) => JSON.stringify({ ...report, runtimeSeconds: undefined });

describe("the simulation's WhatsApp baseline", () => {
  it("is repeatable and keeps its invariants", { timeout: 60_000 }, async () => {
    const first = await simulate(options, server);
    const second = await simulate(options, server);
    expect(withoutRuntime(second.report)).toBe(withoutRuntime(first.report));

    const record = first.records.whatsapp!;
    const figures = first.report.policies.whatsapp!;
    expect(record.klussen.length).toBeGreaterThan(10);
    expect(figures.klussen).toBe(record.klussen.length);

    for (const klus of record.klussen) {
      // Never more spots taken than the klus has, and what was held at the start fits too.
      expect(klus.maxTaken).toBeLessThanOrEqual(klus.spots);
      expect(klus.heldAtStart).toBeLessThanOrEqual(klus.spots);
      expect(klus.noShows).toBeLessThanOrEqual(klus.heldAtStart);
      // Each post goes to the whole wijk group: a whole number (≥ 1) of group sizes.
      const groupSize = first.world.groups.get(klus.wijkCode)?.length ?? 0;
      if (groupSize > 0) {
        expect(klus.notices % groupSize).toBe(0);
        expect(klus.notices / groupSize).toBeGreaterThanOrEqual(1);
      } else {
        expect(klus.notices).toBe(0);
      }
    }
    const notices = record.klussen.reduce((sum, klus) => sum + klus.notices, 0);
    expect(figures.notices).toBe(notices);
    // Reposts only follow cancellations.
    const posts = record.klussen.reduce((sum, klus) => {
      const groupSize = first.world.groups.get(klus.wijkCode)?.length ?? 0;
      return sum + (groupSize > 0 ? klus.notices / groupSize : 1);
    }, 0);
    expect(posts - record.klussen.length).toBeLessThanOrEqual(record.cancellations);

    expect(figures.shareFilledBeforeStart).toBeGreaterThanOrEqual(0);
    expect(figures.shareFilledBeforeStart).toBeLessThanOrEqual(1);
    expect(figures.filledBeforeStart).toBeLessThanOrEqual(figures.klussen);
    expect(figures.noticesPerVolunteerWeek.median).toBeGreaterThanOrEqual(0);
    expect(figures.noticesPerVolunteerWeek.p95!).toBeGreaterThanOrEqual(figures.noticesPerVolunteerWeek.median!);
    expect(figures.waitlisted).toBe(0);
    expect(figures.handOvers + figures.confirmations + figures.flaggedUnconfirmed).toBe(0);
    expect(first.report.ratios).toBeNull();
  });
});
