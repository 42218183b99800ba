import { sql } from "kysely";
import { describe, expect, inject, it } from "vitest";
import type { Actor } from "../../../server/domain/actor";
import type { Services } from "../../../server/domain/services";
import { WEEKLY_CAP_COLUMN, type NoaberServices } from "../../simulation/policies/noaber";
import { simulate } from "../../simulation/simulate";

/**
 * The Noaber policy's plumbing (notices read from the in-app notifications, ticks, waitlist, the
 * day-before confirm and hand-over) over a deliberately simple STAND-IN for the waves and confirm
 * parts, which are built elsewhere: it tells the first volunteers of the klus's buurt, then of its
 * wijk, and hands over by cancelling. It proves the simulation's side, not the real rules.
 */
function standIn(services: Services): Services & NoaberServices {
  const { db, events } = services.deps;
  const told = new Map<string, Set<string>>();

  async function wave(opportunityId: string, size: number) {
    const { rows } = await sql<{ user_id: string }>`
      select p.user_id from volunteer_profiles p
      join buurten b on b.code = p.home_buurt_code
      join opportunities o on o.id = ${opportunityId}
      join buurten kb on kb.code = o.buurt_code
      where b.wijk_code = kb.wijk_code
      order by (p.home_buurt_code = o.buurt_code) desc, p.user_id`.execute(db);
    const already = told.get(opportunityId) ?? new Set<string>();
    told.set(opportunityId, already);
    const next = rows
      .map((r) => r.user_id)
      .filter((id) => !already.has(id))
      .slice(0, size);
    for (const userId of next) {
      already.add(userId);
      events.publish("notification.created", {
        userId,
        notification: {
          id: userId,
          kind: "newKlusNearby",
          data: {},
          link: `/klussen/${opportunityId}`,
          createdAt: "",
          read: false,
        },
      });
    }
    return { told: next, scope: "wijk" as const };
  }

  const realClaims = services.claims;
  // As the confirm part promises: a spot that went to nobody on the waitlist is announced as freed.
  async function giveUp(actor: Actor, input: { claimId: string }) {
    const result = await realClaims.cancel(actor, input);
    if (!result.promotedClaimId) events.publish("klus.spot_freed", { opportunityId: result.opportunityId });
    return result;
  }
  return {
    ...services,
    notices: {
      startWaves: (id: string) => wave(id, 6),
      sendNextWave: (id: string) => wave(id, 3),
      sendDueWaves: async () => 0,
    },
    claims: {
      ...realClaims,
      claim: (actor: Actor, input: { opportunityId: string }) => realClaims.claim(actor, input),
      cancel: giveUp,
      requestConfirmations: async () => 0,
      confirm: async () => {},
      handOver: giveUp,
      flagUnconfirmed: async () => 0,
    },
  } as Services & NoaberServices;
}

async function adapt(services: Services) {
  // What the waves migration adds; the policy writes the weekly cap there.
  await sql`alter table volunteer_profiles add column if not exists ${sql.ref(WEEKLY_CAP_COLUMN)} integer`.execute(
    services.deps.db,
  );
  return standIn(services);
}

const options = { seed: 99, weeks: 1, volunteers: 200, policy: "both" as const };
const server = { url: inject("databaseUrl"), stop: async () => {} };
const withoutRuntime = (report: object) => JSON.stringify({ ...report, runtimeSeconds: undefined });

describe("the simulation's Noaber policy (over a stand-in for the waves and confirm parts)", () => {
  it("reads who was told, waitlists, confirms and hands over, repeatably", { timeout: 90_000 }, async () => {
    const first = await simulate(options, server, undefined, adapt);
    const second = await simulate(options, server, undefined, adapt);
    expect(withoutRuntime(second.report)).toBe(withoutRuntime(first.report));

    const noaber = first.report.policies.noaber!;
    const whatsapp = first.report.policies.whatsapp!;
    const record = first.records.noaber!;
    expect(noaber.klussen).toBe(whatsapp.klussen);
    // The stand-in tells 6 on publish and 3 per freed spot: far fewer than the wijk groups.
    expect(noaber.notices).toBeGreaterThanOrEqual(noaber.klussen);
    expect(noaber.notices).toBeLessThan(whatsapp.notices);
    for (const klus of record.klussen) {
      expect(klus.maxTaken).toBeLessThanOrEqual(klus.spots);
      expect(klus.notices).toBeGreaterThan(0);
    }
    expect(noaber.claimsMade).toBeGreaterThan(0);
    expect(noaber.confirmations).toBeGreaterThan(0);
    expect(first.report.ratios).not.toBeNull();
    expect(first.report.ratios!.noticesPerVolunteerWeekMean).toBeLessThan(1);
  });
});
