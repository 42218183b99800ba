import { parseInput } from "../parse-input";
import type { Db } from "../../../db/connect";
import type { Logger } from "../../logger";
import type { Mailer } from "../../mail/mail.types";
import { assertUser, type Actor } from "../actor";
import { createBackgroundTasks, stopListening } from "../background";
import { amsterdamDay } from "../claims/age";
import { invalid, notFound, unauthenticated } from "../errors";
import type { DomainEvents } from "../events";
import * as repo from "./alerts.repository";
import { claimIdSchema, preferencesSchema, type PreferencesInput } from "./alerts.schemas";
import { renderNotificationMail } from "./mail-content";
import { AWAY_MS, DIGEST_MAX_AGE_MS, digestDue, mayEmailNow } from "./mail-policy";
import { formatClockTime, parseClockTime } from "./quiet-hours";

/** Kinds that are e-mailed at once (when e-mail may go out), not only in the digest. */
export const URGENT_KINDS: ReadonlySet<string> = new Set([
  "confirmRequested",
  "spotFreeToday",
  "klusChanged",
  "klusCancelled",
]);
const DIGEST_BATCH = 500;

export interface AlertsDependencies {
  db: Db;
  events: DomainEvents;
  logger: Logger;
  mailer: Mailer;
  /** Public base URL for links in e-mail, e.g. https://noaber.groningen.nl. */
  baseUrl: string;
  /** How long a notification stays unread before the digest takes it; five minutes unless set. */
  awayMs?: number;
}

/** What the settings page shows. */
export interface PreferencesView {
  emailEnabled: boolean;
  digestFrequency: "hourly" | "daily";
  quietHoursStart: string;
  quietHoursEnd: string;
  pausedUntil: string;
  /** False when the installation has no mail server or the person has no address: the page says e-mail is not sent. */
  emailAvailable: boolean;
}

/** A klus whose time or place changed, waiting for the volunteer's "I am still coming". */
export interface PendingConfirmation {
  claimId: string;
  opportunityId: string;
  title: string;
  startsAt: string | null;
  endsAt: string | null;
  place: string | null;
  isOnline: boolean;
}

/**
 * E-mail and alerts around the in-app notifications: the digest for who was away, immediate e-mail
 * of urgent notices (changed or cancelled klussen, the day-before question), and each person's
 * settings (e-mail on/off, digest frequency, quiet hours, pause).
 */
