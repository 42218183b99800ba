import type { Kysely } from "kysely";
import type { Database } from "../../../db/schema";

export function selectCategories(db: Kysely<Database>) {
  return db
    .selectFrom("skill_categories")
    .select(["slug", "name_nl as nameNl", "name_en as nameEn"])
    .orderBy("position")
    .execute();
}

export function selectSkills(db: Kysely<Database>) {
  return db
    .selectFrom("skills")
    .select(["slug", "category_slug as categorySlug", "name_nl as nameNl", "name_en as nameEn"])
    .orderBy("position")
    .execute();
}
