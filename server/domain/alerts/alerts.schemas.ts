import { z } from "zod";

export const digestFrequencies = ["hourly", "daily"] as const;

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** An optional form value: Conform sends a missing one as undefined, a plain caller may send "". */
function optional(pattern: RegExp, message: string) {
  return z
    .string()
    .trim()
    .regex(pattern, message)
    .optional()
    .or(z.literal("").transform(() => undefined));
}

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The notification settings form; shared by the page (Conform) and the service. */
export const preferencesSchema = z
  .object({
    // A checkbox: present ("on", coerced to true by Conform) or absent.
    emailEnabled: z
      .boolean()
      .optional()
      .transform((value) => value === true),
    digestFrequency: z.enum(digestFrequencies, { message: "alerts:errors.digestFrequency" }),
    quietHoursStart: optional(clockPattern, "alerts:errors.clockTime"),
    quietHoursEnd: optional(clockPattern, "alerts:errors.clockTime"),
    pausedUntil: optional(dayPattern, "alerts:errors.pausedUntil.invalid").refine(
      (value) => value === undefined || isCalendarDay(value),
      "alerts:errors.pausedUntil.invalid",
    ),
  })
  .superRefine((value, ctx) => {
    // Quiet hours need both ends; one alone is most likely a slip.
    if (value.quietHoursStart !== undefined && value.quietHoursEnd === undefined) {
      ctx.addIssue({ code: "custom", path: ["quietHoursEnd"], message: "alerts:errors.quietHoursPair" });
    }
    if (value.quietHoursEnd !== undefined && value.quietHoursStart === undefined) {
      ctx.addIssue({ code: "custom", path: ["quietHoursStart"], message: "alerts:errors.quietHoursPair" });
    }
  });

export type PreferencesInput = z.input<typeof preferencesSchema>;

export const claimIdSchema = z.object({ claimId: z.string().uuid() });
