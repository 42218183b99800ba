import { z } from "zod";
import { displayNameSchema, emailSchema, isSafeText, newPasswordSchema } from "../accounts/accounts.schemas";

// Messages are i18n keys; the "registrations" namespace holds the texts.

export const partnerTypes = ["coa", "student_association", "school"] as const;

const consentSchema = z
  .boolean({
    required_error: "accounts:errors.consent.required",
    invalid_type_error: "accounts:errors.consent.required",
  })
  .refine((value) => value, "accounts:errors.consent.required");

/** "Bedrijf aanmelden bij Omarm Groningen" and "Partner aanmelden": one schema, the kind says which. */
export const registerOrganisationSchema = z
  .object({
    kind: z.enum(["business", "partner"], { errorMap: () => ({ message: "registrations:errors.kind" }) }),
    partnerType: z.enum(partnerTypes, { errorMap: () => ({ message: "registrations:errors.partnerType" }) }).optional(),
    organisationName: z
      .string({ required_error: "registrations:errors.organisationName.required" })
      .trim()
      .min(2, "registrations:errors.organisationName.required")
      .max(120, "registrations:errors.organisationName.tooLong")
      .refine(isSafeText, "registrations:errors.characters"),
    displayName: displayNameSchema,
    email: emailSchema,
    password: newPasswordSchema,
    buurtCode: z
      .string({ required_error: "registrations:errors.buurt.required" })
      .regex(/^BU\d{8}$/, "registrations:errors.buurt.required"),
    description: z
      .string({ required_error: "registrations:errors.description.required" })
      .trim()
      .min(10, "registrations:errors.description.required")
      .max(1000, "registrations:errors.description.tooLong")
      .refine(isSafeText, "registrations:errors.characters"),
    consent: consentSchema,
  })
  .superRefine((value, ctx) => {
    if (value.kind === "partner" && !value.partnerType) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["partnerType"], message: "registrations:errors.partnerType" });
    }
    if (value.password.toLowerCase() === value.email.toLowerCase()) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["password"],
        message: "accounts:errors.password.sameAsEmail",
      });
    }
  });

/** The municipality's decision on one registration; a reason is asked for a refusal only. */
export const decideRegistrationSchema = z.object({
  organisationId: z.string().uuid("registrations:errors.unknown"),
  decision: z.enum(["approve", "reject"]),
  reason: z
    .string()
    .trim()
    .max(500, "registrations:errors.reason.tooLong")
    .refine(isSafeText, "registrations:errors.characters")
    .optional()
    .transform((value) => value || null),
});

export type RegisterOrganisationInput = z.input<typeof registerOrganisationSchema>;
export type DecideRegistrationInput = z.input<typeof decideRegistrationSchema>;
