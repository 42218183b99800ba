import type { Trx } from "../../../db/connect";
import { groupCoordinatorRoles, requireTeamCoordinator, type Actor } from "../actor";
import { ageOn, amsterdamDay, isDayOf } from "../claims/age";
import * as claimsRepo from "../claims/claims.repository";
import type { SpotsView } from "../claims/claims.types";
import { countedMessage } from "../counted-message";
import { conflict, forbidden, invalid, notFound } from "../errors";
import type { NotificationsService } from "../notifications/notifications.service";
import type { NewNotification } from "../notifications/notifications.types";
import { parseInput } from "../parse-input";
import { enqueueSearchUpdate } from "../search/search.outbox";
import type { ServiceDependencies } from "../services";
import * as repo from "./team-claims.repository";
import {
  giveBackSpotsSchema,
  nameTeamMemberSchema,
  teamClaimSchema,
  type GiveBackSpotsInput,
  type NameTeamMemberInput,
  type TeamClaimInput,
} from "./team-claims.schemas";
import type { KlusTeamState, TeamClaimResult, TeamClaimView } from "./team-claims.types";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const hour = 3_600_000;

const spotsLeftOf = (spots: number | null, taken: number) => (spots === null ? null : Math.max(0, spots - taken));

/**
 * When unnamed spots go back: `releaseHours` before the start; a team that signs up later than
 * that gets half the time that is left, so a reservation is never released the moment it is made.
 */
export function releaseMoment(startsAt: Date, now: Date, releaseHours: number): Date {
  const due = startsAt.getTime() - releaseHours * hour;
  if (due > now.getTime()) return new Date(due);
  return new Date(now.getTime() + Math.max(0, startsAt.getTime() - now.getTime()) / 2);
}

type Promoted = { id: string; volunteerId: string; volunteerName: string };

/**
 * Team and group claims: a business or partner coordinator reserves N spots of a klus in one step
 * (all or none), names members of their own organisation later, and gives back spots. Unnamed spots
 * count as taken (see `takenSpots`) until they are named, given back or released before the start.
 * Every change takes the klus row lock, as single claims do, so both race fairly.
 */
