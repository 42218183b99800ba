import type { DbOrTrx } from "../../../db/connect";

export interface BuurtCentroid {
  code: string;
  wijkCode: string;
  gebied: string;
  lat: number;
  lon: number;
}

/** Every buurt's centroid (reference data: 150 rows). */
export async function listBuurtCentroids(db: DbOrTrx): Promise<BuurtCentroid[]> {
  return db
    .selectFrom("buurten")
    .select(["code", "wijk_code as wijkCode", "gebied_slug as gebied", "lat", "lon"])
    .orderBy("code")
    .execute();
}

/** What personal ranking needs of a volunteer: home buurt and skills. */
export async function findRankingProfile(
  db: DbOrTrx,
  userId: string,
): Promise<{ homeBuurtCode: string | null; skills: string[] }> {
  const [profile, skills] = await Promise.all([
    db.selectFrom("volunteer_profiles").select("home_buurt_code").where("user_id", "=", userId).executeTakeFirst(),
    db
      .selectFrom("volunteer_skills")
      .select("skill_slug")
      .where("user_id", "=", userId)
      .orderBy("skill_slug")
      .execute(),
  ]);
  return { homeBuurtCode: profile?.home_buurt_code ?? null, skills: skills.map((row) => row.skill_slug) };
}
