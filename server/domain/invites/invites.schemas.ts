import { z } from "zod";
import { displayNameSchema, emailSchema, newPasswordSchema } from "../accounts/accounts.schemas";
import { languageCodes } from "../profiles/profiles.schemas";

/** Letters and digits that cannot be mistaken for one another when read aloud or typed (no 0/O, 1/I/L). */
export const inviteAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const inviteCodeLength = 8;

/** A code as typed: spaces and dashes are ignored, case does not matter. */
export const inviteCodeSchema = z
  .string({ required_error: "invites:errors.code.required" })
  .transform((value) => value.replace(/[\s-]/g, "").toUpperCase())
  .pipe(
    z
      .string()
      .min(1, "invites:errors.code.required")
      .max(32, "invites:errors.code.unknown")
      .regex(/^[A-Z0-9]+$/, "invites:errors.code.unknown"),
  );

export const createInviteSchema = z.object({
  organisationId: z.string().uuid("invites:errors.organisation"),
  expiresOn: z
    .string({ required_error: "invites:errors.expiresOn.required" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "invites:errors.expiresOn.required"),
  maxUses: z.coerce
    .number({ invalid_type_error: "invites:errors.maxUses.range" })
    .int("invites:errors.maxUses.range")
    .min(1, "invites:errors.maxUses.range")
    .max(1000, "invites:errors.maxUses.range"),
});

export const revokeInviteSchema = z.object({
  organisationId: z.string().uuid("invites:errors.organisation"),
  inviteId: z.string().uuid("invites:errors.organisation"),
});

/**
 * Joining with a code: a first name, the languages spoken and a password. An e-mail address is
 * optional (COA residents often have none): without one, the person logs in with a login name.
 * Never nationality or residence status.
 */
export const inviteSignUpSchema = z.object({
  code: inviteCodeSchema,
  displayName: displayNameSchema,
  email: z
    .union([z.literal(""), emailSchema])
    .optional()
    .transform((value) => value || undefined),
  languages: z
    .array(z.enum(languageCodes, { errorMap: () => ({ message: "profile:errors.languages.unknown" }) }))
    .max(languageCodes.length, "profile:errors.languages.unknown")
    .default([])
    .transform((values) => [...new Set(values)]),
  password: newPasswordSchema,
  consent: z
    .boolean({
      required_error: "accounts:errors.consent.required",
      invalid_type_error: "accounts:errors.consent.required",
    })
    .refine((value) => value, "accounts:errors.consent.required"),
});

export type CreateInviteInput = z.input<typeof createInviteSchema>;
export type InviteSignUpInput = z.input<typeof inviteSignUpSchema>;
