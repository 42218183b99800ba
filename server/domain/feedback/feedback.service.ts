import type { FeedbackOutcome } from "../../../db/schema";
import { assertUser, type Actor } from "../actor";
import * as applicationsRepo from "../applications/applications.repository";
import { conflict, forbidden, invalid, notFound } from "../errors";
import type { NotificationsService } from "../notifications/notifications.service";
import type { NewNotification } from "../notifications/notifications.types";
import type { ServiceDependencies } from "../services";
import * as repo from "./feedback.repository";
import { fieldErrorsOf } from "../applications/applications.schemas";
import { answerSchema, feedbackSubjectTypes, type AnswerInput, type FeedbackSubjectType } from "./feedback.schemas";

export const FEEDBACK_KIND = "feedbackRequested";
const DAY_MS = 24 * 3_600_000;
/** Klussen that ended longer ago than this are not asked about (e.g. when the jobs first start). */
const CLAIM_LOOKBACK_DAYS = 14;
/** A placement is asked about four weeks after it was made, when the volunteer has really started. */
export const PLACEMENT_QUESTION_DAYS = 28;
const PLACEMENT_LOOKBACK_DAYS = 14;

export interface FeedbackQuestion {
  subjectType: FeedbackSubjectType;
  subjectId: string;
  title: string;
  side: "volunteer" | "organisation";
  answered: { outcome: FeedbackOutcome; note: string } | null;
}

export interface OrganisationFigures {
  attendance: { attended: number; noShow: number; rate: number | null };
  outcomes: Record<FeedbackOutcome, number>;
}

/** "Did it work out?": one short answer per side after a klus and after a placement. */
export function createFeedbackService(
  deps: Pick<ServiceDependencies, "db" | "logger"> & { notifications: NotificationsService },
) {
  const { db, logger, notifications } = deps;

  /** Which side the actor answers for; the volunteer's own side comes first. */
  async function sideOf(actor: Actor, subjectType: FeedbackSubjectType, subjectId: string, now: Date) {
    assertUser(actor);
    const subject = await repo.findSubject(db, subjectType, subjectId, now);
    if (!subject) throw notFound("Feedback subject");
    let side: "volunteer" | "organisation";
    if (subject.volunteerId === actor.userId) side = "volunteer";
    else if (await applicationsRepo.isCoordinator(db, subject.organisationId, actor.userId)) side = "organisation";
    else throw notFound("Feedback subject");
    return { subject, side, userId: actor.userId };
  }

  return {
    /** The question as the actor sees it, with their side's answer when given. */
    async getQuestion(actor: Actor, subjectType: string, subjectId: string): Promise<FeedbackQuestion> {
      const type = feedbackSubjectTypes.find((t) => t === subjectType);
      if (!type || !/^[0-9a-f-]{36}$/i.test(subjectId)) throw notFound("Feedback subject");
      const { subject, side } = await sideOf(actor, type, subjectId, new Date());
      if (!subject.answerable) throw notFound("Feedback subject");
      const answered = (await repo.findAnswer(db, type, subjectId, side)) ?? null;
      return { subjectType: type, subjectId, title: subject.title, side, answered };
    },

    /** Stores the actor's answer; only the volunteer or a coordinator of the organisation, once per side. */
    async answer(actor: Actor, input: AnswerInput): Promise<void> {
      assertUser(actor);
      const parsed = answerSchema.safeParse(input);
      if (!parsed.success) throw invalid("The answer is not valid", fieldErrorsOf(parsed.error.issues));
      const { subjectType, subjectId, outcome, note } = parsed.data;
      const { subject, side, userId } = await sideOf(actor, subjectType, subjectId, new Date());
      if (!subject.answerable) throw forbidden("This cannot be answered (yet)");
      await db
        .transaction()
        .execute((trx) => repo.insertAnswer(trx, { subjectType, subjectId, authorId: userId, side, outcome, note }))
        .catch((error: unknown) => {
          if ((error as { code?: string }).code === "23505") {
            throw conflict("Already answered", { outcome: ["agenda:feedback.errors.alreadyAnswered"] });
          }
          throw error;
        });
    },

    /** Attendance and answers for the organisation's figures (numbers only, no names). */
    async figuresForOrganisation(organisationId: string): Promise<OrganisationFigures> {
      const [attendance, outcomes] = await Promise.all([
        repo.attendanceCounts(db, organisationId),
        repo.outcomeCounts(db, organisationId),
      ]);
      const total = attendance.attended + attendance.noShow;
      const counts: Record<FeedbackOutcome, number> = { went_well: 0, did_not_happen: 0, not_a_match: 0 };
      for (const row of outcomes) counts[row.outcome] += row.count;
      return {
        attendance: { ...attendance, rate: total > 0 ? attendance.attended / total : null },
        outcomes: counts,
      };
    },

    /**
     * Job: asks "Did it work out?" once, after a klus ended (the volunteer of each active claim that
     * was not marked absent, and the organisation's coordinators) and four weeks after a placement.
     */
    async askQuestions(now: Date): Promise<number> {
      const claims = await repo.endedClaims(db, new Date(now.getTime() - CLAIM_LOOKBACK_DAYS * DAY_MS), now);
      const placedUntil = new Date(now.getTime() - PLACEMENT_QUESTION_DAYS * DAY_MS);
      const placements = await repo.settledPlacements(
        db,
        new Date(placedUntil.getTime() - PLACEMENT_LOOKBACK_DAYS * DAY_MS),
        placedUntil,
      );
      const subjects = [
        ...claims.map((c) => ({ ...c, subjectType: "claim" as const })),
        ...placements.map((p) => ({ ...p, subjectType: "application" as const })),
      ];
      if (subjects.length === 0) return 0;
      const coordinators = await repo.coordinatorsByOrganisation(db, [
        ...new Set(subjects.map((s) => s.organisation_id)),
      ]);
      const added = await db.transaction().execute(async (trx) => {
        const asked = await repo.alreadyAsked(
          trx,
          FEEDBACK_KIND,
          subjects.map((s) => s.id),
        );
        const items: NewNotification[] = [];
        for (const subject of subjects) {
          const people = [subject.volunteer_id, ...(coordinators.get(subject.organisation_id) ?? [])];
          for (const userId of new Set(people)) {
            if (asked.has(`${userId}:${subject.id}`)) continue;
            items.push({
              userId,
              kind: FEEDBACK_KIND,
              data: { title: subject.title, subjectType: subject.subjectType, subjectId: subject.id },
              link: `/feedback/${subject.subjectType}/${subject.id}`,
            });
          }
        }
        return notifications.addInTransaction(trx, items);
      });
      try {
        notifications.announce(added);
      } catch (error) {
        logger.error({ err: error }, "a domain event listener failed");
      }
      return added.length;
    },
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
