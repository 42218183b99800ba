import { z } from "zod";
import { parseAmsterdamDateTime } from "./amsterdam-time";
import { isCalendarDate, occurrenceStarts } from "./opportunities.series";

// Messages are i18n keys in the "opportunities" namespace; the form shows them beside the field.
// The schema accepts both a form's strings ("on", "12", one value or several) and plain JSON,
// so the Remix action (through Conform) and the service parse the very same input.

export const opportunityKinds = ["task", "vacancy"] as const;

/** Languages an organisation can say are spoken during the work; labels live in the i18n files. */
export const opportunityLanguages = ["nl", "en", "ar", "tr", "pl", "uk", "ti", "fa", "de"] as const;

export const opportunityFlagNames = [
  "vogRequired",
  "suitableNewcomers",
  "suitableStudents",
  "suitableGroups",
  "suitableBusinesses",
  "boardExchange",
] as const;

export const ONLINE_PLACE = "online";
export const buurtCodePattern = /^BU\d{8}$/;
export const wijkCodePattern = /^WK\d{6}$/;
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const limits = {
  title: { min: 5, max: 120 },
  description: { min: 20, max: 4000 },
  address: { max: 200 },
  accessibilityNotes: { max: 1000 },
  spots: { min: 1, max: 500 },
  hoursPerWeek: { min: 0.5, max: 60 },
  skills: { max: 10 },
  minAge: { min: 1, max: 99 },
  period: { max: 200 },
  selectionSteps: { max: 1000 },
  /** A repeating klus becomes at most this many dated klussen (a year of weeks). */
  occurrences: { max: 52 },
} as const;

/** "none", or how often a klus repeats. */
export const repeatChoices = ["none", "weekly", "biweekly"] as const;

// Plain text only: anything that looks like a tag is refused rather than stripped, so what the
// organisation typed is exactly what volunteers read. Pages always render it as text.
const htmlTag = /<\s*\/?\s*[a-z!?][^>]*>/i;
// Control characters and bidi overrides (https://unicode.org/reports/tr36/#Bidirectional_Text_Spoofing);
// line breaks and tabs are fine in a description.
const unsafeCharacters = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

const emptyToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

/**
 * A required or optional plain text. A missing value is reported as "required" *beside* the
 * other fields' problems (an absent key would otherwise stop Zod before the object's checks).
 */
function plainText(field: string, options: { min?: number; max: number; required: boolean }) {
  return z
    .preprocess(
      (value) => emptyToUndefined(value) ?? "",
      z.string({ invalid_type_error: `opportunities:errors.${field}.required` }),
    )
    .transform((value) => value.replace(/\r\n?/g, "\n").trim().normalize("NFC"))
    .superRefine((value, ctx) => {
      const fail = (key: string) =>
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `opportunities:errors.${key}` });
      if (value === "") {
        if (options.required) fail(`${field}.required`);
        return;
      }
      if (options.min !== undefined && value.length < options.min) fail(`${field}.tooShort`);
      else if (value.length > options.max) fail(`${field}.tooLong`);
      else if (htmlTag.test(value)) fail("noHtml");
      else if (unsafeCharacters.test(value.replace(/[\n\t]/g, ""))) fail("characters");
    });
}

function checkbox() {
  return z.preprocess((value) => value === true || value === "on" || value === "true" || value === "1", z.boolean());
}

function list(field: string, pattern: RegExp, max: number) {
  return z
    .preprocess(
      (value) => {
        const values =
          value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value];
        return values.filter((v) => v !== "" && v !== undefined && v !== null);
      },
      z
        .array(z.string().regex(pattern, `opportunities:errors.${field}.invalid`))
        .max(max, `opportunities:errors.${field}.tooMany`),
    )
    .transform((values) => [...new Set(values)]);
}

function optionalNumber(field: string) {
  return z.preprocess(
    (value) => {
      const v = emptyToUndefined(value);
      return typeof v === "string" ? Number(v.replace(",", ".")) : v;
    },
    z.number({ invalid_type_error: `opportunities:errors.${field}.invalid` }).optional(),
  );
}

function optionalDateTime() {
  return z.preprocess((value) => {
    const v = emptyToUndefined(value);
    return v instanceof Date ? v.toISOString() : v;
  }, z.string().optional());
}

