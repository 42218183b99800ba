import { z } from "zod";
import type { ApplicationStatus } from "../../../db/schema";

export const motivationLimits = { min: 20, max: 2000 } as const;

/** Statuses in which an application is still open: one per volunteer per vacature. */
export const openStatuses = ["new", "in_conversation", "placed"] as const satisfies readonly ApplicationStatus[];

/** Where a coordinator may move an application from each status. */
export const coordinatorTransitions: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  new: ["in_conversation", "placed", "declined"],
  in_conversation: ["placed", "declined"],
  placed: [],
  declined: [],
  withdrawn: [],
  expired: [],
};

/** Statuses a volunteer may withdraw from. */
export const withdrawableStatuses: readonly ApplicationStatus[] = openStatuses;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const htmlTag = /<\s*\/?\s*[a-z!?][^>]*>/i;
const unsafeCharacters = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

export const uuid = (message: string) =>
  z.preprocess((value) => (typeof value === "string" ? value : ""), z.string().regex(uuidPattern, message));

/** A plain text; HTML is refused, not stripped (see the README's Design notes). */
export function plainText(prefix: string, limits: { min: number; max: number }) {
  return z
    .preprocess((value) => (typeof value === "string" ? value : ""), z.string())
    .transform((value) => value.replace(/\r\n?/g, "\n").trim().normalize("NFC"))
    .superRefine((value, ctx) => {
      const fail = (key: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${prefix}.${key}` });
      if (value === "" && limits.min > 0) fail("required");
      else if (value.length < limits.min) fail("tooShort");
      else if (value.length > limits.max) fail("tooLong");
      else if (htmlTag.test(value)) fail("noHtml");
      else if (unsafeCharacters.test(value.replace(/[\n\t]/g, ""))) fail("characters");
    });
}

export const applySchema = z.object({
  opportunityId: uuid("applications:errors.opportunity"),
  motivation: plainText("applications:errors.motivation", motivationLimits),
});
export type ApplyInput = z.input<typeof applySchema>;

export const withdrawSchema = z.object({ applicationId: uuid("applications:errors.application") });

export const moveSchema = z.object({
  applicationId: uuid("applications:errors.application"),
  status: z.enum(["in_conversation", "placed", "declined"], {
    errorMap: () => ({ message: "applications:errors.status" }),
  }),
});
export type MoveInput = z.input<typeof moveSchema>;

/** Turns Zod issues into the field errors a form shows (i18n keys, by field name). */
export function fieldErrorsOf(issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>) {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fieldErrors;
}
