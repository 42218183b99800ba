import type { ApplicationStatus } from "../../../db/schema";
import { assertUser, type Actor } from "../actor";
import { conflict, forbidden, invalid, notFound } from "../errors";
import type { NotificationsService } from "../notifications/notifications.service";
import type { NewNotification } from "../notifications/notifications.types";
import type { ServiceDependencies } from "../services";
import * as repo from "./applications.repository";
import {
  applySchema,
  fieldErrorsOf,
  coordinatorTransitions,
  moveSchema,
  withdrawableStatuses,
  withdrawSchema,
  type ApplyInput,
  type MoveInput,
} from "./applications.schemas";
import { addWorkingDays, median } from "./working-days";

/** Organisations are asked to answer within this many working days. */
export const RESPONSE_WORKING_DAYS = 3;
/** An application nobody answered expires after this many (calendar) days. */
export const EXPIRY_DAYS = 14;
const DAY_MS = 24 * 3_600_000;

export interface ApplicationView {
  id: string;
  status: ApplicationStatus;
  motivation: string;
  createdAt: string;
  firstResponseAt: string | null;
  decidedAt: string | null;
  opportunityId: string;
  title: string;
  organisationId: string;
  organisationName: string;
  volunteerName: string;
  /** Where a coordinator may move it next. */
  nextStatuses: ApplicationStatus[];
}

export interface ResponseStats {
  /** Applications whose deadline passed or that were answered. */
  counted: number;
  answeredInTime: number;
  /** answeredInTime / counted, 0..1; null when nothing was counted yet. */
  rate: number | null;
  /** The median time to a first answer, in hours; null without answers. */
  medianHours: number | null;
}

function toView(row: repo.ListedApplicationRow): ApplicationView {
  return {
    id: row.id,
    status: row.status,
    motivation: row.motivation,
    createdAt: row.created_at.toISOString(),
    firstResponseAt: row.first_response_at?.toISOString() ?? null,
    decidedAt: row.decided_at?.toISOString() ?? null,
    opportunityId: row.opportunity_id,
    title: row.title,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    volunteerName: row.volunteer_name,
    nextStatuses: [...coordinatorTransitions[row.status]],
  };
}

const vacancyLink = (opportunityId: string) => `/vacatures/${opportunityId}`;
const coordinatorLink = "/organisatie/reacties";

const statusNotificationKind: Partial<Record<ApplicationStatus, string>> = {
  in_conversation: "applicationInConversation",
  placed: "applicationPlaced",
  declined: "applicationDeclined",
};

/**
 * Applications to vacatures: a volunteer applies with a short motivation; the organisation moves
 * it through new → in conversation → placed / declined; the volunteer may withdraw. Every change
 * notifies the other side in the app.
 */
