import { z } from "zod";

const uuid = (message: string) => z.string({ required_error: message }).uuid(message);

/** "Ik doe mee": the one-tap claim form and the `claim:create` socket event. */
export const claimSchema = z.object({
  opportunityId: uuid("claims:errors.notFound"),
  // A checkbox: Conform turns "on" into true; absent means not confirmed.
  vogConfirmed: z.boolean().optional().default(false),
});
export type ClaimInput = z.input<typeof claimSchema>;

/** Cancelling one's own claim (the form and `claim:cancel`). */
export const cancelClaimSchema = z.object({
  claimId: uuid("claims:errors.notFound"),
});
export type CancelClaimInput = z.input<typeof cancelClaimSchema>;

/** "Ik kom", "Plek overdragen" and "Neem de vrije plek": one of the actor's own claims. */
export const ownClaimSchema = cancelClaimSchema;
export type OwnClaimInput = z.input<typeof ownClaimSchema>;

/** A coordinator marks whether a volunteer came, and the hours (the klus's duration when left empty). */
export const markAttendanceSchema = z.object({
  claimId: uuid("claims:errors.notFound"),
  attendance: z.enum(["attended", "no_show"], { message: "claims:errors.attendance.required" }),
  hours: z
    .number({ invalid_type_error: "claims:errors.hours.invalid" })
    .min(0, "claims:errors.hours.invalid")
    .max(24, "claims:errors.hours.invalid")
    .optional(),
});
export type MarkAttendanceInput = z.input<typeof markAttendanceSchema>;

/** The payload of `klus:subscribe`. */
export const subscribeKlusSchema = z.object({ opportunityId: z.string().uuid() });
