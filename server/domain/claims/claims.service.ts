import { parseInput } from "../parse-input";
import { FORMER_PERSON_NAME } from "../people/former-person";
import { assertUser, requireUser, type Actor } from "../actor";
import { DomainError, conflict, forbidden, invalid, notFound, unauthenticated } from "../errors";
import type { NotificationsService } from "../notifications/notifications.service";
import { enqueueSearchUpdate } from "../search/search.outbox";
import type { ServiceDependencies } from "../services";
import { isDayOf } from "./age";
import * as repo from "./claims.repository";
import { CONFIRM_WINDOW_MS, inConfirmWindow } from "./confirm-window";
import {
  cancelClaimSchema,
  claimSchema,
  markAttendanceSchema,
  ownClaimSchema,
  type CancelClaimInput,
  type ClaimInput,
  type MarkAttendanceInput,
  type OwnClaimInput,
} from "./claims.schemas";
import type {
  ClaimChange,
  ClaimList,
  ClaimResult,
  Confirmation,
  KlusClaimState,
  MyClaimListItem,
  SpotsView,
} from "./claims.types";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const CLAIMS_PER_MINUTE = 10;

/** What the volunteer is told when `claim_klus` refuses, rule by rule. */
function claimRefusal(refusal: repo.ClaimRefusal): DomainError {
  switch (refusal) {
    case "unauthenticated":
      return unauthenticated();
    case "not_found":
      return notFound("Klus");
    case "rate_limited":
      // Nobody takes ten klussen in a minute by hand; a script that tries is stopped exactly (counted
      // under the volunteer's lock), also when it sends them all at once.
      return new DomainError("rate_limited", "Too many claims; wait a minute", { form: ["claims:errors.rateLimited"] });
    case "started":
      return conflict("The klus has already started", { form: ["claims:errors.started"] });
    case "not_open":
      return conflict("The klus is not open", { form: ["claims:errors.notOpen"] });
    case "already_claimed":
      return conflict("You already signed up for this klus", { form: ["claims:errors.alreadyClaimed"] });
    case "birth_date_missing":
      return invalid("Fill in your birth date first", { form: ["claims:errors.birthDateMissing"] });
    case "too_young":
      return invalid("You are younger than the minimum age", { form: ["claims:errors.tooYoung"] });
    case "vog_required":
      return invalid("Confirm the VOG first", { vogConfirmed: ["claims:errors.vogRequired"] });
    case "overlap":
      return conflict("You already have a klus at that time", { form: ["claims:errors.overlap"] });
  }
}

const spotsLeftOf = (spots: number | null, taken: number) => (spots === null ? null : Math.max(0, spots - taken));

/** Hours between start and end, to the quarter hour, at most 24: what attendance records by default. */
export function durationHours(startsAt: Date | null, endsAt: Date | null): number {
  if (!startsAt || !endsAt) return 0;
  const hours = (endsAt.getTime() - startsAt.getTime()) / 3_600_000;
  return Math.min(24, Math.max(0, Math.round(hours * 4) / 4));
}

/**
 * Claiming klussen: first come, first served, with a waitlist. Every claim and cancellation locks
 * the klus row for its transaction, so a klus never has more active claims than spots and the
 * waitlist (by `seq`) is in the order the claims got the lock.
 */
