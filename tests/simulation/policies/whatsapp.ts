/**
 * The WhatsApp baseline: the group is every volunteer of the klus's wijk; a klus goes to the whole
 * group at once; the first replies take the spots (through `claims.claim`) while spots are left and
 * later replies are lost (no waitlist); a given-up spot is posted in the group again by the
 * coordinator; nobody is asked to confirm the day before.
 */
import type { Actor } from "../../../server/domain/actor";
import { DomainError } from "../../../server/domain/errors";
import type { Services } from "../../../server/domain/services";
import { response, units } from "../parameters";
import type { Random } from "../prng";
import { exponential } from "../response";
import type { Engine, Klus, Policy, ReplyOutcome } from "./policy";

export function whatsappPolicy(services: Services, random: Random): Policy {
  let engine: Engine;
  const post = (klus: Klus) => engine.tell(klus, engine.group(klus.plan.buurt.wijkCode));
  return {
    name: "whatsapp",
    channel: "group",
    tickMs: null,
    dayBefore: null,
    async prepare(given) {
      engine = given;
    },
    async published(klus) {
      post(klus);
    },
    async reply(volunteer: Actor, klus: Klus): Promise<ReplyOutcome> {
      // The group has no waitlist: a reply after the spots are gone is simply too late.
      if (klus.taken >= klus.plan.spots) return "lost";
      try {
        const result = await services.claims.claim(volunteer, { opportunityId: klus.id });
        if (result.claim.status !== "active") throw new Error(`baseline claim waitlisted on ${klus.id}`);
        return "active";
      } catch (error) {
        // Already on it, or busy at that time: the reply does not become a spot.
        if (error instanceof DomainError && error.code === "conflict") return "lost";
        throw error;
      }
    },
    async cancel(volunteer, _klus, claimId) {
      await services.claims.cancel(volunteer, { claimId });
    },
    async spotFreed(klus) {
      // The coordinator reads the cancellation and posts the klus in the group again.
      const at = engine.t() + exponential(random, response.repostDelayMeanHours * units.hour);
      if (at < klus.plan.startsAt) {
        engine.later(at, async () => {
          if (klus.taken < klus.plan.spots) post(klus);
        });
      }
    },
    async tick() {
      return { flagged: 0 };
    },
    async finish() {},
  };
}
