import { readFile } from "node:fs/promises";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connectDatabase } from "../../../db/connect";
import { seedDemoData, type DemoSeedResult } from "../../../db/seed/demo";
import { demoBusinessHours } from "../../../db/seed/demo-business-hours";
import { demoReportedMessage } from "../../../db/seed/demo-moderation";
import { demoPastKlus } from "../../../db/seed/demo-opportunities";
import { seedReferenceData } from "../../../db/seed/reference";

// Only the database is needed here, so these tests do not depend on every domain service loading.
const db = connectDatabase(inject("databaseUrl"), { max: 3 });
afterAll(() => db.destroy());

const skillsFile = JSON.parse(
  await readFile(new URL("../../../db/seed/data/skills.json", import.meta.url), "utf8"),
) as {
  categories: unknown[];
  skills: Array<{ slug: string }>;
};

async function count(table: "gebieden" | "wijken" | "buurten" | "skill_categories" | "skills"): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function referenceCounts() {
  return {
    gebieden: await count("gebieden"),
    wijken: await count("wijken"),
    buurten: await count("buurten"),
    categories: await count("skill_categories"),
    skills: await count("skills"),
  };
}

const demoOpportunities = () =>
  db
    .selectFrom("opportunities as o")
    .innerJoin("organisations as org", "org.id", "o.organisation_id")
    .where("org.is_demo", "=", true);

async function demoCounts() {
  const n = (query: { executeTakeFirstOrThrow(): Promise<{ n: string | number | bigint }> }) =>
    query.executeTakeFirstOrThrow().then((r) => Number(r.n));
  return {
    users: await n(
      db
        .selectFrom("users")
        .where("is_demo", "=", true)
        .select((eb) => eb.fn.countAll().as("n")),
    ),
    organisations: await n(
      db
        .selectFrom("organisations")
        .where("is_demo", "=", true)
        .select((eb) => eb.fn.countAll().as("n")),
    ),
    opportunities: await n(demoOpportunities().select((eb) => eb.fn.countAll().as("n"))),
    opportunitySkills: await n(
      demoOpportunities()
        .innerJoin("opportunity_skills as s", "s.opportunity_id", "o.id")
        .select((eb) => eb.fn.countAll().as("n")),
    ),
    memberships: await n(
      db
        .selectFrom("memberships as m")
        .innerJoin("organisations as org", "org.id", "m.organisation_id")
        .where("org.is_demo", "=", true)
        .select((eb) => eb.fn.countAll().as("n")),
    ),
  };
}

describe("reference data", () => {
  it("holds the 150 buurten, 20 wijken, 7 gebieden and every skill of skills.json", async () => {
    expect(await referenceCounts()).toEqual({
      gebieden: 7,
      wijken: 20,
      buurten: 150,
      categories: skillsFile.categories.length,
      skills: skillsFile.skills.length,
    });
  });

  it("uses kebab-case gebied slugs and sets the gebied per buurt", async () => {
    const slugs = await db.selectFrom("gebieden").select("slug").orderBy("slug").execute();
    expect(slugs.map((g) => g.slug)).toEqual(["centrum", "haren", "oost", "oude-wijken", "ten-boer", "west", "zuid"]);
    // Zuidoost is split over gebieden: Waterhuizen belongs to Haren, Driebond to Oude Wijken.
    const split = await db
      .selectFrom("buurten")
      .select(["code", "gebied_slug"])
      .where("code", "in", ["BU00140511", "BU00140505"])
      .orderBy("code")
      .execute();
    expect(split).toEqual([
      { code: "BU00140505", gebied_slug: "oude-wijken" },
      { code: "BU00140511", gebied_slug: "haren" },
    ]);
  });

  it("keeps skill positions in file order", async () => {
    const skills = await db.selectFrom("skills").select("slug").orderBy("position").execute();
    expect(skills.map((s) => s.slug)).toEqual(skillsFile.skills.map((s) => s.slug));
  });

  it("can run again without changing anything", async () => {
    const before = await referenceCounts();
    await seedReferenceData(db);
    expect(await referenceCounts()).toEqual(before);
  });
});

