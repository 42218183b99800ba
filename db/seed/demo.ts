import type { Kysely } from "kysely";
import { hashPassword } from "../../server/domain/accounts/passwords";
import {
  addMembership,
  createClaim,
  createCoordinator,
  createOpportunities,
  createOrganisation,
  createUser,
  createVolunteer,
  grantRole,
  type OpportunityOverrides,
} from "../factories";
import type { Database, Organisation, RoleSlug } from "../schema";
import { demoOpportunities, demoPastKlus, type DemoOpportunity } from "./demo-opportunities";
import {
  demoGemeenteAccount,
  demoLoginEmails,
  demoOrganisations,
  demoVolunteers,
  type DemoOrganisationKey,
} from "./demo-organisations";
import { seedDemoBusinessHours } from "./demo-business-hours";
import { seedDemoModeration } from "./demo-moderation";
import { groningenTime } from "./local-time";
import { createRandom, type Random } from "./random";
import { slugify } from "./slugify";

export const demoSeedName = "demo-v1";
/** Its own seed_runs row, so databases seeded before the past klus existed get it once too. */
export const demoPastKlusSeedName = "demo-past-klus-v1";

/** The password of every demo account; printed at start, so never use it for real data. */
export const demoPassword = "noaber-demo-2026";

export interface DemoSeedResult {
  accounts: Array<{ role: RoleSlug; email: string; password: string }>;
}

/** The demo accounts to print at start; they exist once seedDemoData has run on this database. */
export function demoAccountsForDisplay(): DemoSeedResult["accounts"] {
  return demoLoginEmails.map((account) => ({ ...account, password: demoPassword }));
}

function toOpportunity(
  template: DemoOpportunity,
  organisation: { id: string; createdBy: string },
  random: Random,
  now: Date,
): OpportunityOverrides & { organisation_id: string } {
  const suitable = new Set(template.suitable ?? []);
  const common = {
    organisation_id: organisation.id,
    created_by: organisation.createdBy,
    kind: template.kind,
    status: "open" as const,
    title: template.title,
    description: template.description,
    buurt_code: template.buurtCode,
    is_online: template.buurtCode === null,
    vog_required: template.vog ?? false,
    suitable_newcomers: suitable.has("newcomers"),
    suitable_students: suitable.has("students"),
    suitable_groups: suitable.has("groups"),
    suitable_businesses: suitable.has("businesses"),
    languages: template.languages ?? ["nl"],
    min_age: template.minAge ?? null,
    accessibility_notes: template.accessibility ?? "",
    skills: template.skills,
    // Published over the last two weeks, so "newest first" has something to sort.
    published_at: new Date(now.getTime() - random.int(0, 14 * 24) * 3_600_000),
  };
  if (template.kind === "vacancy") {
    return {
      ...common,
      spots: template.spots ?? null,
      hours_per_week: template.hoursPerWeek,
      period: template.period,
      selection_steps: template.vog
        ? "Kennismakingsgesprek, daarna vraag je een VOG aan (de kosten betalen wij)."
        : "Kennismakingsgesprek en een keer meelopen.",
    };
  }
  const startsAt = groningenTime(now, random.int(1, 30), template.startHour ?? random.pick([9, 10, 13, 14, 19]));
  return {
    ...common,
    spots: template.spots ?? random.int(1, 8),
    starts_at: startsAt,
    ends_at: new Date(startsAt.getTime() + (template.durationHours ?? random.int(2, 4)) * 3_600_000),
  };
}

/**
 * Seeds the fictional demo data once per database. The 'demo-v1' seed_runs row is written in the
 * same transaction as the data, so a crash mid-seed leaves nothing and the next start retries;
 * a concurrent second start waits on that row and then seeds nothing. Returns null when the
 * demo data was already there.
 */