export function createAlertsService(deps: AlertsDependencies) {
  const { db, events, logger, mailer, baseUrl } = deps;
  // Its own tracker, so that stopping the listeners waits for exactly their work.
  const listenerWork = createBackgroundTasks(logger);

  async function deliverNow(notificationId: string, userId: string, now: Date): Promise<boolean> {
    if (!mailer.enabled) return false;
    const settings = await repo.findSettings(db, userId);
    if (!settings?.email || !mayEmailNow(settings, now)) return false;
    const to = settings.email;
    // Marked e-mailed before sending, in the transaction: if sending fails it stays for the digest.
    return db.transaction().execute(async (trx) => {
      const row = await repo.takeOne(trx, notificationId, now);
      if (!row) return false;
      await mailer.send(
        renderNotificationMail({
          to,
          locale: settings.locale,
          recipientName: settings.displayName,
          items: [{ kind: row.kind, data: row.data, link: row.link }],
          baseUrl,
          mode: "single",
        }),
      );
      return true;
    });
  }

  const service = {
    async getPreferences(actor: Actor): Promise<PreferencesView> {
      assertUser(actor);
      const settings = await repo.findSettings(db, actor.userId);
      if (!settings) throw unauthenticated();
      return {
        emailEnabled: settings.emailEnabled,
        digestFrequency: settings.digestFrequency,
        quietHoursStart: settings.quietHoursStart === null ? "" : formatClockTime(settings.quietHoursStart),
        quietHoursEnd: settings.quietHoursEnd === null ? "" : formatClockTime(settings.quietHoursEnd),
        pausedUntil: settings.pausedUntil ?? "",
        emailAvailable: mailer.enabled && settings.email !== null,
      };
    },

    /** Saves the actor's settings; a pause ends on a date from today up to a year ahead. */
    async savePreferences(actor: Actor, input: PreferencesInput, now = new Date()): Promise<void> {
      assertUser(actor);
      const value = parseInput(preferencesSchema, input);
      if (value.pausedUntil !== undefined) {
        const today = amsterdamDay(now);
        const yearAhead = amsterdamDay(new Date(now.getTime() + 366 * 24 * 3_600_000));
        if (value.pausedUntil < today) {
          throw invalid("The pause ends in the past", { pausedUntil: ["alerts:errors.pausedUntil.past"] });
        }
        if (value.pausedUntil > yearAhead) {
          throw invalid("The pause is too long", { pausedUntil: ["alerts:errors.pausedUntil.tooLate"] });
        }
      }
      const start = value.quietHoursStart === undefined ? null : parseClockTime(value.quietHoursStart);
      const end = value.quietHoursEnd === undefined ? null : parseClockTime(value.quietHoursEnd);
      await repo.savePreferences(db, actor.userId, {
        emailEnabled: value.emailEnabled,
        digestFrequency: value.digestFrequency,
        // The same start and end would mean "always quiet" to some and "never" to others: store none.
        quietHoursStart: start === end ? null : start,
        quietHoursEnd: start === end ? null : end,
        pausedUntil: value.pausedUntil ?? null,
      });
    },

    /**
     * One e-mail per person listing their unread notifications that were not e-mailed yet and are
     * older than a few minutes (so they were away), when their digest is due and e-mail may go out.
     * Returns how many digests were sent. A failed send leaves that person's notifications for later.
     */
    async sendDigests(now = new Date()): Promise<number> {
      if (!mailer.enabled) return 0;
      const until = new Date(now.getTime() - (deps.awayMs ?? AWAY_MS));
      const since = new Date(now.getTime() - DIGEST_MAX_AGE_MS);
      const candidates = await repo.digestCandidates(db, since, until, DIGEST_BATCH);
      let sent = 0;
      for (const person of candidates) {
        const to = person.email;
        if (!to || !mayEmailNow(person, now) || !digestDue(person, now)) continue;
        try {
          const delivered = await db.transaction().execute(async (trx) => {
            const items = await repo.takeForDigest(trx, person.userId, since, until, now);
            if (items.length === 0) return false;
            await repo.setLastDigest(trx, person.userId, now);
            await mailer.send(
              renderNotificationMail({
                to,
                locale: person.locale,
                recipientName: person.displayName,
                items: items.map((item) => ({ kind: item.kind, data: item.data, link: item.link })),
                baseUrl,
                mode: "digest",
              }),
            );
            return true;
          });
          if (delivered) sent += 1;
        } catch (error) {
          logger.warn({ err: error, userId: person.userId }, "could not send a digest; trying again next round");
        }
      }
      return sent;
    },

    /** E-mails one urgent notification now when the person's settings allow; else the digest takes it. */
    deliverNow: (notificationId: string, userId: string, now = new Date()) => deliverNow(notificationId, userId, now),

    /** The actor's klussen whose time or place changed and that wait for "I am still coming". */
    async pendingConfirmations(actor: Actor, now = new Date()): Promise<PendingConfirmation[]> {
      assertUser(actor);
      const rows = await repo.pendingConfirmations(db, actor.userId, now);
      return rows.map((row) => ({
        claimId: row.claimId,
        opportunityId: row.opportunityId,
        title: row.title,
        startsAt: row.startsAt?.toISOString() ?? null,
        endsAt: row.endsAt?.toISOString() ?? null,
        place: row.address ?? row.buurtName ?? null,
        isOnline: row.isOnline,
      }));
    },

    /** "Ik kom nog steeds": confirms the actor's own claim after a change. */
    async confirmStillComing(actor: Actor, input: { claimId: string }, now = new Date()): Promise<void> {
      assertUser(actor);
      const { claimId } = parseInput(claimIdSchema, input);
      if (!(await repo.confirmChange(db, claimId, actor.userId, now))) throw notFound("Change to confirm");
    },

    /**
     * Subscribes to the domain events: an urgent notification is e-mailed at once (new klussen are
     * told in waves by the notices service). Returns a stop function that also waits for work in flight.
     */
    listen(): () => Promise<void> {
      const unsubscribers = [
        events.subscribe("notification.created", ({ userId, notification }) => {
          if (URGENT_KINDS.has(notification.kind)) {
            listenerWork.run("e-mail an urgent notification", () => deliverNow(notification.id, userId, new Date()));
          }
        }),
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

export type AlertsService = ReturnType<typeof createAlertsService>;
