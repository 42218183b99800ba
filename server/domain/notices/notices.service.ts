import type { Db } from "../../../db/connect";
import type { NoticeScope } from "../../../db/schema";
import type { Logger } from "../../logger";
import { requireUser, type Actor } from "../actor";
import { createBackgroundTasks, stopListening } from "../background";
import { amsterdamDay } from "../claims/age";
import { forbidden, notFound } from "../errors";
import type { DomainEvents } from "../events";
import type { MessagingService } from "../messaging/messaging.service";
import type { NotificationsService } from "../notifications/notifications.service";
import { isCoordinator } from "../organisations/memberships.repository";
import { DEFAULT_NOTICES_PER_WEEK } from "../profiles/profiles.schemas";
import { z } from "zod";
import * as repo from "./notices.repository";
import {
  reasonCounts,
  selectWave,
  nextWaveDue,
  slotOf,
  waveSize,
  type KlusForRanking,
  type WaveSummary,
} from "./notices.ranking";

export interface WaveResult {
  /** User ids of the volunteers told in this wave. */
  told: string[];
  scope: NoticeScope | null;
}

export interface NoticesDependencies {
  db: Db;
  events: DomainEvents;
  logger: Logger;
  notifications: NotificationsService;
  messaging: Pick<MessagingService, "postKlusCard">;
  /** WAVE_INTERVAL_SECONDS: a fixed time between waves instead of the one derived from the time left. */
  waveIntervalMs?: number;
}

/** Why waves stopped (or null: they go on). */
export type WavesStopped = "full" | "started" | "noOneLeft" | "closed" | null;

/** One wave as the coordinator sees it: counts and reasons, never names. */
export interface WaveExplanation {
  number: number;
  sentAt: string;
  scope: NoticeScope;
  told: number;
  summary: WaveSummary;
}

export interface NoticesExplanation {
  /** Names of the klus's place, for "in de wijk Oud-Oost". */
  place: { buurt: string; wijk: string; wijkFormerName: string | null; gebied: string } | null;
  waves: WaveExplanation[];
  /** The last empty try found no one (counts of who was passed over), or null. */
  noOneLeft: { checkedAt: string; summary: WaveSummary } | null;
  stopped: WavesStopped;
  /** When the next wave may go (ISO), when waves go on. */
  nextWaveAt: string | null;
}

/** A spot freed within this time after a wave does not start another one: that wave saw it already. */
const SAME_MOMENT_MS = 60_000;
const none: WaveResult = { told: [], scope: null };
const uuid = z.string().uuid();

type Mode = "start" | "due" | "now";

/**
 * Notices in waves (issue 11): on publish the best-ranked candidates near the klus hear of it, then
 * wider scopes while spots are left and the klus has not started, within each person's weekly cap and
 * availability. Replaces "alert every wijk volunteer with a matching skill" of the alerts service.
 */
