import { z } from "zod";
import { isCalendarDate } from "../opportunities/opportunities.series";
import { slugPattern, wijkCodePattern } from "../opportunities/opportunities.schemas";

// Messages are i18n keys in the "businesses" namespace. The schema reads a form's strings itself
// ("" is empty, one value or several), so the Remix action and the service parse the same input.

export const listingSides = ["offer", "request"] as const;
export const listingTypes = ["team_day", "expertise", "materials"] as const;
export const capacityUnits = ["people", "hours"] as const;

export const listingLimits = {
  title: { min: 5, max: 120 },
  description: { max: 2000 },
  capacity: { min: 1, max: 10000 },
  skills: { max: 10 },
  wijken: { max: 20 },
} as const;

const htmlTag = /<\s*\/?\s*[a-z!?][^>]*>/i;
const unsafeCharacters = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (field: string, options: { min?: number; max: number; required: boolean }) =>
  z
    .preprocess((value) => (typeof value === "string" ? value : ""), z.string())
    .transform((value) => value.replace(/\r\n?/g, "\n").trim().normalize("NFC"))
    .superRefine((value, ctx) => {
      const fail = (key: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message: `businesses:errors.${key}` });
      if (value === "") {
        if (options.required) fail(`${field}.required`);
        return;
      }
      if (options.min !== undefined && value.length < options.min) fail(`${field}.tooShort`);
      else if (value.length > options.max) fail(`${field}.tooLong`);
      else if (htmlTag.test(value)) fail("noHtml");
      else if (unsafeCharacters.test(value.replace(/[\n\t]/g, ""))) fail("characters");
    });

const list = (field: string, pattern: RegExp, max: number) =>
  z
    .preprocess(
      (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
      z
        .array(z.string().regex(pattern, `businesses:errors.${field}.invalid`))
        .max(max, `businesses:errors.${field}.tooMany`),
    )
    .transform((values) => [...new Set(values.filter((v) => v !== ""))]);

const calendarDate = (field: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : ""),
    z
      .string()
      .min(1, `businesses:errors.${field}.required`)
      .refine((value) => value === "" || isCalendarDate(value), `businesses:errors.${field}.invalid`),
  );

const choice = <T extends readonly [string, ...string[]]>(values: T, field: string) =>
  z.enum(values, { errorMap: () => ({ message: `businesses:errors.${field}.required` }) });

const listingShape = {
  type: choice(listingTypes, "type"),
  title: text("title", { ...listingLimits.title, required: true }),
  description: text("description", { ...listingLimits.description, required: false }),
  capacityAmount: z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : value),
    z
      .number({
        required_error: "businesses:errors.capacityAmount.required",
        invalid_type_error: "businesses:errors.capacityAmount.required",
      })
      .int("businesses:errors.capacityAmount.range")
      .min(listingLimits.capacity.min, "businesses:errors.capacityAmount.range")
      .max(listingLimits.capacity.max, "businesses:errors.capacityAmount.range"),
  ),
  capacityUnit: choice(capacityUnits, "capacityUnit"),
  periodStart: calendarDate("periodStart"),
  periodEnd: calendarDate("periodEnd"),
  skills: list("skills", slugPattern, listingLimits.skills.max),
  wijken: list("wijken", wijkCodePattern, listingLimits.wijken.max),
};

type ListingValue = z.output<z.ZodObject<typeof listingShape>>;

function periodInOrder(value: ListingValue, ctx: z.RefinementCtx) {
  if (isCalendarDate(value.periodStart) && isCalendarDate(value.periodEnd) && value.periodEnd < value.periodStart) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["periodEnd"],
      message: "businesses:errors.periodEnd.beforeStart",
    });
  }
}

/** What a business offers: its preferred wijken (none: anywhere in the municipality). */
export const offerSchema = z.object(listingShape).superRefine(periodInOrder);

/** What an organisation asks of businesses: at most one wijk, where the help is needed. */
export const requestSchema = z
  .object(listingShape)
  .superRefine(periodInOrder)
  .superRefine((value, ctx) => {
    if (value.wijken.length > 1) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["wijken"], message: "businesses:errors.wijken.oneOnly" });
    }
  });

export type ListingInput = z.output<typeof offerSchema>;
export type ListingSide = (typeof listingSides)[number];

export const listingSchemaFor = (side: ListingSide) => (side === "offer" ? offerSchema : requestSchema);

export const listingIdSchema = z.string().regex(uuidPattern);

/** "Start a conversation" from a match: the offer and the request it matched. */
export const matchRefSchema = z.object({
  offerId: z.string().regex(uuidPattern),
  requestId: z.string().regex(uuidPattern),
});
export type MatchRef = z.output<typeof matchRefSchema>;
