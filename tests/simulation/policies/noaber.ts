/**
 * The Noaber policy, written against the contract of issue 11 (waves and confirm): on publish the
 * first wave; every tick the due waves, the day-before confirmation requests and the flags of
 * unconfirmed claims; replies claim (a full klus waitlists); a freed spot that went to nobody gets a
 * wave at once. Who was told is read from the in-app notices the waves send (kind `newKlusNearby`,
 * link `/klussen/<id>`), and checked against the counts the services return.
 */
import type { Actor } from "../../../server/domain/actor";
import { DomainError } from "../../../server/domain/errors";
import type { Services } from "../../../server/domain/services";
import { noaber, units } from "../parameters";
import type { PlannedVolunteer } from "../world";
import type { Engine, Klus, Policy, ReplyOutcome } from "./policy";

export function noaberPolicy(services: Services, volunteers: readonly PlannedVolunteer[]): Policy {
  const { notices, claims } = services;
  const { db, events } = services.deps;
  let engine: Engine;
  // Notices the services announced during the current call, by klus: flushed into the engine after it.
  let pending: Array<{ opportunityId: string; userId: string }> = [];
  let seen = 0;
  let reported = 0;

  function flush() {
    const byKlus = new Map<string, string[]>();
    for (const { opportunityId, userId } of pending)
      byKlus.set(opportunityId, [...(byKlus.get(opportunityId) ?? []), userId]);
    pending = [];
    for (const [opportunityId, userIds] of byKlus) {
      seen += userIds.length;
      engine.tell(engine.klusById(opportunityId), userIds);
    }
  }

  async function wave(work: () => Promise<{ told: string[] } | number>) {
    const result = await work();
    reported += typeof result === "number" ? result : result.told.length;
    flush();
  }

  return {
    name: "noaber",
    channel: "app",
    tickMs: noaber.tickMinutes * units.minute,
    async prepare(given) {
      engine = given;
      events.subscribe("notification.created", ({ userId, notification }) => {
        const match = /^\/klussen\/([0-9a-f-]{36})$/.exec(notification.link ?? "");
        if (notification.kind === "newKlusNearby" && match) pending.push({ opportunityId: match[1]!, userId });
      });
      // A spot that went to nobody: a wave at once, at the simulated moment it was freed.
      events.subscribe("klus.spot_freed", ({ opportunityId }) => {
        engine.later(engine.t(), () => wave(() => notices.sendNextWave(opportunityId, engine.now())));
      });
      for (const v of volunteers) {
        await db
          .updateTable("volunteer_profiles")
          .set({ availability: v.availability ?? [], notices_per_week: v.wishPerWeek })
          .where("user_id", "=", v.id)
          .execute();
      }
    },
    async published(klus) {
      await wave(() => notices.startWaves(klus.id, engine.now()));
    },
    async reply(volunteer: Actor, klus: Klus): Promise<ReplyOutcome> {
      try {
        const result = await claims.claim(volunteer, { opportunityId: klus.id }, engine.now());
        return result.claim.status === "active" ? "active" : "waitlisted";
      } catch (error) {
        if (error instanceof DomainError && error.code === "conflict") return "lost";
        throw error;
      }
    },
    async cancel(volunteer, _klus, claimId) {
      await claims.cancel(volunteer, { claimId }, engine.now());
    },
    // The claims service gives a freed spot to the waitlist or publishes klus.spot_freed (above).
    async spotFreed() {},
    async tick() {
      const now = engine.now();
      await wave(() => notices.sendDueWaves(now));
      await claims.requestConfirmations(now);
      return { flagged: await claims.flagUnconfirmed(now) };
    },
    dayBefore: {
      async confirm(volunteer, claimId) {
        await claims.confirm(volunteer, { claimId }, engine.now());
      },
      async handOver(volunteer, claimId) {
        await claims.handOver(volunteer, { claimId }, engine.now());
      },
    },
    async finish() {
      if (seen !== reported) {
        throw new Error(`the waves reported ${reported} people told, but ${seen} newKlusNearby notices were seen`);
      }
    },
  };
}
