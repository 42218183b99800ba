import { personName } from "../people/person-name";
import type { Trx } from "../../../db/connect";
import { requireGemeente, requireUser, type Actor } from "../actor";
import * as alertsRepo from "../alerts/alerts.repository";
import { conflict, invalid, notFound } from "../errors";
import type { MessagingService } from "../messaging/messaging.service";
import type { NotificationsService } from "../notifications/notifications.service";
import type { NewNotification } from "../notifications/notifications.types";
import { parseAmsterdamDateTime } from "../opportunities/amsterdam-time";
import { parseInput } from "../parse-input";
import { enqueueSearchUpdate } from "../search/search.outbox";
import type { ServiceDependencies } from "../services";
import { listAudit, recordAudit } from "./audit-log.repository";
import * as repo from "./moderation.repository";
import {
  auditLogSchema,
  liftSuspensionSchema,
  reportOpportunitySchema,
  subjectActionSchema,
  suspendSchema,
  warnSchema,
  type AuditLogInput,
  type LiftSuspensionInput,
  type ReportOpportunityInput,
  type SubjectActionInput,
  type SuspendInput,
  type WarnInput,
} from "./moderation.schemas";
import type { AuditEntryView, AuditLogPage, ModerationQueue, QueueItem } from "./moderation.types";

const AUDIT_PAGE = 25;
/** The longest suspension one decision can give; a longer one is a new decision, logged again. */
const MAX_SUSPENSION_DAYS = 366;

export const alreadyHandled = () =>
  conflict("These reports were already handled", { form: ["moderation:errors.handled"] });

type Subject = { subjectType: "message" | "opportunity"; subjectId: string };

/**
 * The municipality's moderation: the queue of reported messages, klussen and vacatures, and what a
 * moderator does about them (hide, warn, suspend from channels, lift, dismiss). Every action is one
 * transaction that also writes its audit row, so the log holds exactly what took effect. A report
 * is handled once: the first moderator's action marks the subject's open reports, and a second
 * moderator acting on the same subject at the same time waits for that row lock and is told it was
 * already handled.
 */
