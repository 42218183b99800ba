import type { Kysely } from "kysely";
import { createClaim, createOpportunities } from "../factories";
import type { Database } from "../schema";
import { groningenTime } from "./local-time";

export const demoBusinessHoursSeedName = "demo-business-hours-v1";

/** The demo business's colleagues who gave a morning, with the hours the organisation confirmed. */
export const demoBusinessHours = {
  organisationEmail: "groendichtbij@demo.noaber.nl",
  title: "Moestuinbakken bouwen met een bedrijfsteam",
  description:
    "Een team van Bouwbedrijf Hunzeland timmerde nieuwe moestuinbakken voor de buurttuin. Het hout was er; zij brachten het gereedschap mee.",
  buurtCode: "BU00140507",
  skills: ["moestuin", "klussen-binnen"],
  daysAgo: 12,
  startHour: 9,
  hours: 6,
  volunteerEmails: ["marco.hofstra@demo.noaber.nl", "linda.kamstra@demo.noaber.nl"],
} as const;

/**
 * A past klus with attended claims and confirmed hours of the demo business's members, so its
 * social-return report has figures; written once per database (its own seed_runs row), also in a
 * database seeded before this existed. Claims on past klussen are refused by the claims service, so
 * the rows are written directly.
 */
export async function seedDemoBusinessHours(trx: Kysely<Database>, now: Date): Promise<void> {
  const claimed = await trx
    .insertInto("seed_runs")
    .values({ name: demoBusinessHoursSeedName })
    .onConflict((oc) => oc.column("name").doNothing())
    .returning("name")
    .executeTakeFirst();
  if (!claimed) return;

  const demo = demoBusinessHours;
  const owner = await trx
    .selectFrom("organisations as org")
    .innerJoin("memberships as m", "m.organisation_id", "org.id")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["org.id", "u.id as createdBy"])
    .where("org.is_demo", "=", true)
    .where("u.email", "=", demo.organisationEmail)
    .executeTakeFirst();
  const volunteers = await trx
    .selectFrom("users")
    .select("id")
    .where("email", "in", [...demo.volunteerEmails])
    .execute();
  if (!owner || volunteers.length !== demo.volunteerEmails.length) {
    throw new Error("The demo organisation or business members of the business hours are missing");
  }

  const startsAt = groningenTime(now, -demo.daysAgo, demo.startHour);
  const [klus] = await createOpportunities(trx, [
    {
      organisation_id: owner.id,
      created_by: owner.createdBy,
      kind: "task",
      status: "open",
      title: demo.title,
      description: demo.description,
      buurt_code: demo.buurtCode,
      spots: 6,
      suitable_groups: true,
      suitable_businesses: true,
      skills: [...demo.skills],
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + demo.hours * 3_600_000),
      published_at: new Date(startsAt.getTime() - 14 * 24 * 3_600_000),
    },
  ]);
  if (!klus) throw new Error("The demo business klus was not inserted");
  for (const volunteer of volunteers) {
    const claim = await createClaim(trx, { opportunityId: klus.id, volunteerId: volunteer.id });
    await trx
      .updateTable("claims")
      .set({ attendance: "attended", hours: demo.hours })
      .where("id", "=", claim.id)
      .execute();
  }
}
