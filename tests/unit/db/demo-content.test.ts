import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { demoOpportunities } from "../../../db/seed/demo-opportunities";
import { demoOrganisations, demoVolunteers } from "../../../db/seed/demo-organisations";
import { createRandom } from "../../../db/seed/random";
import { slugify } from "../../../db/seed/slugify";

const readData = async <T>(file: string) =>
  JSON.parse(await readFile(new URL(`../../../db/seed/data/${file}`, import.meta.url), "utf8")) as T;

const buurten = await readData<Array<{ code: string; name: string; gebied: string }>>("buurten.json");
const skills = await readData<{ skills: Array<{ slug: string }> }>("skills.json");
const buurtCodes = new Map(buurten.map((b) => [b.code, b]));
const skillSlugs = new Set(skills.skills.map((s) => s.slug));

describe("demo content", () => {
  it("has about sixty opportunities with known buurten and skills", () => {
    expect(demoOpportunities.length).toBeGreaterThanOrEqual(55);
    expect(demoOpportunities.length).toBeLessThanOrEqual(65);
    for (const o of demoOpportunities) {
      if (o.buurtCode !== null) expect(buurtCodes.has(o.buurtCode), o.title).toBe(true);
      expect(o.skills.length, o.title).toBeGreaterThan(0);
      for (const skill of o.skills) expect(skillSlugs.has(skill), `${o.title}: ${skill}`).toBe(true);
    }
    for (const v of demoVolunteers) {
      expect(buurtCodes.has(v.homeBuurtCode)).toBe(true);
      for (const skill of v.skills) expect(skillSlugs.has(skill), `${v.name}: ${skill}`).toBe(true);
    }
    for (const org of demoOrganisations) expect(buurtCodes.has(org.buurtCode)).toBe(true);
  });

  it("spreads over all seven gebieden", () => {
    const gebieden = new Set(
      demoOpportunities.flatMap((o) => (o.buurtCode ? [buurtCodes.get(o.buurtCode)?.gebied] : [])),
    );
    expect(gebieden.size).toBe(7);
  });

  it("has unique titles and organisation slugs, all marked demo", () => {
    expect(new Set(demoOpportunities.map((o) => o.title)).size).toBe(demoOpportunities.length);
    expect(new Set(demoOrganisations.map((o) => slugify(o.name))).size).toBe(demoOrganisations.length);
    expect(demoOrganisations.every((o) => o.name.endsWith("(demo)"))).toBe(true);
  });

  it("gives the same random sequence for the same seed", () => {
    const a = createRandom(2026);
    const b = createRandom(2026);
    const draws = Array.from({ length: 20 }, () => [a.int(1, 30), b.int(1, 30)]);
    expect(draws.every(([x, y]) => x === y && x! >= 1 && x! <= 30)).toBe(true);
  });
});
