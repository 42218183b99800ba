import { z } from "zod";

export const skillSlugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]+$/, "skills.invalidSkill");

/** The skills a person or opportunity picks; whether they exist is checked by the skills service. */
export const skillSlugsSchema = z.array(skillSlugSchema).max(20, "skills.tooMany");

export interface Skill {
  slug: string;
  categorySlug: string;
  nameNl: string;
  nameEn: string;
}

export interface SkillCategory {
  slug: string;
  nameNl: string;
  nameEn: string;
  skills: Skill[];
}