export async function seedDemoData(db: Kysely<Database>): Promise<DemoSeedResult | null> {
  const done = await db.selectFrom("seed_runs").select("name").where("name", "=", demoSeedName).executeTakeFirst();
  if (done) {
    await db.transaction().execute((trx) => seedDemoPastKlus(trx, new Date()));
    await db.transaction().execute((trx) => seedDemoBusinessHours(trx, new Date()));
    await db.transaction().execute((trx) => seedDemoModeration(trx));
    return null;
  }

  // One hash for every demo account: the password is public anyway, and it keeps the seed fast.
  const passwordHash = await hashPassword(demoPassword);
  const demoUser = (email: string, displayName: string) => ({
    email,
    display_name: displayName,
    password_hash: passwordHash,
    is_demo: true,
  });

  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto("seed_runs")
      .values({ name: demoSeedName })
      .onConflict((oc) => oc.column("name").doNothing())
      .returning("name")
      .executeTakeFirst();
    if (!claimed) return null;

    const organisations = new Map<DemoOrganisationKey, { organisation: Organisation; createdBy: string }>();
    for (const demo of demoOrganisations) {
      const organisation = await createOrganisation(trx, {
        slug: slugify(demo.name),
        name: demo.name,
        kind: demo.kind,
        partner_type: demo.partnerType ?? null,
        description: demo.description,
        buurt_code: demo.buurtCode,
        is_demo: true,
      });
      const { user } = await createCoordinator(
        trx,
        organisation,
        demoUser(demo.coordinator.email, demo.coordinator.name),
      );
      organisations.set(demo.key, { organisation, createdBy: user.id });
    }

    for (const volunteer of demoVolunteers) {
      const { user } = await createVolunteer(trx, {
        user: demoUser(volunteer.email, volunteer.name),
        profile: { home_buurt_code: volunteer.homeBuurtCode, languages: volunteer.languages, about: volunteer.about },
        skills: volunteer.skills,
      });
      if (volunteer.memberOf) {
        const organisation = organisations.get(volunteer.memberOf)?.organisation;
        if (!organisation) throw new Error(`Unknown demo organisation ${volunteer.memberOf}`);
        await addMembership(trx, organisation.id, user.id, "member");
      }
    }

    const gemeente = await createUser(trx, demoUser(demoGemeenteAccount.email, demoGemeenteAccount.name));
    await grantRole(trx, gemeente.id, "gemeente");

    const random = createRandom(2026);
    const now = new Date();
    await createOpportunities(
      trx,
      demoOpportunities.map((template) => {
        const owner = organisations.get(template.org);
        if (!owner) throw new Error(`Unknown demo organisation ${template.org}`);
        return toOpportunity(template, { id: owner.organisation.id, createdBy: owner.createdBy }, random, now);
      }),
    );
    await seedDemoPastKlus(trx, now);
    await seedDemoBusinessHours(trx, now);
    await seedDemoModeration(trx);

    return { accounts: demoAccountsForDisplay() };
  });
}

/**
 * The demo klus that took place a few days ago, with the demo volunteer's claim on it; written once
 * per database (its own seed_runs row, taken in the caller's transaction). Claims on past klussen
 * are refused by the claims service, so the claim row is written directly.
 */
async function seedDemoPastKlus(trx: Kysely<Database>, now: Date): Promise<void> {
  const claimed = await trx
    .insertInto("seed_runs")
    .values({ name: demoPastKlusSeedName })
    .onConflict((oc) => oc.column("name").doNothing())
    .returning("name")
    .executeTakeFirst();
  if (!claimed) return;

  const coordinatorEmail = demoOrganisations.find((o) => o.key === demoPastKlus.org)?.coordinator.email ?? "";
  const owner = await trx
    .selectFrom("organisations as org")
    .innerJoin("memberships as m", "m.organisation_id", "org.id")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["org.id", "u.id as createdBy"])
    .where("org.is_demo", "=", true)
    .where("u.email", "=", coordinatorEmail)
    .executeTakeFirst();
  const volunteer = await trx
    .selectFrom("users")
    .select("id")
    .where("email", "=", demoPastKlus.volunteerEmail)
    .executeTakeFirst();
  if (!owner || !volunteer) throw new Error("The demo organisation or volunteer of the past klus is missing");

  const startsAt = groningenTime(now, -demoPastKlus.daysAgo, demoPastKlus.startHour ?? 10);
  const template = toOpportunity(demoPastKlus, owner, createRandom(1), now);
  const [klus] = await createOpportunities(trx, [
    {
      ...template,
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + (demoPastKlus.durationHours ?? 3) * 3_600_000),
      published_at: new Date(startsAt.getTime() - 7 * 24 * 3_600_000),
    },
  ]);
  if (!klus) throw new Error("The past demo klus was not inserted");
  await createClaim(trx, { opportunityId: klus.id, volunteerId: volunteer.id });
}