export function createApplicationsService(
  deps: Pick<ServiceDependencies, "db" | "logger"> & { notifications: NotificationsService },
) {
  const { db, logger, notifications } = deps;

  // The transaction has committed: a failing listener must not turn a success into an error.
  function announce(added: Awaited<ReturnType<NotificationsService["addInTransaction"]>>) {
    try {
      notifications.announce(added);
    } catch (error) {
      logger.error({ err: error }, "a domain event listener failed");
    }
  }

  async function requireCoordinator(actor: Actor, organisationId: string) {
    assertUser(actor);
    if (!(await repo.isCoordinator(db, organisationId, actor.userId))) {
      throw forbidden("Only a coordinator of the organisation may see its applications");
    }
  }

  return {
    /** Applies to an open vacature; one open application per volunteer per vacature. */
    async apply(actor: Actor, input: ApplyInput): Promise<{ id: string }> {
      assertUser(actor);
      const parsed = applySchema.safeParse(input);
      if (!parsed.success) throw invalid("The application is not valid", fieldErrorsOf(parsed.error.issues));
      const { opportunityId, motivation } = parsed.data;

      const { id, added } = await db
        .transaction()
        .execute(async (trx) => {
          const opportunity = await repo.findOpportunity(trx, opportunityId);
          if (!opportunity || opportunity.kind !== "vacancy" || opportunity.published_at === null) {
            throw notFound("Vacancy");
          }
          if (opportunity.status !== "open") {
            throw conflict("The vacancy is not open", { motivation: ["applications:errors.notOpen"] });
          }
          if (await repo.findOpenApplicationId(trx, opportunityId, actor.userId)) {
            throw conflict("Already applied", { motivation: ["applications:errors.alreadyApplied"] });
          }
          const row = await repo.insertApplication(trx, { opportunityId, volunteerId: actor.userId, motivation });
          const volunteerName = await repo.displayNameOf(trx, actor.userId);
          const coordinators = await repo.coordinatorIds(trx, opportunity.organisation_id);
          const items: NewNotification[] = coordinators.map((userId) => ({
            userId,
            kind: "applicationReceived",
            data: { title: opportunity.title, name: volunteerName },
            link: coordinatorLink,
          }));
          return { id: row.id, added: await notifications.addInTransaction(trx, items) };
        })
        .catch((error: unknown) => {
          // Two posts at once: the partial unique index lets only one open application in.
          if ((error as { code?: string }).code === "23505") {
            throw conflict("Already applied", { motivation: ["applications:errors.alreadyApplied"] });
          }
          throw error;
        });
      announce(added);
      return { id };
    },

    /** The volunteer takes their application back; the coordinators are told. */
    async withdraw(actor: Actor, input: { applicationId: string }): Promise<void> {
      assertUser(actor);
      const parsed = withdrawSchema.safeParse(input);
      if (!parsed.success) throw notFound("Application");
      const added = await db.transaction().execute(async (trx) => {
        const application = await repo.lockApplication(trx, parsed.data.applicationId);
        if (!application || application.volunteer_id !== actor.userId) throw notFound("Application");
        if (!withdrawableStatuses.includes(application.status)) {
          throw conflict("The application is already closed", { form: ["applications:errors.closed"] });
        }
        const now = new Date();
        await repo.updateApplication(trx, application.id, { status: "withdrawn", decided_at: now });
        const coordinators = await repo.coordinatorIds(trx, application.organisation_id);
        return notifications.addInTransaction(
          trx,
          coordinators.map((userId) => ({
            userId,
            kind: "applicationWithdrawn",
            data: { title: application.title, name: application.volunteer_name },
            link: coordinatorLink,
          })),
        );
      });
      announce(added);
    },

    /** A coordinator moves an application on; only the allowed steps; the volunteer is told. */
    async moveTo(actor: Actor, input: MoveInput): Promise<void> {
      assertUser(actor);
      const parsed = moveSchema.safeParse(input);
      if (!parsed.success) throw invalid("The change is not valid", fieldErrorsOf(parsed.error.issues));
      const { applicationId, status } = parsed.data;
      const added = await db.transaction().execute(async (trx) => {
        const application = await repo.lockApplication(trx, applicationId);
        if (!application) throw notFound("Application");
        if (!(await repo.isCoordinator(trx, application.organisation_id, actor.userId))) {
          throw forbidden("Only a coordinator of the organisation may move its applications");
        }
        if (!coordinatorTransitions[application.status].includes(status)) {
          throw conflict(`Cannot move from ${application.status} to ${status}`, {
            status: ["applications:errors.transition"],
          });
        }
        const now = new Date();
        await repo.updateApplication(trx, application.id, {
          status,
          ...(application.first_response_at === null ? { first_response_at: now } : {}),
          ...(status === "placed" || status === "declined" ? { decided_at: now } : {}),
        });
        const kind = statusNotificationKind[status];
        return notifications.addInTransaction(
          trx,
          kind
            ? [
                {
                  userId: application.volunteer_id,
                  kind,
                  data: { title: application.title },
                  link: vacancyLink(application.opportunity_id),
                },
              ]
            : [],
        );
      });
      announce(added);
    },

    /** Every application to the organisation's vacatures, newest first; coordinators only. */
    async listForOrganisation(actor: Actor, organisationId: string): Promise<ApplicationView[]> {
      await requireCoordinator(actor, organisationId);
      return (await repo.listForOrganisation(db, organisationId)).map(toView);
    },

    /** The actor's own applications, newest first. */
    async listMine(actor: Actor): Promise<ApplicationView[]> {
      assertUser(actor);
      return (await repo.listForVolunteer(db, actor.userId)).map((row) => ({ ...toView(row), nextStatuses: [] }));
    },

    /** The actor's latest application to one vacature (open or not), or null: for the vacature page. */
    async findMineFor(actor: Actor, opportunityId: string): Promise<ApplicationView | null> {
      if (actor.kind !== "user") return null;
      const mine = await repo.listForVolunteer(db, actor.userId);
      const row = mine.find((r) => r.opportunity_id === opportunityId);
      return row ? { ...toView(row), nextStatuses: [] } : null;
    },

    /**
     * How quickly the organisation answers: the share of applications answered within three working
     * days, and the median time to a first answer. Public: it helps volunteers choose.
     */
    async responseStats(organisationId: string, now = new Date()): Promise<ResponseStats> {
      const rows = await repo.responseRows(db, organisationId);
      let counted = 0;
      let answeredInTime = 0;
      const hours: number[] = [];
      for (const row of rows) {
        const deadline = addWorkingDays(row.created_at, RESPONSE_WORKING_DAYS);
        if (row.first_response_at) {
          counted += 1;
          if (row.first_response_at <= deadline) answeredInTime += 1;
          hours.push((row.first_response_at.getTime() - row.created_at.getTime()) / 3_600_000);
        } else if (deadline <= now) {
          // Withdrawn before the deadline: the organisation had no chance to answer.
          const closedEarly = row.status === "withdrawn" && row.decided_at !== null && row.decided_at < deadline;
          if (!closedEarly) counted += 1;
        }
      }
      const medianHours = median(hours);
      return {
        counted,
        answeredInTime,
        rate: counted > 0 ? answeredInTime / counted : null,
        medianHours: medianHours === null ? null : Math.round(medianHours * 10) / 10,
      };
    },

    /** Job: reminds coordinators, once, of applications unanswered after three working days. */
    async remindOverdue(now: Date): Promise<number> {
      const added = await db.transaction().execute(async (trx) => {
        const candidates = await repo.lockUnremindedNew(
          trx,
          new Date(now.getTime() - RESPONSE_WORKING_DAYS * DAY_MS),
          500,
        );
        const due = candidates.filter((c) => addWorkingDays(c.created_at, RESPONSE_WORKING_DAYS) <= now);
        const items: NewNotification[] = [];
        for (const application of due) {
          await repo.updateApplication(trx, application.id, { reminded_at: now });
          for (const userId of await repo.coordinatorIds(trx, application.organisation_id)) {
            items.push({
              userId,
              kind: "applicationReminder",
              data: { title: application.title, name: application.volunteer_name },
              link: coordinatorLink,
            });
          }
        }
        return { count: due.length, added: await notifications.addInTransaction(trx, items) };
      });
      announce(added.added);
      return added.count;
    },

    /** Job: closes applications nobody answered within fourteen days, with a kind word to the volunteer. */
    async expireStale(now: Date): Promise<number> {
      const result = await db.transaction().execute(async (trx) => {
        const stale = await repo.lockExpired(trx, new Date(now.getTime() - EXPIRY_DAYS * DAY_MS), 500);
        for (const application of stale) {
          await repo.updateApplication(trx, application.id, { status: "expired", decided_at: now });
        }
        const added = await notifications.addInTransaction(
          trx,
          stale.map((application) => ({
            userId: application.volunteer_id,
            kind: "applicationExpired",
            data: { title: application.title },
            link: "/zoeken",
          })),
        );
        return { count: stale.length, added };
      });
      announce(result.added);
      return result.count;
    },
  };
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
