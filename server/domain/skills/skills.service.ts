import type { Kysely } from "kysely";
import type { Database } from "../../../db/schema";
import { selectCategories, selectSkills } from "./skills.repository";
import type { SkillCategory } from "./skills.schemas";

interface SkillsCache {
  categories: SkillCategory[];
  slugs: Set<string>;
}

async function loadSkills(db: Kysely<Database>): Promise<SkillsCache> {
  const [categories, skills] = await Promise.all([selectCategories(db), selectSkills(db)]);
  return {
    categories: categories.map((c) => ({ ...c, skills: skills.filter((s) => s.categorySlug === c.slug) })),
    slugs: new Set(skills.map((s) => s.slug)),
  };
}

/** Read-only access to the skills taxonomy, read once and kept in memory (it only changes at start). */
export function createSkillsService(deps: { db: Kysely<Database> }) {
  let cache: Promise<SkillsCache> | undefined;
  const taxonomy = (): Promise<SkillsCache> => {
    cache ??= loadSkills(deps.db).catch((error: unknown) => {
      cache = undefined; // a failed read is retried on the next call
      throw error;
    });
    return cache;
  };

  return {
    /** The categories in taxonomy order, each with its skills in order. */
    async listCategoriesWithSkills(): Promise<readonly SkillCategory[]> {
      return (await taxonomy()).categories;
    },
    /** The given slugs that are not in the taxonomy, each once, in the given order; empty when all are known. */
    async findUnknownSkills(slugs: readonly string[]): Promise<string[]> {
      const { slugs: known } = await taxonomy();
      return [...new Set(slugs)].filter((slug) => !known.has(slug));
    },
  };
}

export type SkillsService = ReturnType<typeof createSkillsService>;
