import { describe, expect, inject, it } from "vitest";
import { simulate } from "../../simulation/simulate";

// A small run of both policies over the real services (waves, weekly cap, confirm and hand over), twice.
const options = { seed: 99, weeks: 1, volunteers: 200, policy: "both" as const };
const server = { url: inject("databaseUrl"), stop: async () => {} };
const withoutRuntime = (report: object) => JSON.stringify({ ...report, runtimeSeconds: undefined });

describe("the simulation's Noaber policy", () => {
  it(
    "is repeatable, keeps its invariants and tells far fewer people than the wijk groups",
    { timeout: 120_000 },
    async () => {
      const first = await simulate(options, server);
      const second = await simulate(options, server);
      expect(withoutRuntime(second.report)).toBe(withoutRuntime(first.report));

      const noaber = first.report.policies.noaber!;
      const whatsapp = first.report.policies.whatsapp!;
      const record = first.records.noaber!;
      expect(noaber.klussen).toBe(whatsapp.klussen);
      for (const klus of record.klussen) {
        expect(klus.maxTaken).toBeLessThanOrEqual(klus.spots);
        expect(klus.heldAtStart).toBeLessThanOrEqual(klus.spots);
        expect(klus.noShows).toBeLessThanOrEqual(klus.heldAtStart);
      }
      expect(noaber.claimsMade).toBeGreaterThan(0);
      expect(noaber.notices).toBeGreaterThan(0);
      expect(noaber.notices).toBeLessThan(whatsapp.notices);
      // Each volunteer's weekly cap holds: nobody gets more than the largest cap (10) in the one week.
      expect(noaber.noticesPerVolunteerWeek.p95!).toBeLessThanOrEqual(10);
      expect(first.report.ratios).not.toBeNull();
      expect(first.report.ratios!.noticesPerVolunteerWeekMean).toBeLessThan(1);
    },
  );
});
