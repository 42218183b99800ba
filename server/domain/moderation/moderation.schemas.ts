import { z } from "zod";

/** Message ids are bigserial (decimal strings); klus and vacature ids are UUIDs. */
const messageSubject = z.object({
  subjectType: z.literal("message"),
  subjectId: z.string().regex(/^[1-9]\d{0,17}$/, "moderation:errors.subject"),
});
const opportunitySubject = z.object({
  subjectType: z.literal("opportunity"),
  subjectId: z.string().uuid("moderation:errors.subject"),
});
const subject = z.discriminatedUnion("subjectType", [messageSubject, opportunitySubject], {
  errorMap: () => ({ message: "moderation:errors.subject" }),
});

/** A moderator's note: optional, trimmed, short. */
const note = z
  .string()
  .trim()
  .max(1000, "moderation:errors.note.tooLong")
  .optional()
  .transform((text) => text ?? "");

/** Text someone else reads (a warning, a reason): required. */
const requiredText = (key: string) =>
  z
    .string({ required_error: `moderation:errors.${key}.required` })
    .trim()
    .min(1, `moderation:errors.${key}.required`)
    .max(1000, `moderation:errors.${key}.tooLong`);

export const subjectActionSchema = z.intersection(subject, z.object({ note }));
export type SubjectActionInput = z.input<typeof subjectActionSchema>;

export const warnSchema = z.intersection(subject, z.object({ text: requiredText("warning") }));
export type WarnInput = z.input<typeof warnSchema>;

export const suspendSchema = z.object({
  userId: z.string().uuid("moderation:errors.user"),
  /** The day the person may write again (yyyy-mm-dd, Amsterdam); tomorrow at the earliest. */
  until: z
    .string({ required_error: "moderation:errors.until.required" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "moderation:errors.until.required"),
  reason: requiredText("reason"),
  /** The reported subject the suspension came from, for the log. */
  fromMessageId: z
    .string()
    .regex(/^[1-9]\d{0,17}$/)
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type SuspendInput = z.input<typeof suspendSchema>;

export const liftSuspensionSchema = z.object({ userId: z.string().uuid("moderation:errors.user"), note });
export type LiftSuspensionInput = z.input<typeof liftSuspensionSchema>;

export const auditActions = [
  "hide",
  "warn",
  "suspend",
  "lift_suspension",
  "dismiss",
  "approve_registration",
  "reject_registration",
] as const;

export const auditLogSchema = z.object({
  action: z.enum(auditActions).optional(),
  /** Keyset: entries older than this id. */
  before: z
    .string()
    .regex(/^[1-9]\d{0,17}$/)
    .optional(),
});
export type AuditLogInput = z.input<typeof auditLogSchema>;

export const reportOpportunitySchema = z.object({
  opportunityId: z.string().uuid("moderation:errors.subject"),
  reason: requiredText("reportReason"),
});
export type ReportOpportunityInput = z.input<typeof reportOpportunitySchema>;
