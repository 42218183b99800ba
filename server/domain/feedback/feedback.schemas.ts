import { z } from "zod";
import { plainText, uuid } from "../applications/applications.schemas";

export const feedbackOutcomes = ["went_well", "did_not_happen", "not_a_match"] as const;
export const feedbackSubjectTypes = ["claim", "application"] as const;
export type FeedbackSubjectType = (typeof feedbackSubjectTypes)[number];

export const answerSchema = z.object({
  subjectType: z.enum(feedbackSubjectTypes, { errorMap: () => ({ message: "agenda:feedback.errors.subject" }) }),
  subjectId: uuid("agenda:feedback.errors.subject"),
  outcome: z.enum(feedbackOutcomes, { errorMap: () => ({ message: "agenda:feedback.errors.outcome" }) }),
  note: plainText("agenda:feedback.errors.note", { min: 0, max: 1000 }),
});
export type AnswerInput = z.input<typeof answerSchema>;
