import type { DbOrTrx, Trx } from "../../../db/connect";
import type { UpdateProfileData } from "./profiles.schemas";

export async function findProfile(db: DbOrTrx, userId: string) {
  return db
    .selectFrom("volunteer_profiles")
    .select([
      "home_buurt_code as homeBuurtCode",
      "languages",
      "availability",
      "interests",
      "about",
      "birth_date as birthDate",
      "notices_per_week as noticesPerWeek",
      "updated_at as updatedAt",
    ])
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export async function listSkillSlugs(db: DbOrTrx, userId: string): Promise<string[]> {
  const rows = await db.selectFrom("volunteer_skills").select("skill_slug").where("user_id", "=", userId).execute();
  return rows.map((row) => row.skill_slug);
}

/** Writes the profile row, creating it when the volunteer has none yet. */
export async function upsertProfile(trx: Trx, userId: string, data: Omit<UpdateProfileData, "skills">): Promise<void> {
  const values = {
    home_buurt_code: data.homeBuurtCode,
    languages: data.languages,
    availability: data.availability,
    interests: data.interests,
    about: data.about,
    birth_date: data.birthDate,
    notices_per_week: data.noticesPerWeek,
    updated_at: new Date(),
  };
  await trx
    .insertInto("volunteer_profiles")
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
    .execute();
}

/** Makes the volunteer's skills exactly `slugs`: removes the others, adds the new ones. */
export async function replaceSkills(trx: Trx, userId: string, slugs: readonly string[]): Promise<void> {
  let remove = trx.deleteFrom("volunteer_skills").where("user_id", "=", userId);
  if (slugs.length > 0) remove = remove.where("skill_slug", "not in", slugs);
  await remove.execute();
  if (slugs.length > 0) {
    await trx
      .insertInto("volunteer_skills")
      .values(slugs.map((skill_slug) => ({ user_id: userId, skill_slug })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
