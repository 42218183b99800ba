import { z } from "zod";
import { FORMER_PERSON_NAME } from "../people/former-person";

// Messages are i18n keys in the "accounts" namespace; the page translates them beside the field.

/**
 * Passwords people reach for first that still pass the length rule. A short list on purpose: the
 * length rule does most of the work, and NIST SP 800-63B asks to refuse known-bad values
 * without composition rules (https://pages.nist.gov/800-63-4/sp800-63b.html#passwordver).
 */
export const commonPasswords: ReadonlySet<string> = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123456789abc",
  "1234567890ab",
  "abc123456789",
  "000000000000",
  "111111111111",
  "123123123123",
  "aaaaaaaaaaaa",
  "abcdefghijkl",
  "abcdefghijklm",
  "qwertyuiopas",
  "qwerty123456",
  "qwertyuiop12",
  "qwertyuiop123",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "password1234",
  "password12345",
  "passwordpassword",
  "iloveyou1234",
  "welcome12345",
  "letmein12345",
  "wachtwoord12",
  "wachtwoord123",
  "wachtwoord1234",
  "wachtwoordwachtwoord",
  "welkom123456",
  "welkomwelkom",
  "groningen123",
  "groningen1234",
  "groningen2025",
  "groningen2026",
  "noaber123456",
  "vrijwilliger",
  "vrijwilliger1",
  "vrijwilliger123",
]);

// Control characters, and bidi overrides that can make a name read differently from what it is
// (https://unicode.org/reports/tr36/#Bidirectional_Text_Spoofing). Zero-width joiners stay
// allowed: Persian and several Indic scripts need them in ordinary names.
const unsafeNameCharacters = /[\p{Cc}\u202A-\u202E\u2066-\u2069<>]/u;
// Free text may hold line breaks and tabs, but no other control characters.
const unsafeTextCharacters = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const allowedWhitespace = /[\n\r\t]/g;

/** True when a free text holds no control or bidi-override characters (line breaks and tabs are fine). */
export function isSafeText(value: string): boolean {
  return !unsafeTextCharacters.test(value.replace(allowedWhitespace, ""));
}

export const displayNameSchema = z
  .string({ required_error: "accounts:errors.displayName.required" })
  .trim()
  .min(1, "accounts:errors.displayName.required")
  .max(80, "accounts:errors.displayName.tooLong")
  .refine((value) => !unsafeNameCharacters.test(value), "accounts:errors.displayName.characters")
  // The placeholder of deleted accounts: a living person with it would look deleted.
  .refine((value) => value.toLowerCase() !== FORMER_PERSON_NAME, "accounts:errors.displayName.reserved")
  .transform((value) => value.normalize("NFC"));

export const emailSchema = z
  .string({ required_error: "accounts:errors.email.required" })
  .trim()
  .min(1, "accounts:errors.email.required")
  .max(254, "accounts:errors.email.tooLong")
  .email("accounts:errors.email.invalid");

// Passwords are never trimmed or changed: what is typed is what is hashed.
export const newPasswordSchema = z
  .string({ required_error: "accounts:errors.password.required" })
  .min(12, "accounts:errors.password.tooShort")
  .max(128, "accounts:errors.password.tooLong")
  .refine((value) => !commonPasswords.has(value.toLowerCase()), "accounts:errors.password.common");

export const signUpSchema = z
  .object({
    displayName: displayNameSchema,
    email: emailSchema,
    password: newPasswordSchema,
    // A checkbox: Conform turns "on" into true; an unticked box sends nothing.
    consent: z
      .boolean({
        required_error: "accounts:errors.consent.required",
        invalid_type_error: "accounts:errors.consent.required",
      })
      .refine((value) => value, "accounts:errors.consent.required"),
  })
  .superRefine((value, ctx) => {
    if (value.password.toLowerCase() === value.email.toLowerCase()) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["password"],
        message: "accounts:errors.password.sameAsEmail",
      });
    }
  });

/**
 * What a person logs in with: an e-mail address, or the login name ("amal-4821") given to people who
 * joined through an invite without an address. The field keeps the name `email` so password managers
 * and existing links keep working.
 */
export const logInNameSchema = z
  .string({ required_error: "accounts:errors.email.required" })
  .trim()
  .min(1, "accounts:errors.email.required")
  .max(254, "accounts:errors.email.tooLong");

export const logInSchema = z.object({
  email: logInNameSchema,
  // Bounds the hashing work for a log-in attempt; sign-up never accepts more than 128 characters.
  password: z
    .string({ required_error: "accounts:errors.password.required" })
    .min(1, "accounts:errors.password.required")
    .max(1024, "accounts:errors.password.tooLong"),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type LogInInput = z.infer<typeof logInSchema>;