describe("demo data", () => {
  // The test database is shared by parallel test files: another file may have seeded the demo
  // data already, in which case this call returns null.
  let first: DemoSeedResult | null = null;
  beforeAll(async () => {
    first = await seedDemoData(db);
  });

  it("is seeded once: a second run seeds nothing", async () => {
    const run = await db.selectFrom("seed_runs").select("name").where("name", "=", "demo-v1").executeTakeFirst();
    expect(run).toBeDefined();
    const before = await demoCounts();
    expect(await seedDemoData(db)).toBeNull();
    expect(await demoCounts()).toEqual(before);
    expect(before.opportunities).toBeGreaterThanOrEqual(55);
  });

  it("returns the demo accounts on the run that seeded", () => {
    if (first === null) return;
    expect(first.accounts.map((a) => a.email)).toEqual(
      expect.arrayContaining([
        "vrijwilliger@demo.noaber.nl",
        "organisatie@demo.noaber.nl",
        "bedrijf@demo.noaber.nl",
        "partner@demo.noaber.nl",
        "gemeente@demo.noaber.nl",
      ]),
    );
    expect(new Set(first.accounts.map((a) => a.password))).toEqual(new Set(["noaber-demo-2026"]));
  });

  it("gives every demo account its role", async () => {
    const roles = await db
      .selectFrom("users as u")
      .innerJoin("user_roles as r", "r.user_id", "u.id")
      .select(["u.email", "r.role_slug"])
      .where("u.email", "in", [
        "vrijwilliger@demo.noaber.nl",
        "organisatie@demo.noaber.nl",
        "bedrijf@demo.noaber.nl",
        "partner@demo.noaber.nl",
        "studenten@demo.noaber.nl",
        "gemeente@demo.noaber.nl",
      ])
      .orderBy("u.email")
      .execute();
    expect(roles).toEqual([
      { email: "bedrijf@demo.noaber.nl", role_slug: "business_coordinator" },
      { email: "gemeente@demo.noaber.nl", role_slug: "gemeente" },
      { email: "organisatie@demo.noaber.nl", role_slug: "organisation_coordinator" },
      { email: "partner@demo.noaber.nl", role_slug: "partner_coordinator" },
      { email: "studenten@demo.noaber.nl", role_slug: "partner_coordinator" },
      { email: "vrijwilliger@demo.noaber.nl", role_slug: "volunteer" },
    ]);
  });

  it("has an organisation of every kind, with a coordinator each", async () => {
    const organisations = await db
      .selectFrom("organisations as org")
      .select(["org.kind", "org.partner_type"])
      .select((eb) =>
        eb
          .selectFrom("memberships as m")
          .whereRef("m.organisation_id", "=", "org.id")
          .where("m.role", "=", "coordinator")
          .select((e) => e.fn.countAll<string>().as("n"))
          .as("coordinators"),
      )
      .where("org.is_demo", "=", true)
      .execute();
    expect(organisations.every((o) => Number(o.coordinators) >= 1)).toBe(true);
    const kinds = new Set(organisations.map((o) => `${o.kind}/${o.partner_type ?? "-"}`));
    expect([...kinds].sort()).toEqual(["business/-", "organisation/-", "partner/coa", "partner/student_association"]);
  });

  it("has open opportunities in every gebied", async () => {
    const perGebied = await demoOpportunities()
      .innerJoin("buurten as b", "b.code", "o.buurt_code")
      .where("o.status", "=", "open")
      .select(["b.gebied_slug"])
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .groupBy("b.gebied_slug")
      .execute();
    expect(perGebied.map((g) => g.gebied_slug).sort()).toEqual([
      "centrum",
      "haren",
      "oost",
      "oude-wijken",
      "ten-boer",
      "west",
      "zuid",
    ]);
  });

  it("writes a search_outbox row for every demo opportunity", async () => {
    const missing = await demoOpportunities()
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom("search_outbox as s").whereRef("s.opportunity_id", "=", "o.id").select("s.id"))),
      )
      .select("o.id")
      .execute();
    expect(missing).toEqual([]);
  });

  it("has a gardening klus in the Florabuurt", async () => {
    const klus = await demoOpportunities()
      .innerJoin("opportunity_skills as s", "s.opportunity_id", "o.id")
      .where("o.kind", "=", "task")
      .where("o.buurt_code", "=", "BU00140403")
      .where("s.skill_slug", "=", "tuinieren")
      .select(["o.title", "o.spots", "o.starts_at", "o.ends_at"])
      .executeTakeFirst();
    expect(klus?.title).toBe("Tuinieren in de buurttuin van de Florabuurt");
  });

  it("schedules the klussen within the next 1 to 30 days, with 1 to 8 spots", async () => {
    if (first === null) return; // seeded by another file, possibly on another day
    const klussen = await demoOpportunities()
      .where("o.kind", "=", "task")
      .where("o.title", "not in", [demoPastKlus.title, demoBusinessHours.title])
      .select(["o.starts_at", "o.ends_at", "o.spots"])
      .execute();
    const now = Date.now();
    for (const k of klussen) {
      const startsIn = (k.starts_at?.getTime() ?? 0) - now;
      expect(startsIn).toBeGreaterThan(0);
      expect(startsIn).toBeLessThan(31 * 24 * 3_600_000);
      expect(k.ends_at!.getTime()).toBeGreaterThan(k.starts_at!.getTime());
      expect(k.spots).toBeGreaterThanOrEqual(1);
      expect(k.spots).toBeLessThanOrEqual(8);
    }
  });

  it("has one klus of the demo coordinator that took place days ago, with the demo volunteer on it", async () => {
    const rows = await demoOpportunities()
      .innerJoin("claims as c", "c.opportunity_id", "o.id")
      .innerJoin("users as v", "v.id", "c.volunteer_id")
      .innerJoin("memberships as m", (join) =>
        join.onRef("m.organisation_id", "=", "org.id").on("m.role", "=", "coordinator"),
      )
      .innerJoin("users as coordinator", "coordinator.id", "m.user_id")
      .where("o.title", "=", demoPastKlus.title)
      .select(["o.starts_at", "o.ends_at", "c.status", "v.email", "coordinator.email as coordinatorEmail"])
      .execute();
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      status: "active",
      email: "vrijwilliger@demo.noaber.nl",
      coordinatorEmail: "organisatie@demo.noaber.nl",
    });
    const endedAgo = Date.now() - row!.ends_at!.getTime();
    expect(endedAgo).toBeGreaterThan(0);
    if (first !== null) expect(endedAgo).toBeLessThan((demoPastKlus.daysAgo + 1) * 24 * 3_600_000);
  });

  it("seeds the past klus once, also on a database seeded before it existed", async () => {
    await db.deleteFrom("seed_runs").where("name", "=", "demo-past-klus-v1").execute();
    const pastKlussen = () => demoOpportunities().where("o.title", "=", demoPastKlus.title).select("o.id").execute();
    const before = await pastKlussen();
    expect(await seedDemoData(db)).toBeNull();
    const after = await pastKlussen();
    expect(after).toHaveLength(before.length + 1);
    await db
      .deleteFrom("opportunities")
      .where(
        "id",
        "in",
        after.filter((a) => !before.some((b) => b.id === a.id)).map((a) => a.id),
      )
      .execute();
    expect(await seedDemoData(db)).toBeNull();
    expect(await pastKlussen()).toHaveLength(before.length);
  });

  it("gives the demo business confirmed hours of its members, once, also on a database seeded before", async () => {
    const hoursOfBusiness = () =>
      db
        .selectFrom("claims as c")
        .innerJoin("opportunities as o", "o.id", "c.opportunity_id")
        .innerJoin("memberships as m", "m.user_id", "c.volunteer_id")
        .innerJoin("organisations as business", "business.id", "m.organisation_id")
        .where("business.is_demo", "=", true)
        .where("business.kind", "=", "business")
        .where("o.title", "=", demoBusinessHours.title)
        .where("c.attendance", "=", "attended")
        .select(["c.hours", "o.id"])
        .execute();
    const before = await hoursOfBusiness();
    expect(before.map((row) => Number(row.hours))).toEqual([demoBusinessHours.hours, demoBusinessHours.hours]);
    await db.deleteFrom("seed_runs").where("name", "=", "demo-business-hours-v1").execute();
    expect(await seedDemoData(db)).toBeNull();
    const after = await hoursOfBusiness();
    expect(after).toHaveLength(4);
    const added = after.filter((a) => !before.some((b) => b.id === a.id)).map((a) => a.id);
    await db.deleteFrom("opportunities").where("id", "in", added).execute();
    expect(await seedDemoData(db)).toBeNull();
    expect(await hoursOfBusiness()).toHaveLength(2);
  });

  it("has one reported message in the demo volunteer's wijk channel, once, also on a database seeded before", async () => {
    const reported = () =>
      db
        .selectFrom("message_reports as r")
        .innerJoin("messages as m", "m.id", "r.message_id")
        .innerJoin("conversations as c", "c.id", "m.conversation_id")
        .where("m.body", "=", demoReportedMessage.body)
        .select(["m.id", "c.kind", "r.reason", "r.handled_at"])
        .execute();
    const before = await reported();
    expect(before).toEqual([
      { id: expect.anything(), kind: "wijk_channel", reason: demoReportedMessage.reason, handled_at: null },
    ]);
    await db.deleteFrom("seed_runs").where("name", "=", "demo-moderation-v1").execute();
    expect(await seedDemoData(db)).toBeNull();
    const after = await reported();
    expect(after).toHaveLength(2);
    const added = after.filter((a) => a.id !== before[0]!.id).map((a) => a.id);
    await db.deleteFrom("messages").where("id", "in", added).execute();
    expect(await seedDemoData(db)).toBeNull();
    expect(await reported()).toHaveLength(1);
  });

  it("mixes klussen and vacatures, with online ones and ones needing a VOG", async () => {
    const row = await demoOpportunities()
      .select([
        sql<number>`count(*) filter (where o.kind = 'task')::int`.as("tasks"),
        sql<number>`count(*) filter (where o.kind = 'vacancy')::int`.as("vacancies"),
        sql<number>`count(*) filter (where o.is_online)::int`.as("online"),
        sql<number>`count(*) filter (where o.vog_required)::int`.as("vog"),
        sql<number>`count(*) filter (where o.suitable_newcomers)::int`.as("newcomers"),
        sql<number>`count(*) filter (where o.suitable_businesses)::int`.as("businesses"),
      ])
      .executeTakeFirstOrThrow();
    expect(row.tasks).toBeGreaterThan(row.vacancies);
    expect(row.vacancies).toBeGreaterThan(10);
    expect(row.online).toBeGreaterThanOrEqual(2);
    expect(row.vog).toBeGreaterThanOrEqual(5);
    expect(row.newcomers).toBeGreaterThanOrEqual(5);
    expect(row.businesses).toBeGreaterThanOrEqual(5);
  });
});