/** The fields of a vacature or klus that publish and edit share; field names are the form's. */
const opportunityFieldsShape = {
  kind: z.enum(opportunityKinds, { errorMap: () => ({ message: "opportunities:errors.kind.required" }) }),
  title: plainText("title", { ...limits.title, required: true }),
  description: plainText("description", { ...limits.description, required: true }),
  /** "online" or the CBS code of a buurt. */
  place: z
    .preprocess((value) => emptyToUndefined(value) ?? "", z.string())
    .refine((value) => value === ONLINE_PLACE || buurtCodePattern.test(value), "opportunities:errors.place.required"),
  address: plainText("address", { ...limits.address, required: false }),
  startsAt: optionalDateTime(),
  endsAt: optionalDateTime(),
  spots: optionalNumber("spots"),
  hoursPerWeek: optionalNumber("hoursPerWeek"),
  minAge: optionalNumber("minAge"),
  period: plainText("period", { ...limits.period, required: false }),
  selectionSteps: plainText("selectionSteps", { ...limits.selectionSteps, required: false }),
  skills: list("skills", slugPattern, limits.skills.max),
  languages: list("languages", /^[a-z]{2,3}$/, opportunityLanguages.length),
  vogRequired: checkbox(),
  suitableNewcomers: checkbox(),
  suitableStudents: checkbox(),
  suitableGroups: checkbox(),
  boardExchange: checkbox(),
  suitableBusinesses: checkbox(),
  accessibilityNotes: plainText("accessibilityNotes", { ...limits.accessibilityNotes, required: false }),
};
type OpportunityFieldsValue = z.output<z.ZodObject<typeof opportunityFieldsShape>>;

function refineOpportunityFields(value: OpportunityFieldsValue, ctx: z.RefinementCtx) {
  const fail = (path: string, key: string) =>
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message: `opportunities:errors.${key}` });

  for (const language of value.languages) {
    if (!(opportunityLanguages as readonly string[]).includes(language)) fail("languages", "languages.invalid");
  }

  if (value.minAge !== undefined) {
    const { min, max } = limits.minAge;
    if (!Number.isInteger(value.minAge) || value.minAge < min || value.minAge > max) fail("minAge", "minAge.range");
  }

  if (value.kind === "task") {
    const now = Date.now();
    const startsAt = value.startsAt ? parseAmsterdamDateTime(value.startsAt) : null;
    const endsAt = value.endsAt ? parseAmsterdamDateTime(value.endsAt) : null;
    if (!value.startsAt) fail("startsAt", "startsAt.required");
    else if (!startsAt) fail("startsAt", "startsAt.invalid");
    else if (startsAt.getTime() <= now) fail("startsAt", "startsAt.past");
    if (!value.endsAt) fail("endsAt", "endsAt.required");
    else if (!endsAt) fail("endsAt", "endsAt.invalid");
    else if (startsAt && endsAt.getTime() <= startsAt.getTime()) fail("endsAt", "endsAt.beforeStart");
    else if (endsAt.getTime() <= now) fail("endsAt", "endsAt.past");

    if (value.spots === undefined) fail("spots", "spots.required");
    else if (!Number.isInteger(value.spots) || value.spots < limits.spots.min || value.spots > limits.spots.max) {
      fail("spots", "spots.range");
    }
  } else if (value.hoursPerWeek !== undefined) {
    const { min, max } = limits.hoursPerWeek;
    if (!Number.isFinite(value.hoursPerWeek) || value.hoursPerWeek < min || value.hoursPerWeek > max) {
      fail("hoursPerWeek", "hoursPerWeek.range");
    }
  }
}

function toOpportunityFields(value: OpportunityFieldsValue) {
  const isTask = value.kind === "task";
  return {
    kind: value.kind,
    title: value.title,
    description: value.description,
    buurtCode: value.place === ONLINE_PLACE ? null : value.place,
    isOnline: value.place === ONLINE_PLACE,
    address: value.address === "" ? null : value.address,
    // A vacature has no date or spots of its own, a klus no hours, period or selection steps;
    // what a form may have sent for the other kind is ignored.
    startsAt: isTask && value.startsAt ? parseAmsterdamDateTime(value.startsAt) : null,
    endsAt: isTask && value.endsAt ? parseAmsterdamDateTime(value.endsAt) : null,
    spots: isTask ? (value.spots ?? null) : null,
    hoursPerWeek: isTask ? null : (value.hoursPerWeek ?? null),
    minAge: value.minAge ?? null,
    period: isTask || value.period === "" ? null : value.period,
    selectionSteps: isTask || value.selectionSteps === "" ? null : value.selectionSteps,
    skills: value.skills,
    languages: value.languages,
    flags: {
      vogRequired: value.vogRequired,
      suitableNewcomers: value.suitableNewcomers,
      suitableStudents: value.suitableStudents,
      suitableGroups: value.suitableGroups,
      suitableBusinesses: value.suitableBusinesses,
      boardExchange: value.boardExchange,
    },
    accessibilityNotes: value.accessibilityNotes,
  };
}