export function createNoticesService(deps: NoticesDependencies) {
  const { db, events, logger, notifications, messaging } = deps;
  const listenerWork = createBackgroundTasks(logger);

  async function wave(opportunityId: string, now: Date, mode: Mode): Promise<WaveResult> {
    const result = await db.transaction().execute(async (trx) => {
      const klus = await repo.lockKlus(trx, opportunityId);
      if (!klus || klus.kind !== "task" || klus.status !== "open" || !klus.publishedAt || klus.hiddenAt) return null;
      if (!klus.buurtCode || !klus.wijkCode || !klus.gebiedSlug || klus.lat === null || klus.lon === null) return null;
      if (klus.startsAt && klus.startsAt <= now) return null;
      const spotsLeft = klus.spots === null ? null : klus.spots - klus.taken;
      if (spotsLeft !== null && spotsLeft <= 0) return null;

      const waves = await repo.listWaves(trx, opportunityId);
      const last = waves.at(-1);
      if (mode === "start" && last) return null;
      if (mode === "due") {
        if (!last) return null;
        if (nextWaveDue(last, klus.startsAt, deps.waveIntervalMs) > now.getTime()) return null;
      }
      if (mode === "now" && last && last.checkedAt.getTime() > now.getTime() - SAME_MOMENT_MS) return null;

      const widest = waves.reduce<NoticeScope | null>((scope, w) => w.scope ?? scope, null);
      const forRanking: KlusForRanking = {
        buurtCode: klus.buurtCode,
        wijkCode: klus.wijkCode,
        gebiedSlug: klus.gebiedSlug,
        lat: klus.lat,
        lon: klus.lon,
        skills: klus.skills,
        languages: klus.languages,
        minAge: klus.minAge,
        slot: klus.startsAt ? slotOf(klus.startsAt) : null,
      };
      const candidates = await repo.candidates(
        trx,
        {
          id: klus.id,
          organisationId: klus.organisationId,
          minAge: klus.minAge,
          startDay: amsterdamDay(klus.startsAt ?? now),
        },
        amsterdamDay(now),
        now,
        DEFAULT_NOTICES_PER_WEEK,
      );
      const choice = selectWave(candidates, forRanking, waveSize(spotsLeft), widest);
      // Another klus's wave may have told some of them meanwhile: recount under their lock.
      const caps = new Map(candidates.map((c) => [c.userId, c.cap]));
      const counted = await repo.lockAndCountWeek(
        trx,
        choice.chosen.map((r) => r.userId),
        now,
      );
      const chosen = choice.chosen.filter((r) => (counted.get(r.userId) ?? 0) < (caps.get(r.userId) ?? 0));
      const summary = {
        ...choice.summary,
        ...reasonCounts(chosen),
        passedCap: choice.summary.passedCap + choice.chosen.length - chosen.length,
        spotsLeft,
      };

      if (chosen.length === 0 || choice.scope === null) {
        if (last && last.scope === null) await repo.touchWave(trx, last.id, now, summary);
        else
          await repo.insertWave(trx, {
            opportunityId,
            number: (last?.number ?? 0) + 1,
            scope: null,
            now,
            told: 0,
            summary,
          });
        return { told: [], scope: null, added: [], klus, first: mode === "start" };
      }
      const waveId = await repo.insertWave(trx, {
        opportunityId,
        number: (last?.number ?? 0) + 1,
        scope: choice.scope,
        now,
        told: chosen.length,
        summary,
      });
      const told = await repo.insertNotices(
        trx,
        chosen.map((r) => ({ opportunityId, volunteerId: r.userId, waveId, now, score: r.score, reasons: r.reasons })),
      );
      const added = await notifications.addInTransaction(
        trx,
        told.map((userId) => ({
          userId,
          kind: "newKlusNearby",
          data: { title: klus.title },
          link: `/klussen/${klus.id}`,
        })),
      );
      return { told, scope: choice.scope, added, klus, first: mode === "start" };
    });
    if (!result) return none;
    notifications.announce(result.added);
    if (result.first) await postCard(result.klus, opportunityId);
    return { told: result.told, scope: result.scope };
  }

  /** The klus card in the wijk channel, as the coordinator who published it, under the messaging rules. */
  async function postCard(klus: repo.LockedKlus, opportunityId: string) {
    if (!klus.createdBy || !klus.wijkCode) return;
    const conversationId = await repo.wijkChannelId(db, klus.wijkCode);
    if (!conversationId) return;
    const roles = await repo.rolesOf(db, klus.createdBy);
    if (roles.length === 0) return;
    try {
      // The klus id as the message's client id: posting the same card again stores nothing new.
      await messaging.postKlusCard(
        { kind: "user", userId: klus.createdBy, roles },
        { conversationId, opportunityId, clientId: opportunityId },
      );
    } catch (error) {
      // Suspended from the channel, no longer a coordinator, the klus closed meanwhile: no card.
      logger.info({ err: error, opportunityId }, "the klus card was not posted in the wijk channel");
    }
  }

  const service = {
    /** On publish: the first wave and the klus card in the klus's wijk channel. */
    startWaves(opportunityId: string, now = new Date()): Promise<WaveResult> {
      return wave(opportunityId, now, "start");
    },

    /** A wave at once (a spot was freed), unless one went out at this moment already. */
    sendNextWave(opportunityId: string, now = new Date()): Promise<WaveResult> {
      return wave(opportunityId, now, "now");
    },

    /** The job: the next wave of every open klus with spots left whose wave is due. Returns how many were told. */
    async sendDueWaves(now = new Date()): Promise<number> {
      const klussen = await repo.klussenWithWaves(db, now);
      let told = 0;
      for (const klus of klussen) {
        if (nextWaveDue(klus, klus.startsAt, deps.waveIntervalMs) > now.getTime()) continue;
        try {
          told += (await wave(klus.id, now, "due")).told.length;
        } catch (error) {
          logger.warn({ err: error, opportunityId: klus.id }, "could not send a wave; trying again next round");
        }
      }
      return told;
    },

    /** Who was told about the klus, per wave, for its own coordinators: counts and reasons, not names. */
    async explain(actor: Actor, opportunityId: string, now = new Date()): Promise<NoticesExplanation> {
      const user = requireUser(actor);
      if (!uuid.safeParse(opportunityId).success) throw notFound("Klus");
      const id = opportunityId;
      const klus = await db
        .selectFrom("opportunities")
        .select(["organisation_id", "kind", "status", "starts_at", "spots", "buurt_code"])
        .where("id", "=", id)
        .executeTakeFirst();
      if (!klus || klus.kind !== "task") throw notFound("Klus");
      if (!(await isCoordinator(db, klus.organisation_id, user.userId))) {
        throw forbidden("Only the klus's coordinators see who was told");
      }
      const [rows, place, taken] = await Promise.all([
        repo.listWaves(db, id),
        klus.buurt_code ? repo.placeNames(db, klus.buurt_code) : Promise.resolve(undefined),
        repo.takenCount(db, id),
      ]);
      const waves = rows
        .filter((row) => row.scope !== null)
        .map((row) => ({
          number: row.number,
          sentAt: row.sentAt.toISOString(),
          scope: row.scope as NoticeScope,
          told: row.told,
          summary: row.summary as unknown as WaveSummary,
        }));
      const last = rows.at(-1);
      const noOneLeft =
        last && last.scope === null
          ? { checkedAt: last.checkedAt.toISOString(), summary: last.summary as unknown as WaveSummary }
          : null;
      let stopped: WavesStopped = null;
      if (klus.spots !== null && taken >= klus.spots) stopped = "full";
      else if (klus.starts_at && klus.starts_at <= now) stopped = "started";
      else if (klus.status !== "open") stopped = "closed";
      else if (noOneLeft) stopped = "noOneLeft";
      const nextWaveAt =
        stopped === null && last
          ? new Date(nextWaveDue(last, klus.starts_at, deps.waveIntervalMs)).toISOString()
          : null;
      return { place: place ?? null, waves, noOneLeft, stopped, nextWaveAt };
    },

    /**
     * A published klus starts its waves; a freed spot sends a wave at once. Returns a stop function
     * that also waits for the work in flight.
     */
    listen(): () => Promise<void> {
      const unsubscribers = [
        events.subscribe("opportunity.published", ({ opportunityId }) =>
          listenerWork.run("start notice waves", () => service.startWaves(opportunityId)),
        ),
        events.subscribe("klus.spot_freed", ({ opportunityId }) =>
          listenerWork.run("send a wave for a freed spot", () => service.sendNextWave(opportunityId)),
        ),
      ];
      return stopListening(unsubscribers, listenerWork);
    },

    /** Waits until the listeners' work in flight is done (tests, shutdown). */
    idle(): Promise<void> {
      return listenerWork.drain();
    },
  };
  return service;
}

export type NoticesService = ReturnType<typeof createNoticesService>;