export function createModerationService(
  deps: Pick<ServiceDependencies, "db" | "logger"> & {
    notifications: Pick<NotificationsService, "addInTransaction" | "announce">;
    messaging: Pick<MessagingService, "hideInTransaction" | "announceChanged">;
  },
) {
  const { db, logger, notifications, messaging } = deps;

  async function requireMessage(subjectId: string) {
    const [found] = await repo.findMessages(db, [subjectId]);
    if (!found) throw notFound("Message");
    return found;
  }

  async function requireOpportunity(subjectId: string) {
    const [found] = await repo.findOpportunities(db, [subjectId]);
    if (!found) throw notFound("Opportunity");
    return found;
  }

  /** Tells the people on a klus that the municipality took it off the site. */
  async function tellClaimants(trx: Trx, klus: { id: string; title: string }) {
    const claims = await alertsRepo.liveClaims(trx, klus.id);
    return notifications.addInTransaction(
      trx,
      claims.map((claim) => ({ userId: claim.volunteerId, kind: "klusRemoved", data: { title: klus.title } })),
    );
  }

  async function subjectLabels(entries: Array<{ subjectType: string; subjectId: string }>) {
    const ids = (type: string) => [...new Set(entries.filter((e) => e.subjectType === type).map((e) => e.subjectId))];
    const uuids = (type: string) => ids(type).filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const [messages, opportunities, users, organisations] = await Promise.all([
      repo.findMessages(db, ids("message")),
      repo.findOpportunities(db, uuids("opportunity")),
      uuids("user").length
        ? db
            .selectFrom("users")
            .select(["id", personName("users").as("label")])
            .where("id", "in", uuids("user"))
            .execute()
        : [],
      uuids("organisation").length
        ? db
            .selectFrom("organisations")
            .select(["id", "name as label"])
            .where("id", "in", uuids("organisation"))
            .execute()
        : [],
    ]);
    const labels = new Map<string, string>();
    for (const m of messages) labels.set(`message:${m.id}`, `${m.authorName} · ${m.conversationName}`);
    for (const o of opportunities) labels.set(`opportunity:${o.id}`, o.title);
    for (const u of users) labels.set(`user:${u.id}`, u.label);
    for (const o of organisations) labels.set(`organisation:${o.id}`, o.label);
    return labels;
  }

  return {
    /** Open reports grouped per subject, oldest first, with their context; plus waiting registrations. */
    async queue(actor: Actor): Promise<ModerationQueue> {
      requireGemeente(actor);
      const [messageReports, opportunityReports, pendingRegistrations, suspensions] = await Promise.all([
        repo.openMessageReports(db),
        repo.openOpportunityReports(db),
        repo.countPendingRegistrations(db),
        repo.activeSuspensions(db),
      ]);
      const [messages, opportunities] = await Promise.all([
        repo.findMessages(
          db,
          messageReports.map((r) => r.subjectId),
        ),
        repo.findOpportunities(
          db,
          opportunityReports.map((r) => r.subjectId),
        ),
      ]);
      const suspendedUntil = new Map(suspensions.map((s) => [s.userId, s.until.toISOString()]));
      const items: QueueItem[] = [];
      for (const reports of messageReports) {
        const message = messages.find((m) => m.id === reports.subjectId);
        if (!message) continue;
        const { before, after } = await repo.contextAround(db, message.conversationId, message.seq);
        const asView = (m: repo.ContextMessage) => ({ ...m, createdAt: m.createdAt.toISOString() });
        items.push({
          subjectType: "message",
          subjectId: reports.subjectId,
          reports: reports.reports,
          reasons: reports.reasons,
          firstReportedAt: reports.firstReportedAt.toISOString(),
          conversation: { id: message.conversationId, kind: message.conversationKind, name: message.conversationName },
          author: {
            id: message.authorId,
            name: message.authorName,
            suspendedUntil: suspendedUntil.get(message.authorId) ?? null,
          },
          message: {
            body: message.body,
            kind: message.kind,
            createdAt: message.createdAt.toISOString(),
            state: message.state,
          },
          before: before.map(asView),
          after: after.map(asView),
        });
      }
      for (const reports of opportunityReports) {
        const found = opportunities.find((o) => o.id === reports.subjectId);
        if (!found) continue;
        items.push({
          subjectType: "opportunity",
          subjectId: reports.subjectId,
          reports: reports.reports,
          reasons: reports.reasons,
          firstReportedAt: reports.firstReportedAt.toISOString(),
          opportunity: {
            kind: found.kind,
            status: found.status,
            title: found.title,
            description: found.description,
            organisationName: found.organisationName,
            startsAt: found.startsAt?.toISOString() ?? null,
            endsAt: found.endsAt?.toISOString() ?? null,
            isOnline: found.isOnline,
            buurtName: found.buurtName,
            address: found.address,
            hidden: found.hiddenAt !== null,
          },
        });
      }
      items.sort((a, b) => a.firstReportedAt.localeCompare(b.firstReportedAt));
      return {
        items,
        pendingRegistrations,
        suspensions: suspensions.map((s) => ({ ...s, until: s.until.toISOString() })),
      };
    },

    /**
     * Hides the subject and handles its reports. A message is hidden as a coordinator hides it (members
     * see "hidden" live); a klus or vacature is closed and marked hidden, so it leaves every list, the
     * search index (through the outbox) and its public page, and its claimants are told.
     */
    async hide(actor: Actor, input: SubjectActionInput): Promise<Subject> {
      const moderator = requireGemeente(actor);
      const data = parseInput(subjectActionSchema, input);
      if (data.subjectType === "message") {
        const message = await requireMessage(data.subjectId);
        await db.transaction().execute(async (trx) => {
          if ((await repo.resolveReports(trx, { type: "message", id: data.subjectId }, moderator.userId)) === 0) {
            throw alreadyHandled();
          }
          await messaging.hideInTransaction(trx, data.subjectId, moderator.userId);
          await recordAudit(trx, {
            actorId: moderator.userId,
            action: "hide",
            subjectType: "message",
            subjectId: data.subjectId,
            note: data.note,
          });
        });
        await messaging.announceChanged(message.conversationId, data.subjectId, moderator.userId);
      } else {
        await requireOpportunity(data.subjectId);
        const told = await db.transaction().execute(async (trx) => {
          if ((await repo.resolveReports(trx, { type: "opportunity", id: data.subjectId }, moderator.userId)) === 0) {
            throw alreadyHandled();
          }
          const row = await repo.lockOpportunity(trx, data.subjectId);
          if (!row) throw notFound("Opportunity");
          let added: Awaited<ReturnType<typeof tellClaimants>> = [];
          if (!row.hidden_at) {
            const upcoming = row.status !== "closed" && (row.starts_at === null || row.starts_at > new Date());
            await repo.hideOpportunity(trx, row.id, moderator.userId);
            await enqueueSearchUpdate(trx, [row.id]);
            if (row.kind === "task" && upcoming) added = await tellClaimants(trx, row);
          }
          await recordAudit(trx, {
            actorId: moderator.userId,
            action: "hide",
            subjectType: "opportunity",
            subjectId: data.subjectId,
            note: data.note,
          });
          return added;
        });
        notifications.announce(told);
      }
      logger.info({ subject: data.subjectType, id: data.subjectId }, "moderation: hidden");
      return { subjectType: data.subjectType, subjectId: data.subjectId };
    },

    /** Handles the subject's reports without acting on it. */
    async dismiss(actor: Actor, input: SubjectActionInput): Promise<Subject> {
      const moderator = requireGemeente(actor);
      const data = parseInput(subjectActionSchema, input);
      if (data.subjectType === "message") await requireMessage(data.subjectId);
      else await requireOpportunity(data.subjectId);
      await db.transaction().execute(async (trx) => {
        const resolved = await repo.resolveReports(
          trx,
          { type: data.subjectType, id: data.subjectId },
          moderator.userId,
        );
        if (resolved === 0) throw alreadyHandled();
        await recordAudit(trx, {
          actorId: moderator.userId,
          action: "dismiss",
          subjectType: data.subjectType,
          subjectId: data.subjectId,
          note: data.note,
        });
      });
      return { subjectType: data.subjectType, subjectId: data.subjectId };
    },

    /**
     * Sends the moderator's words to the author of a message, or to the coordinators of the
     * organisation behind a klus or vacature, as a notification (framed in the reader's language).
     * The reports stay open: a moderator may warn and then hide or dismiss.
     */
    async warn(actor: Actor, input: WarnInput): Promise<{ warned: number }> {
      const moderator = requireGemeente(actor);
      const data = parseInput(warnSchema, input);
      let recipients: string[];
      let about: string;
      let link: string;
      if (data.subjectType === "message") {
        const message = await requireMessage(data.subjectId);
        recipients = [message.authorId];
        about = message.conversationName;
        link = `/gesprekken/${message.conversationId}`;
      } else {
        const opportunity = await requireOpportunity(data.subjectId);
        recipients = await repo.coordinatorIdsOf(db, opportunity.organisationId);
        about = opportunity.title;
        link = `/${opportunity.kind === "task" ? "klussen" : "vacatures"}/${opportunity.id}`;
      }
      const added = await db.transaction().execute(async (trx) => {
        const items: NewNotification[] = recipients.map((userId) => ({
          userId,
          kind: "moderationWarning",
          data: { about, text: data.text },
          link,
        }));
        const rows = await notifications.addInTransaction(trx, items);
        await recordAudit(trx, {
          actorId: moderator.userId,
          action: "warn",
          subjectType: data.subjectType,
          subjectId: data.subjectId,
          note: data.text,
        });
        return rows;
      });
      notifications.announce(added);
      return { warned: added.length };
    },

    /**
     * Suspends a person from writing in wijk and organisation channels until the start of the given
     * day (Amsterdam time); suspending again replaces the end date. The person is told, with the date.
     */
    async suspend(actor: Actor, input: SuspendInput): Promise<{ until: string }> {
      const moderator = requireGemeente(actor);
      const data = parseInput(suspendSchema, input);
      const until = parseAmsterdamDateTime(`${data.until}T00:00`);
      const now = Date.now();
      if (!until || until.getTime() <= now || until.getTime() > now + MAX_SUSPENSION_DAYS * 86_400_000) {
        throw invalid("The end date is not valid", { until: ["moderation:errors.until.range"] });
      }
      if (data.userId === moderator.userId) throw invalid("You cannot suspend yourself");
      if (!(await repo.userExists(db, data.userId))) throw notFound("User");
      const added = await db.transaction().execute(async (trx) => {
        await repo.upsertSuspension(trx, { userId: data.userId, until, reason: data.reason, by: moderator.userId });
        await recordAudit(trx, {
          actorId: moderator.userId,
          action: "suspend",
          subjectType: "user",
          subjectId: data.userId,
          note: `${data.until}: ${data.reason}`,
        });
        return notifications.addInTransaction(trx, [
          {
            userId: data.userId,
            kind: "channelSuspended",
            data: { until: until.toISOString(), reason: data.reason },
            link: "/gesprekken",
          },
        ]);
      });
      notifications.announce(added);
      return { until: until.toISOString() };
    },

    /** Ends a suspension early; the person is told. */
    async liftSuspension(actor: Actor, input: LiftSuspensionInput): Promise<void> {
      const moderator = requireGemeente(actor);
      const data = parseInput(liftSuspensionSchema, input);
      const added = await db.transaction().execute(async (trx) => {
        if (!(await repo.deleteActiveSuspension(trx, data.userId))) {
          throw conflict("There is no suspension to lift", { form: ["moderation:errors.notSuspended"] });
        }
        await recordAudit(trx, {
          actorId: moderator.userId,
          action: "lift_suspension",
          subjectType: "user",
          subjectId: data.userId,
          note: data.note,
        });
        return notifications.addInTransaction(trx, [
          { userId: data.userId, kind: "suspensionLifted", data: {}, link: "/gesprekken" },
        ]);
      });
      notifications.announce(added);
    },

    /** The audit log, newest first, a page at a time, optionally of one action. */
    async auditLog(actor: Actor, input: AuditLogInput = {}): Promise<AuditLogPage> {
      requireGemeente(actor);
      const data = parseInput(auditLogSchema, input);
      const rows = await listAudit(db, { action: data.action, beforeId: data.before, limit: AUDIT_PAGE + 1 });
      const page = rows.slice(0, AUDIT_PAGE);
      const labels = await subjectLabels(page);
      const entries: AuditEntryView[] = page.map((row) => ({
        ...row,
        at: row.at.toISOString(),
        subjectLabel: labels.get(`${row.subjectType}:${row.subjectId}`) ?? null,
      }));
      return { entries, nextBefore: rows.length > AUDIT_PAGE ? (page.at(-1)?.id ?? null) : null };
    },

    /**
     * Anyone logged in reports a klus or vacature they can see, once; reporting again changes nothing.
     * Its own organisation's coordinators have better ways (edit or close it) and are refused.
     */
    async reportOpportunity(actor: Actor, input: ReportOpportunityInput): Promise<{ reported: true }> {
      const user = requireUser(actor);
      const data = parseInput(reportOpportunitySchema, input);
      const found = await db
        .selectFrom("opportunities")
        .select(["id", "organisation_id", "status", "published_at", "hidden_at"])
        .where("id", "=", data.opportunityId)
        .executeTakeFirst();
      if (!found || found.status === "draft" || found.published_at === null || found.hidden_at) {
        throw notFound("Opportunity");
      }
      if ((await repo.coordinatorIdsOf(db, found.organisation_id)).includes(user.userId)) {
        throw invalid("You cannot report your own organisation's listing", {
          form: ["moderation:errors.ownListing"],
        });
      }
      await repo.insertOpportunityReport(db, {
        opportunityId: data.opportunityId,
        reporterId: user.userId,
        reason: data.reason,
      });
      logger.info({ opportunityId: data.opportunityId }, "opportunity reported");
      return { reported: true };
    },
  };
}

export type ModerationService = ReturnType<typeof createModerationService>;