export function createClaimsService(
  deps: Pick<ServiceDependencies, "db" | "events" | "logger" | "config"> & { notifications: NotificationsService },
) {
  const { db, events, logger, notifications } = deps;

  // The transaction has committed: a failing listener must not turn a success into an error.
  function afterCommit(publish: () => void) {
    try {
      publish();
    } catch (error) {
      logger.error({ err: error }, "a domain event listener failed");
    }
  }

  async function requireCoordinatorOf(actor: Actor, opportunityId: string) {
    assertUser(actor);
    if (!uuidPattern.test(opportunityId)) throw notFound("Klus");
    const opportunity = await repo.findOpportunity(db, opportunityId);
    if (!opportunity || opportunity.kind !== "task") throw notFound("Klus");
    if (!(await repo.isCoordinator(db, opportunity.organisationId, actor.userId))) {
      throw forbidden("Only a coordinator of the organisation sees its claims");
    }
    return opportunity;
  }

  /**
   * Cancels or hands over the volunteer's own claim, in one transaction under the klus lock. A freed
   * active spot goes to the first on the waitlist, except on the Amsterdam day of the start: then
   * the next in line may not make it, so the spot stays free, everyone waiting is told, and
   * `klus.spot_freed` is published (also when nobody waits) so a new wave can go out.
   */
  async function giveUp(actor: Actor, claimId: string, now: Date, handOver: boolean) {
    const volunteer = requireUser(actor);
    const found = await repo.findClaim(db, claimId);
    if (!found || found.volunteerId !== volunteer.userId) throw notFound("Claim");

    const result = await db.transaction().execute(async (trx) => {
      const klus = await repo.lockOpportunity(trx, found.opportunityId);
      const claim = await repo.lockClaim(trx, claimId);
      if (!klus || !claim) throw notFound("Claim");
      if (claim.status === "cancelled") {
        throw conflict("The claim was already cancelled", { form: ["claims:errors.alreadyCancelled"] });
      }
      if (handOver && claim.status !== "active") {
        throw conflict("Only an active spot is handed over", { form: ["claims:errors.notActive"] });
      }
      if (klus.startsAt && klus.startsAt <= now) {
        throw conflict("The klus has started", { form: ["claims:errors.cancelAfterStart"] });
      }
      await repo.cancelClaim(trx, claimId, now, handOver);
      const wasActive = claim.status === "active";
      const dayOf = isDayOf(klus.startsAt, now);
      const promoted = wasActive && !dayOf ? await repo.promoteFirstWaitlisted(trx, klus.id, now) : undefined;
      const freed = wasActive && !promoted;
      if (freed) await enqueueSearchUpdate(trx, [klus.id]);
      const taken = await repo.countTaken(trx, klus.id);
      const coordinatorIds = await repo.coordinatorIds(trx, klus.organisationId);
      // On the day itself everyone waiting hears that a spot came free and may take it.
      const waiting = freed && dayOf ? await repo.waitlistedVolunteerIds(trx, klus.id) : [];
      const link = `/klussen/${klus.id}`;
      const added = await notifications.addInTransaction(trx, [
        ...(promoted
          ? [{ userId: promoted.volunteerId, kind: "claimPromoted", data: { title: klus.title }, link }]
          : []),
        ...waiting.map((userId) => ({
          userId,
          kind: "spotFreeToday",
          data: { title: klus.title },
          link: `${link}#meedoen`,
        })),
        ...(wasActive
          ? coordinatorIds.map((userId) => ({
              userId,
              kind: promoted
                ? handOver
                  ? "claimHandedOverPromoted"
                  : "claimCancelledPromoted"
                : handOver
                  ? "claimHandedOver"
                  : "claimCancelled",
              data: { title: klus.title, name: found.volunteerName, promotedName: promoted?.volunteerName ?? null },
              link: `${link}#aanmeldingen`,
            }))
          : []),
      ]);
      return {
        spots: { opportunityId: klus.id, spots: klus.spots, spotsLeft: spotsLeftOf(klus.spots, taken) },
        freed,
        wasActive,
        promoted,
        coordinatorIds,
        added,
      };
    });

    afterCommit(() => {
      notifications.announce(result.added);
      if (result.freed) events.publish("claim.changed", result.spots);
      if (result.wasActive) {
        events.publish("klus.members_changed", {
          opportunityId: found.opportunityId,
          joined: result.promoted ? [result.promoted.volunteerId] : [],
          left: [volunteer.userId],
        });
      }
      events.publish("claim.cancelled", {
        change: {
          opportunityId: found.opportunityId,
          claimId,
          volunteerName: found.volunteerName,
          status: "cancelled",
        },
        coordinatorIds: result.coordinatorIds,
        promoted: result.promoted
          ? { claimId: result.promoted.id, volunteerName: result.promoted.volunteerName }
          : null,
      });
      // The volunteer's other tabs, and the promoted volunteer's open klus page, show their own claim.
      events.publish("claim.updated", {
        userId: volunteer.userId,
        update: { opportunityId: found.opportunityId, claimId, status: "cancelled" },
      });
      if (result.promoted) {
        events.publish("claim.updated", {
          userId: result.promoted.volunteerId,
          update: { opportunityId: found.opportunityId, claimId: result.promoted.id, status: "active" },
        });
      }
      if (result.freed) events.publish("klus.spot_freed", { opportunityId: found.opportunityId });
    });
    return { ...result.spots, promotedClaimId: result.promoted?.id ?? null };
  }

  return {
    /**
     * Claims a spot on a klus for the actor, or a place on the waitlist when it is full: one call of
     * `claim_klus`, which locks the volunteer and then the klus, checks the rules and inserts the
     * claim (see `claimKlus`). Here each refusal becomes what the volunteer is told.
     */
    async claim(actor: Actor, input: ClaimInput, now = new Date()): Promise<ClaimResult> {
      // Any logged-in person may volunteer for a klus, coordinators included.
      const volunteer = requireUser(actor);
      const { opportunityId, vogConfirmed } = parseInput(claimSchema, input);
      const claimed = await repo.claimKlus(db, {
        opportunityId,
        volunteerId: volunteer.userId,
        vogConfirmed: vogConfirmed ?? false,
        now,
        claimsPerMinute: Math.round(CLAIMS_PER_MINUTE * deps.config.rateLimitMultiplier),
        formerPersonName: FORMER_PERSON_NAME,
      });
      if (claimed.refusal !== null) throw claimRefusal(claimed.refusal);

      const becameActive = claimed.claimStatus === "active";
      const spots: SpotsView = {
        opportunityId,
        spots: claimed.spots,
        spotsLeft: spotsLeftOf(claimed.spots, claimed.takenBefore + (becameActive ? 1 : 0)),
      };
      // Under the klus lock the new claim is the last to arrive, so it is last on the waitlist.
      const claim = {
        id: claimed.claimId,
        status: claimed.claimStatus,
        position: becameActive ? null : claimed.waitlistedBefore + 1,
        confirmed: false,
      };
      const change: ClaimChange = {
        opportunityId,
        claimId: claim.id,
        volunteerName: claimed.volunteerName,
        status: claim.status,
      };
      afterCommit(() => {
        if (becameActive) {
          events.publish("claim.changed", spots);
          events.publish("klus.members_changed", { opportunityId, joined: [volunteer.userId], left: [] });
        }
        events.publish("claim.created", { change, coordinatorIds: claimed.coordinatorIds ?? [] });
        events.publish("claim.updated", {
          userId: volunteer.userId,
          update: { opportunityId, claimId: claim.id, status: claim.status },
        });
      });
      return { ...spots, claim };
    },

    /**
     * Cancels the actor's own claim, until the klus starts. A freed active spot goes to the first on
     * the waitlist in the same transaction, except on the day of the start (see `giveUp`).
     */
    cancel(
      actor: Actor,
      input: CancelClaimInput,
      now = new Date(),
    ): Promise<SpotsView & { promotedClaimId: string | null }> {
      return giveUp(actor, parseInput(cancelClaimSchema, input).claimId, now, false);
    },

    /**
     * Hands the actor's active spot over: like cancelling (waitlist first, except on the day
     * itself), recorded as a hand-over so the coordinators see it.
     */
    handOver(
      actor: Actor,
      input: OwnClaimInput,
      now = new Date(),
    ): Promise<SpotsView & { promotedClaimId: string | null }> {
      return giveUp(actor, parseInput(ownClaimSchema, input).claimId, now, true);
    },

    /** "Ik kom": the actor confirms their own active claim in one tap, before the start; idempotent. */
    async confirm(actor: Actor, input: OwnClaimInput, now = new Date()): Promise<{ confirmedAt: string }> {
      const volunteer = requireUser(actor);
      const { claimId } = parseInput(ownClaimSchema, input);
      const found = await repo.findClaimForConfirm(db, claimId);
      if (!found || found.volunteerId !== volunteer.userId) throw notFound("Claim");
      if (found.status !== "active") {
        throw conflict("Only an active claim is confirmed", { form: ["claims:errors.notActive"] });
      }
      if (found.startsAt && found.startsAt <= now) {
        throw conflict("The klus has started", { form: ["claims:errors.confirmAfterStart"] });
      }
      if (found.confirmedAt) return { confirmedAt: found.confirmedAt.toISOString() };
      await repo.confirmClaim(db, claimId, now);
      return { confirmedAt: now.toISOString() };
    },

    /**
     * On the day itself a freed spot is not given to the waitlist: a waitlisted volunteer who can
     * still make it takes it here, under the klus lock, so two of them never get one spot.
     */
    async takeFreeSpot(actor: Actor, input: OwnClaimInput, now = new Date()): Promise<SpotsView> {
      const volunteer = requireUser(actor);
      const { claimId } = parseInput(ownClaimSchema, input);
      const found = await repo.findClaim(db, claimId);
      if (!found || found.volunteerId !== volunteer.userId) throw notFound("Claim");
      const result = await db.transaction().execute(async (trx) => {
        const klus = await repo.lockOpportunity(trx, found.opportunityId);
        const claim = await repo.lockClaim(trx, claimId);
        if (!klus || !claim) throw notFound("Claim");
        if (claim.status !== "waitlisted") {
          throw conflict("Only a place on the waitlist takes a free spot", { form: ["claims:errors.notWaitlisted"] });
        }
        if (klus.startsAt && klus.startsAt <= now) {
          throw conflict("The klus has started", { form: ["claims:errors.started"] });
        }
        if (klus.status !== "open") throw conflict("The klus is not open", { form: ["claims:errors.notOpen"] });
        const taken = await repo.countTaken(trx, klus.id);
        if (klus.spots !== null && taken >= klus.spots) {
          throw conflict("No spot is free", { form: ["claims:errors.noFreeSpot"] });
        }
        await repo.activateClaim(trx, claimId, now);
        await enqueueSearchUpdate(trx, [klus.id]);
        const coordinatorIds = await repo.coordinatorIds(trx, klus.organisationId);
        return {
          spots: { opportunityId: klus.id, spots: klus.spots, spotsLeft: spotsLeftOf(klus.spots, taken + 1) },
          coordinatorIds,
        };
      });
      afterCommit(() => {
        events.publish("claim.changed", result.spots);
        events.publish("klus.members_changed", {
          opportunityId: found.opportunityId,
          joined: [volunteer.userId],
          left: [],
        });
        events.publish("claim.created", {
          change: { opportunityId: found.opportunityId, claimId, volunteerName: found.volunteerName, status: "active" },
          coordinatorIds: result.coordinatorIds,
        });
        events.publish("claim.updated", {
          userId: volunteer.userId,
          update: { opportunityId: found.opportunityId, claimId, status: "active" },
        });
      });
      return result.spots;
    },

    /**
     * The job, the day before: each active claim on a klus starting within 24 hours, made before
     * that window, gets one "confirm or hand over" notice (e-mailed at once when allowed).
     */
    requestConfirmations(now = new Date()): Promise<number> {
      return notifications.notify(async (trx) =>
        (await repo.takeDueConfirmationRequests(trx, now, CONFIRM_WINDOW_MS)).map((claim) => ({
          userId: claim.volunteerId,
          kind: "confirmRequested",
          data: { title: claim.title },
          link: `/klussen/${claim.opportunityId}#meedoen`,
        })),
      );
    },

    /**
     * The job that tells a klus's coordinators, once per claim, which claims were asked and not
     * confirmed by 6 hours before the start or 12 hours after the question (whichever is earlier).
     */
    flagUnconfirmed(now = new Date()): Promise<number> {
      return notifications.notify(async (trx) =>
        (await repo.takeDueUnconfirmed(trx, now)).flatMap((claim) =>
          (claim.coordinatorIds ?? []).map((userId) => ({
            userId,
            kind: "claimUnconfirmed",
            data: { title: claim.title, name: claim.volunteerName },
            link: `/klussen/${claim.opportunityId}#aanmeldingen`,
          })),
        ),
      );
    },

    /** Spots and spots left of a klus, or null when there is no such klus. */
    async spotsLeft(opportunityId: string): Promise<SpotsView | null> {
      if (!uuidPattern.test(opportunityId)) return null;
      const klus = await repo.findOpportunity(db, opportunityId);
      if (!klus || klus.kind !== "task" || klus.publishedAt === null) return null;
      const taken = await repo.countTaken(db, opportunityId);
      return { opportunityId, spots: klus.spots, spotsLeft: spotsLeftOf(klus.spots, taken) };
    },

    /** What the klus page shows about claiming, for this actor. */
    async stateFor(actor: Actor, opportunityId: string, now = new Date()): Promise<KlusClaimState | null> {
      if (!uuidPattern.test(opportunityId)) return null;
      const klus = await repo.readClaimState(db, opportunityId, actor.kind === "user" ? actor.userId : null);
      if (!klus || klus.kind !== "task") return null;
      const started = klus.startsAt !== null && klus.startsAt <= now;
      return {
        confirmWindow: inConfirmWindow(klus.startsAt, now),
        dayOf: isDayOf(klus.startsAt, now),
        opportunityId,
        spots: klus.spots,
        spotsLeft: spotsLeftOf(klus.spots, klus.taken),
        minAge: klus.minAge,
        vogRequired: klus.vogRequired,
        started,
        open: klus.status === "open" && klus.publishedAt !== null,
        mine: klus.mineId
          ? {
              id: klus.mineId,
              status: klus.mineStatus as "active" | "waitlisted",
              position: klus.mineStatus === "waitlisted" ? Number(klus.minePosition) : null,
              confirmed: klus.mineConfirmedAt !== null,
            }
          : null,
      };
    },

    /** The claims of a klus, for the organisation's coordinators: names, status, waitlist position. */
    async listForOpportunity(actor: Actor, opportunityId: string, now = new Date()): Promise<ClaimList> {
      const klus = await requireCoordinatorOf(actor, opportunityId);
      const [rows, handedOver] = await Promise.all([
        repo.listLiveClaims(db, opportunityId),
        repo.listHandedOver(db, opportunityId),
      ]);
      const confirmationOf = (row: (typeof rows)[number]): Confirmation => {
        if (row.confirmedAt) return "confirmed";
        if (row.flaggedAt) return "flagged";
        return row.confirmRequestedAt ? "waiting" : "notAsked";
      };
      let position = 0;
      const claims = rows.map((row) => ({
        id: row.id,
        volunteerName: row.volunteerName,
        teamName: row.teamName,
        status: row.status as "active" | "waitlisted",
        position: row.status === "waitlisted" ? ++position : null,
        attendance: row.attendance,
        hours: row.hours === null ? null : Number(row.hours),
        createdAt: row.createdAt.toISOString(),
        confirmation: confirmationOf(row),
      }));
      const taken = await repo.countTaken(db, opportunityId);
      return {
        opportunityId,
        title: klus.title,
        startsAt: klus.startsAt?.toISOString() ?? null,
        endsAt: klus.endsAt?.toISOString() ?? null,
        started: klus.startsAt !== null && klus.startsAt <= now,
        defaultHours: durationHours(klus.startsAt, klus.endsAt),
        spots: klus.spots,
        spotsLeft: spotsLeftOf(klus.spots, taken),
        claims,
        handedOver: handedOver.map((row) => ({ id: row.id, volunteerName: row.volunteerName })),
      };
    },

    /** A coordinator records, after the start, whether an active volunteer came and for how many hours. */
    async markAttendance(actor: Actor, input: MarkAttendanceInput): Promise<{ hours: number }> {
      assertUser(actor);
      const data = parseInput(markAttendanceSchema, input);
      const claim = await repo.findClaim(db, data.claimId);
      if (!claim) throw notFound("Claim");
      const klus = await requireCoordinatorOf(actor, claim.opportunityId);
      if (!klus.startsAt || klus.startsAt > new Date()) {
        throw conflict("The klus has not started yet", { form: ["claims:errors.attendanceBeforeStart"] });
      }
      if (claim.status !== "active") {
        throw conflict("Only active claims get attendance", { form: ["claims:errors.notActive"] });
      }
      const hours = data.attendance === "no_show" ? 0 : (data.hours ?? durationHours(klus.startsAt, klus.endsAt));
      await repo.setAttendance(db, data.claimId, { attendance: data.attendance, hours });
      return { hours };
    },

    /** The actor's claims that are not cancelled, soonest first. */
    async myClaims(actor: Actor, now = new Date()): Promise<MyClaimListItem[]> {
      assertUser(actor);
      const rows = await repo.listClaimsOf(db, actor.userId);
      return rows.map((row) => ({
        id: row.id,
        status: row.status as "active" | "waitlisted",
        position: row.status === "waitlisted" ? Number(row.position) : null,
        opportunityId: row.opportunityId,
        title: row.title,
        startsAt: row.startsAt?.toISOString() ?? null,
        endsAt: row.endsAt?.toISOString() ?? null,
        attendance: row.attendance,
        hours: row.hours === null ? null : Number(row.hours),
        confirmed: row.confirmedAt !== null,
        confirmWindow: row.status === "active" && inConfirmWindow(row.startsAt, now),
      }));
    },
  };
}

export type ClaimsService = ReturnType<typeof createClaimsService>;
