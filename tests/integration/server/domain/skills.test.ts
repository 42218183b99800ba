import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { createTestServices } from "../../../support/context";

const { services } = createTestServices();
const skills = services.skills;

const skillsFile = JSON.parse(
  await readFile(new URL("../../../../db/seed/data/skills.json", import.meta.url), "utf8"),
) as {
  categories: Array<{ slug: string }>;
  skills: Array<{ slug: string; category: string }>;
};

describe("skills", () => {
  it("lists the categories in file order, each with its skills in file order", async () => {
    const categories = await skills.listCategoriesWithSkills();
    expect(categories.map((c) => c.slug)).toEqual(skillsFile.categories.map((c) => c.slug));
    for (const category of categories) {
      expect(category.skills.map((s) => s.slug)).toEqual(
        skillsFile.skills.filter((s) => s.category === category.slug).map((s) => s.slug),
      );
    }
    expect(categories.find((c) => c.slug === "groen")?.skills[0]).toEqual({
      slug: "tuinieren",
      categorySlug: "groen",
      nameNl: "Tuinieren",
      nameEn: "Gardening",
    });
  });

  it("reports unknown skills once each, and none for known ones", async () => {
    expect(await skills.findUnknownSkills(["tuinieren", "koken"])).toEqual([]);
    expect(await skills.findUnknownSkills(["tuinieren", "vliegen", "vliegen", "Koken"])).toEqual(["vliegen", "Koken"]);
    expect(await skills.findUnknownSkills([])).toEqual([]);
  });
});
