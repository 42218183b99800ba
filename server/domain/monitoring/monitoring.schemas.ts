import { z } from "zod";
import { isCalendarDate } from "../opportunities/opportunities.series";
import { maxPeriodMonths, monthsOf, periodPresets } from "./monitoring.period";
import { mapFigures } from "./monitoring.figures";

const calendarDate = z.string().refine(isCalendarDate, "figures:errors.period.invalid");

/** What the figures pages ask: a place (a wijk wins over a gebied), a period, and the map's figure. */
export const figuresQuerySchema = z
  .object({
    gebied: z
      .string()
      .regex(/^[a-z0-9-]{1,60}$/, "figures:errors.place.unknown")
      .optional(),
    wijk: z
      .string()
      .regex(/^WK\d{6}$/, "figures:errors.place.unknown")
      .optional(),
    preset: z.enum(periodPresets, { message: "figures:errors.period.preset" }).optional(),
    from: calendarDate.optional(),
    to: calendarDate.optional(),
    mapFigure: z.enum(mapFigures, { message: "figures:errors.mapFigure" }).optional(),
  })
  .superRefine((value, ctx) => {
    const custom = value.preset === "custom" || (value.preset === undefined && (value.from || value.to));
    if (!custom) return;
    if (!value.from) ctx.addIssue({ code: "custom", path: ["from"], message: "figures:errors.period.missing" });
    if (!value.to) ctx.addIssue({ code: "custom", path: ["to"], message: "figures:errors.period.missing" });
    if (!value.from || !value.to || !isCalendarDate(value.from) || !isCalendarDate(value.to)) return;
    if (value.from > value.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "figures:errors.period.order" });
    } else if (monthsOf({ from: value.from, to: value.to }).length > maxPeriodMonths) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "figures:errors.period.tooLong" });
    }
  });

export type FiguresQuery = z.input<typeof figuresQuerySchema>;

export const organisationFiguresQuerySchema = z.object({
  organisationId: z.string().uuid("figures:errors.organisation"),
});