export function createTeamClaimsService(
  deps: Pick<ServiceDependencies, "db" | "events" | "logger" | "config"> & { notifications: NotificationsService },
) {
  const { db, events, logger, notifications } = deps;
  const releaseHours = deps.config.teamReleaseHours ?? 48;

  function afterCommit(publish: () => void) {
    try {
      publish();
    } catch (error) {
      logger.error({ err: error }, "a domain event listener failed");
    }
  }

  /** The team claim, when the actor coordinates its business or partner; others are refused. */
  async function requireOwnTeamClaim(actor: Actor, teamClaimId: string) {
    const user = requireTeamCoordinator(actor);
    if (!uuidPattern.test(teamClaimId)) throw notFound("Team claim");
    const team = await repo.findTeamClaim(db, teamClaimId);
    if (!team) throw notFound("Team claim");
    if (!(await claimsRepo.isCoordinator(db, team.organisationId, user.userId))) {
      throw forbidden("Only the team's own coordinators manage its claim");
    }
    return { user, team };
  }

  /**
   * Frees `count` reserved spots of a locked team claim: the waitlist first (by seq), the rest
   * become open spots (the search outbox learns). On the Amsterdam day of the start nobody is
   * promoted (as when a volunteer cancels): the spots stay free and everyone waiting is told.
   * Run under the klus lock.
   */
  async function freeSpots(
    trx: Trx,
    klus: { id: string; title: string; status: string; startsAt: Date | null },
    teamClaimId: string,
    count: number,
    releasedAt: Date | null,
    now: Date,
  ) {
    await repo.takeUnnamed(trx, teamClaimId, count, releasedAt);
    const dayOf = isDayOf(klus.startsAt, now);
    const promoted: Promoted[] = [];
    for (let i = 0; i < count && !dayOf; i++) {
      const next = await claimsRepo.promoteFirstWaitlisted(trx, klus.id, now);
      if (!next) break;
      promoted.push(next);
    }
    const freed = promoted.length < count;
    if (freed) await enqueueSearchUpdate(trx, [klus.id]);
    const waiting =
      freed && dayOf && klus.status === "open" ? await claimsRepo.waitlistedVolunteerIds(trx, klus.id) : [];
    const notices: NewNotification[] = [
      ...promotedNotices(promoted, klus),
      ...waiting.map((userId) => ({
        userId,
        kind: "spotFreeToday",
        data: { title: klus.title },
        link: `/klussen/${klus.id}#meedoen`,
      })),
    ];
    return { promoted, freed, notices };
  }

  function announceFreed(
    result: {
      spots: SpotsView;
      promoted: Promoted[];
      freed: boolean;
      added: Parameters<NotificationsService["announce"]>[0];
    },
    opportunityId: string,
  ) {
    afterCommit(() => {
      notifications.announce(result.added);
      events.publish("claim.changed", result.spots);
      // Spots that did not go to the waitlist: the notice waves may tell more people.
      if (result.freed) events.publish("klus.spot_freed", { opportunityId });
      if (result.promoted.length > 0) {
        events.publish("klus.members_changed", {
          opportunityId,
          joined: result.promoted.map((p) => p.volunteerId),
          left: [],
        });
      }
      for (const promoted of result.promoted) {
        events.publish("claim.updated", {
          userId: promoted.volunteerId,
          update: { opportunityId, claimId: promoted.id, status: "active" },
        });
      }
    });
  }

  const promotedNotices = (promoted: Promoted[], klus: { id: string; title: string }): NewNotification[] =>
    promoted.map((p) => ({
      userId: p.volunteerId,
      kind: "claimPromoted",
      data: { title: klus.title },
      link: `/klussen/${klus.id}`,
    }));

  return {
    /**
     * Reserves `spots` spots of a klus for a team of the actor's business or partner: all of them
     * or none. A klus without enough spots left refuses the whole claim and says how many are left.
     */
    async create(actor: Actor, input: TeamClaimInput): Promise<TeamClaimResult> {
      const user = requireTeamCoordinator(actor);
      const data = parseInput(teamClaimSchema, input);
      const [organisation] = await repo.teamOrganisationsOf(db, user.userId);
      if (!organisation) throw forbidden("Only coordinators of a business or partner sign up a team");

      const result = await db.transaction().execute(async (trx) => {
        const klus = await claimsRepo.lockOpportunity(trx, data.opportunityId);
        if (!klus || klus.kind !== "task" || klus.publishedAt === null || klus.status === "draft") {
          throw notFound("Klus");
        }
        const now = new Date();
        if (klus.startsAt && klus.startsAt <= now) {
          throw conflict("The klus has already started", { form: ["claims:errors.started"] });
        }
        if (klus.status !== "open") throw conflict("The klus is not open", { form: ["claims:errors.notOpen"] });
        // A VOG is personal: each member confirms it when claiming their own spot.
        if (klus.vogRequired) throw conflict("The klus needs a VOG", { form: ["claims:team.errors.vogRequired"] });
        const taken = await claimsRepo.countTaken(trx, klus.id);
        const left = spotsLeftOf(klus.spots, taken);
        if (left !== null && data.spots > left) {
          throw conflict(`Only ${left} spots left`, {
            spots: [countedMessage("claims:team.errors.spots.notEnough", left)],
          });
        }
        const team = await repo.insertTeamClaim(trx, {
          opportunityId: klus.id,
          organisationId: organisation.id,
          teamName: data.teamName,
          spots: data.spots,
          createdBy: user.userId,
          releaseAt: releaseMoment(
            klus.startsAt ?? new Date(now.getTime() + releaseHours * 2 * hour),
            now,
            releaseHours,
          ),
        });
        await enqueueSearchUpdate(trx, [klus.id]);
        return {
          teamClaimId: team.id,
          spots: { opportunityId: klus.id, spots: klus.spots, spotsLeft: spotsLeftOf(klus.spots, taken + data.spots) },
        };
      });
      afterCommit(() => events.publish("claim.changed", result.spots));
      return { ...result.spots, teamClaimId: result.teamClaimId };
    },

    /**
     * Names a member of the team's own business or partner for one reserved spot: an ordinary
     * active claim (agenda, reminders, klus group), checked like their own claim would be.
     */
    async nameMember(actor: Actor, input: NameTeamMemberInput): Promise<{ claimId: string }> {
      requireTeamCoordinator(actor);
      const data = parseInput(nameTeamMemberSchema, input);
      const { team } = await requireOwnTeamClaim(actor, data.teamClaimId);
      if (!(await repo.isMemberOf(db, team.organisationId, data.memberId))) {
        throw invalid("Not a member of this team's organisation", { memberId: ["claims:team.errors.member.notYours"] });
      }

      const result = await db.transaction().execute(async (trx) => {
        // The member's row first, then the klus: the same order as a claim of their own.
        if (!(await claimsRepo.lockVolunteer(trx, data.memberId))) throw notFound("Member");
        const read = await claimsRepo.readForClaim(trx, team.opportunityId, data.memberId);
        if (!read) throw notFound("Klus");
        if (read.hasLive) {
          throw conflict("Already signed up", { memberId: ["claims:team.errors.member.alreadyClaimed"] });
        }
        if (read.minAge !== null) {
          const old = read.birthDate && ageOn(read.birthDate, amsterdamDay(read.startsAt ?? new Date())) >= read.minAge;
          if (!old) throw invalid("Below the minimum age", { memberId: ["claims:team.errors.member.tooYoung"] });
        }
        if (read.overlaps) {
          throw conflict("Has a klus at that time", { memberId: ["claims:team.errors.member.overlap"] });
        }
        const klus = await claimsRepo.lockOpportunity(trx, team.opportunityId);
        const locked = await repo.lockTeamClaim(trx, team.id);
        if (!klus || !locked) throw notFound("Team claim");
        if (klus.startsAt && klus.startsAt <= new Date()) {
          throw conflict("The klus has already started", { form: ["claims:errors.started"] });
        }
        if (locked.unnamedSpots < 1) {
          throw conflict("No reserved spot left", { form: ["claims:team.errors.noReservedSpot"] });
        }
        const claim = await repo.insertTeamMemberClaim(trx, {
          opportunityId: klus.id,
          volunteerId: data.memberId,
          teamClaimId: team.id,
        });
        await repo.takeUnnamed(trx, team.id, 1);
        const added = await notifications.addInTransaction(trx, [
          {
            userId: data.memberId,
            kind: "teamMemberNamed",
            data: { title: klus.title, team: locked.teamName },
            link: `/klussen/${klus.id}`,
          },
        ]);
        return { claimId: claim.id, added };
      });

      afterCommit(() => {
        notifications.announce(result.added);
        events.publish("klus.members_changed", {
          opportunityId: team.opportunityId,
          joined: [data.memberId],
          left: [],
        });
        events.publish("claim.updated", {
          userId: data.memberId,
          update: { opportunityId: team.opportunityId, claimId: result.claimId, status: "active" },
        });
      });
      return { claimId: result.claimId };
    },

    /** Gives back reserved spots that will not get a name: to the waitlist first, then open. */
    async giveBack(actor: Actor, input: GiveBackSpotsInput, now = new Date()): Promise<SpotsView> {
      requireTeamCoordinator(actor);
      const data = parseInput(giveBackSpotsSchema, input);
      const { team } = await requireOwnTeamClaim(actor, data.teamClaimId);
      const result = await db.transaction().execute(async (trx) => {
        const klus = await claimsRepo.lockOpportunity(trx, team.opportunityId);
        const locked = await repo.lockTeamClaim(trx, team.id);
        if (!klus || !locked) throw notFound("Team claim");
        if (data.count > locked.unnamedSpots) {
          throw invalid("More than the unnamed spots", {
            count: [countedMessage("claims:team.errors.giveBack.tooMany", locked.unnamedSpots)],
          });
        }
        const { promoted, freed, notices } = await freeSpots(trx, klus, team.id, data.count, null, now);
        const added = await notifications.addInTransaction(trx, notices);
        const taken = await claimsRepo.countTaken(trx, klus.id);
        return {
          spots: { opportunityId: klus.id, spots: klus.spots, spotsLeft: spotsLeftOf(klus.spots, taken) },
          promoted,
          freed,
          added,
        };
      });
      announceFreed(result, team.opportunityId);
      return result.spots;
    },

    /**
     * The scheduled release: spots still unnamed at their release moment go to the waitlist and
     * the wijk, and the team's coordinators are told. Safe to run twice (a released claim has no
     * unnamed spots left). Returns how many team claims were released.
     */
    async releaseDue(now: Date): Promise<number> {
      const due = await repo.dueForRelease(db, now);
      let released = 0;
      for (const { id, opportunityId } of due) {
        const result = await db.transaction().execute(async (trx) => {
          const klus = await claimsRepo.lockOpportunity(trx, opportunityId);
          const team = await repo.lockTeamClaim(trx, id);
          if (!klus || !team || team.unnamedSpots < 1) return null;
          const count = team.unnamedSpots;
          const { promoted, freed, notices } = await freeSpots(trx, klus, team.id, count, now, now);
          // A klus that was closed meanwhile needs no news about spots that nobody can take.
          const coordinators = klus.status === "open" ? await claimsRepo.coordinatorIds(trx, team.organisationId) : [];
          const added = await notifications.addInTransaction(trx, [
            ...notices,
            ...coordinators.map((userId) => ({
              userId,
              kind: "teamSpotsReleased",
              data: { title: klus.title, team: team.teamName, count },
              link: "/team",
            })),
          ]);
          const taken = await claimsRepo.countTaken(trx, klus.id);
          return {
            spots: { opportunityId: klus.id, spots: klus.spots, spotsLeft: spotsLeftOf(klus.spots, taken) },
            promoted,
            freed,
            added,
          };
        });
        if (result) {
          released++;
          announceFreed(result, opportunityId);
        }
      }
      return released;
    },

    /** What the klus page shows about teams: reservations, and whether the viewer may sign up a team. */
    async stateFor(actor: Actor, opportunityId: string): Promise<KlusTeamState> {
      if (!uuidPattern.test(opportunityId)) return { reservations: [], teamOrganisation: null };
      const reservations = await repo.reservationsOf(db, opportunityId);
      const mayClaim = actor.kind === "user" && groupCoordinatorRoles.some((role) => actor.roles.includes(role));
      const [organisation] = mayClaim && actor.kind === "user" ? await repo.teamOrganisationsOf(db, actor.userId) : [];
      return {
        reservations: reservations.map((r) => ({ teamName: r.teamName, unnamedSpots: r.unnamedSpots })),
        teamOrganisation: organisation ? { id: organisation.id, name: organisation.name } : null,
      };
    },

    /** The team claims of the businesses and partners the actor coordinates, with whom to name. */
    async listMine(actor: Actor): Promise<TeamClaimView[]> {
      const user = requireTeamCoordinator(actor);
      const organisations = await repo.teamOrganisationsOf(db, user.userId);
      const rows = await repo.listTeamClaims(
        db,
        organisations.map((o) => o.id),
      );
      const [named, members, claimants] = await Promise.all([
        repo.namedMembers(
          db,
          rows.map((r) => r.id),
        ),
        repo.membersOf(
          db,
          organisations.map((o) => o.id),
        ),
        repo.liveClaimants(db, [...new Set(rows.map((r) => r.opportunityId))]),
      ]);
      const now = new Date();
      return rows.map((row) => {
        const busy = new Set(claimants.filter((c) => c.opportunityId === row.opportunityId).map((c) => c.userId));
        return {
          id: row.id,
          opportunityId: row.opportunityId,
          organisationName: row.organisationName,
          title: row.title,
          startsAt: row.startsAt?.toISOString() ?? null,
          endsAt: row.endsAt?.toISOString() ?? null,
          teamName: row.teamName,
          spots: row.spots,
          unnamedSpots: row.unnamedSpots,
          releaseAt: row.releaseAt.toISOString(),
          releasedAt: row.releasedAt?.toISOString() ?? null,
          started: row.startsAt !== null && row.startsAt <= now,
          named: named
            .filter((n) => n.teamClaimId === row.id)
            .map((n) => ({ claimId: n.id, userId: n.userId, name: n.name })),
          candidates: members
            .filter((m) => m.organisationId === row.organisationId && !busy.has(m.userId))
            .map((m) => ({ userId: m.userId, name: m.name })),
        };
      });
    },
  };
}

export type TeamClaimsService = ReturnType<typeof createTeamClaimsService>;
