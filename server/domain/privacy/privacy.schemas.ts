import { z } from "zod";

/** The deletion's confirmation: the password (people without e-mail have one too). Shared by the form and the service. */
export const deleteAccountSchema = z.object({
  password: z
    .string({ required_error: "privacy:errors.password.required" })
    .min(1, "privacy:errors.password.required")
    .max(1_000, "privacy:errors.password.wrong"),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
