import { z } from "zod";
import { hasRole, requireUser, requireVolunteer, type Actor } from "../actor";
import { forbidden, notFound } from "../errors";
import { isCalendarDate } from "../opportunities/opportunities.series";
import { parseInput } from "../parse-input";
import type { ServiceDependencies } from "../services";
import type { SettingsService } from "../settings/settings.service";
import * as listings from "./listings.repository";
import * as repo from "./social-return.repository";

const calendarDate = z.string().refine(isCalendarDate, "businesses:errors.period.invalid");

/** ?van=…&tot=…; without them, this calendar year so far and the rest of it. */
export const reportQuerySchema = z
  .object({
    businessId: z.string().uuid().optional(),
    from: calendarDate.optional(),
    to: calendarDate.optional(),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, {
    path: ["to"],
    message: "businesses:errors.period.order",
  });

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Social return: what a business's people gave in a period (hours confirmed by the organisations),
 * for the business's coordinators and the municipality only; and each volunteer's own statement.
 */
export function createSocialReturnService(deps: Pick<ServiceDependencies, "db"> & { settings: SettingsService }) {
  const { db, settings } = deps;

  /** The business whose report this person may read: their own, or any one for the municipality. */
  async function businessFor(actor: Actor, businessId: string | undefined) {
    const user = requireUser(actor);
    if (businessId && hasRole(user, "gemeente")) {
      const business = await repo.findBusiness(db, businessId);
      if (!business) throw notFound("Business");
      return business;
    }
    const own = await listings.coordinatedOrganisation(db, user.userId, "business");
    if (!own) throw forbidden("Only a business's coordinators and the municipality see its report");
    if (businessId && businessId !== own.id) throw forbidden("This is another business's report");
    return own;
  }

  return {
    async report(actor: Actor, input: { businessId?: string; from?: string; to?: string }, now = new Date()) {
      const query = parseInput(reportQuerySchema, input);
      const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric" }).format(now);
      const period = { from: query.from ?? `${year}-01-01`, to: query.to ?? `${year}-12-31` };
      const business = await businessFor(actor, query.businessId);
      const [totals, klussen, offers, hourValue] = await Promise.all([
        repo.totals(db, business.id, period),
        repo.perKlus(db, business.id, period),
        repo.offersMade(db, business.id, period),
        settings.hourValue(),
      ]);
      return {
        business,
        period,
        totals: { ...totals, hours: round2(totals.hours) },
        klussen,
        offers,
        hourValue,
        value: hourValue === null ? null : round2(totals.hours * hourValue),
      };
    },

    /** A volunteer's own confirmed hours, for a CV or a student's file. */
    async statementOfHours(actor: Actor) {
      const user = requireVolunteer(actor);
      const [rows, person] = await Promise.all([
        repo.hoursOfVolunteer(db, user.userId),
        db.selectFrom("users").select("display_name").where("id", "=", user.userId).executeTakeFirstOrThrow(),
      ]);
      return {
        name: person.display_name,
        rows,
        totalHours: round2(rows.reduce((sum, row) => sum + row.hours, 0)),
      };
    },
  };
}

export type SocialReturnService = ReturnType<typeof createSocialReturnService>;
export type SocialReturnReport = Awaited<ReturnType<SocialReturnService["report"]>>;
