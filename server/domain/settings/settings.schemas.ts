import { z } from "zod";

/** The value of one volunteer hour in euros, set by the municipality; empty: not shown. */
export const hourValueSchema = z.object({
  hourValue: z.preprocess(
    (value) => {
      if (value === undefined || value === null) return null;
      if (typeof value === "string") return value.trim() === "" ? null : Number(value.trim().replace(",", "."));
      return value;
    },
    z
      .number({ invalid_type_error: "businesses:errors.hourValue.invalid" })
      .min(0, "businesses:errors.hourValue.invalid")
      .max(1000, "businesses:errors.hourValue.invalid")
      .transform((value) => Math.round(value * 100) / 100)
      .nullable(),
  ),
});
export type HourValueInput = z.output<typeof hourValueSchema>;