/** Input for publishing a vacature or klus; a klus may repeat weekly or every other week. */
export const publishOpportunitySchema = z
  .object({
    organisationId: z
      .preprocess((value) => emptyToUndefined(value) ?? "", z.string())
      .refine((value) => uuidPattern.test(value), "opportunities:errors.organisationId.required"),
    ...opportunityFieldsShape,
    repeat: z.preprocess(
      (value) => emptyToUndefined(value) ?? "none",
      z.enum(repeatChoices, { errorMap: () => ({ message: "opportunities:errors.repeat.invalid" }) }),
    ),
    /** The last day ("YYYY-MM-DD", Amsterdam) on which a repeating klus may take place. */
    repeatUntil: z.preprocess((value) => emptyToUndefined(value), z.string().optional()),
  })
  .superRefine((value, ctx) => {
    refineOpportunityFields(value, ctx);
    if (value.kind !== "task" || value.repeat === "none") return;
    const fail = (key: string) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["repeatUntil"], message: `opportunities:errors.${key}` });
    const startsAt = value.startsAt ? parseAmsterdamDateTime(value.startsAt) : null;
    if (!value.repeatUntil) return fail("repeatUntil.required");
    if (!isCalendarDate(value.repeatUntil)) return fail("repeatUntil.invalid");
    if (!startsAt) return;
    const count = occurrenceStarts(startsAt, value.repeat, value.repeatUntil, limits.occurrences.max + 1).length;
    if (count < 2) fail("repeatUntil.beforeSecond");
    else if (count > limits.occurrences.max) fail("repeatUntil.tooMany");
  })
  .transform((value) => ({
    organisationId: value.organisationId.toLowerCase(),
    ...toOpportunityFields(value),
    series:
      value.kind === "task" && value.repeat !== "none" && value.repeatUntil
        ? { recurrence: value.repeat, repeatUntil: value.repeatUntil }
        : null,
  }));

/** Input for editing one vacature or klus: the same fields and checks as publishing, minus the organisation. */
export const updateOpportunitySchema = z
  .object(opportunityFieldsShape)
  .superRefine(refineOpportunityFields)
  .transform(toOpportunityFields);

type FormBoolean = boolean | "on" | "true" | undefined;

/** What a form or a caller sends; a form's strings ("on", "12", one value for a list) are welcome. */
export interface PublishOpportunityRequest {
  organisationId: string;
  kind: (typeof opportunityKinds)[number];
  title: string;
  description: string;
  /** "online" or a buurt code. */
  place: string;
  address?: string;
  /** "YYYY-MM-DDTHH:mm" in Amsterdam time, an ISO 8601 instant, or a Date. */
  startsAt?: Date | string;
  endsAt?: Date | string;
  spots?: number | string;
  hoursPerWeek?: number | string;
  minAge?: number | string;
  period?: string;
  selectionSteps?: string;
  skills?: string[] | string;
  languages?: string[] | string;
  vogRequired?: FormBoolean;
  suitableNewcomers?: FormBoolean;
  suitableStudents?: FormBoolean;
  suitableGroups?: FormBoolean;
  boardExchange?: FormBoolean;
  suitableBusinesses?: FormBoolean;
  accessibilityNotes?: string;
  /** Only for a klus: "weekly" or "biweekly" with `repeatUntil` makes one dated klus per occurrence. */
  repeat?: (typeof repeatChoices)[number] | "";
  /** "YYYY-MM-DD", the last day an occurrence may fall on. */
  repeatUntil?: string;
}
/** What the service works with once the input is valid. */
export type PublishOpportunityInput = z.output<typeof publishOpportunitySchema>;

/** What a form or caller sends to edit a vacature or klus; its organisation and series stay as they are. */
export type UpdateOpportunityRequest = Omit<PublishOpportunityRequest, "organisationId" | "repeat" | "repeatUntil">;
/** The fields of a vacature or klus once valid, as publish and edit both write them. */
export type OpportunityFieldsInput = z.output<typeof updateOpportunitySchema>;

export const opportunityIdSchema = z.string().regex(uuidPattern);

/** The home page lists: open and published, newest first. */
export const listNewestSchema = z.object({
  kind: z.enum(opportunityKinds).optional(),
  limit: z.number().int().min(1).max(50).default(6),
});
export type ListNewestInput = z.input<typeof listNewestSchema>;
