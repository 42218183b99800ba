import { z } from "zod";
import { ageOn, amsterdamDay } from "../claims/age";
import { isSafeText } from "../accounts/accounts.schemas";

// Messages are i18n keys in the "profile" namespace; the page translates them beside the field.

/**
 * Languages a volunteer can choose: ISO 639-1 codes where one exists, ISO 639-3 otherwise
 * (gos Gronings, dse Nederlandse Gebarentaal, prs Dari). The list follows the languages spoken
 * in Groningen and by newcomers housed by the COA; add to it, never rename a code.
 */
export const languageCodes = [
  "nl",
  "gos",
  "fy",
  "dse",
  "en",
  "de",
  "fr",
  "es",
  "pt",
  "it",
  "pl",
  "ro",
  "bg",
  "hu",
  "uk",
  "ru",
  "tr",
  "ar",
  "ku",
  "fa",
  "prs",
  "ps",
  "ti",
  "am",
  "so",
  "ur",
  "hi",
  "zh",
] as const;
export type LanguageCode = (typeof languageCodes)[number];

/** The seven days (ISO order, Monday first) × three parts of the day; no slot saved means "flexibel". */
export const availabilityDays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const availabilityParts = ["morning", "afternoon", "evening"] as const;
export type AvailabilityDay = (typeof availabilityDays)[number];
export type AvailabilityPart = (typeof availabilityParts)[number];
export type AvailabilitySlot = `${(typeof availabilityDays)[number]}-${(typeof availabilityParts)[number]}`;
export const availabilitySlots = availabilityDays.flatMap((day) =>
  availabilityParts.map((part) => `${day}-${part}` as AvailabilitySlot),
) as [AvailabilitySlot, ...AvailabilitySlot[]];

/** "Hoeveel berichten per week wil je hooguit": the choices offered, and the default when none is chosen. */
export const noticesPerWeekChoices = [1, 2, 3, 5, 10] as const;
export const DEFAULT_NOTICES_PER_WEEK = 3;

const uniqueList = <T extends z.ZodTypeAny>(item: T, max: number, tooMany: string) =>
  z
    .array(item)
    .max(max, tooMany)
    .default([])
    .transform((values) => [...new Set(values)] as Array<z.output<T>>);

const slug = (message: string) =>
  z
    .string()
    .max(80, message)
    .regex(/^[a-z0-9-]+$/, message);

/** "YYYY-MM-DD" of a real calendar day. */
function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const profileFields = z.object({
  // Optional; only used to check the minimum age of klussen, never shown to organisations.
  // Empty clears it.
  birthDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "profile:errors.birthDate.invalid")
    .refine(isCalendarDay, "profile:errors.birthDate.invalid")
    .refine((value) => value <= amsterdamDay(new Date()), "profile:errors.birthDate.future")
    .refine((value) => {
      const age = ageOn(value, amsterdamDay(new Date()));
      return age >= 12 && age <= 120;
    }, "profile:errors.birthDate.age")
    .nullish()
    .transform((value) => value ?? null),
  // Empty (no choice) clears the home buurt.
  homeBuurtCode: z
    .string()
    .regex(/^BU\d{8}$/, "profile:errors.homeBuurt.unknown")
    .nullish()
    .transform((value) => value ?? null),
  skills: uniqueList(slug("profile:errors.skills.unknown"), 100, "profile:errors.skills.tooMany"),
  languages: uniqueList(
    z.enum(languageCodes, { errorMap: () => ({ message: "profile:errors.languages.unknown" }) }),
    languageCodes.length,
    "profile:errors.languages.unknown",
  ),
  availability: uniqueList(
    z.enum(availabilitySlots, { errorMap: () => ({ message: "profile:errors.availability.unknown" }) }),
    availabilitySlots.length,
    "profile:errors.availability.unknown",
  ),
  // "flexibel" (any time: no slots kept) or "times" (only the slots chosen). Left out by callers that
  // pass the slots directly: then the slots decide, and none means flexibel.
  availabilityMode: z
    .enum(["flexible", "times"], { errorMap: () => ({ message: "profile:errors.availability.unknown" }) })
    .optional(),
  noticesPerWeek: z
    .number({ invalid_type_error: "profile:errors.noticesPerWeek.unknown" })
    .int("profile:errors.noticesPerWeek.unknown")
    .refine(
      (value) => (noticesPerWeekChoices as readonly number[]).includes(value),
      "profile:errors.noticesPerWeek.unknown",
    )
    .nullish()
    .transform((value) => value ?? null),
  interests: uniqueList(slug("profile:errors.interests.unknown"), 50, "profile:errors.interests.unknown"),
  about: z
    .string()
    .trim()
    .max(1000, "profile:errors.about.tooLong")
    .refine(isSafeText, "profile:errors.about.characters")
    .default(""),
});

export const updateProfileSchema = profileFields
  .superRefine((value, ctx) => {
    if (value.availabilityMode === "times" && value.availability.length === 0) {
      ctx.addIssue({ code: "custom", path: ["availability"], message: "profile:errors.availability.none" });
    }
    // Ticked times under "flexibel" are a slip either way: ask rather than drop what was ticked.
    if (value.availabilityMode === "flexible" && value.availability.length > 0) {
      ctx.addIssue({ code: "custom", path: ["availability"], message: "profile:errors.availability.both" });
    }
  })
  .transform(({ availabilityMode: _mode, ...rest }) => rest);

export type UpdateProfileInput = z.input<typeof updateProfileSchema>;
export type UpdateProfileData = z.output<typeof updateProfileSchema>;
