import type { Db } from "../../../db/connect";
import { requireVolunteer, type Actor } from "../actor";
import { invalid } from "../errors";
import type { PlacesService } from "../places/places.service";
import type { Buurt } from "../places/places.schemas";
import type { SkillsService } from "../skills/skills.service";
import type { Skill } from "../skills/skills.schemas";
import * as repo from "./profiles.repository";
import {
  availabilitySlots,
  languageCodes,
  updateProfileSchema,
  type AvailabilitySlot,
  type LanguageCode,
  type UpdateProfileInput,
} from "./profiles.schemas";

export interface MyProfile {
  userId: string;
  /** The home buurt with its wijk (and the wijk's former name) and gebied; null until chosen. */
  homeBuurt: Buurt | null;
  /** In taxonomy order. */
  skills: Skill[];
  languages: LanguageCode[];
  /** Empty: flexibel (any day and time). */
  availability: AvailabilitySlot[];
  /** At most this many notices a week; null: not chosen (the default applies). */
  noticesPerWeek: number | null;
  /** Skill category slugs. */
  interests: string[];
  about: string;
  /** "YYYY-MM-DD", or null when not given. */
  birthDate: string | null;
  updatedAt: Date | null;
}

export interface ProfilesDependencies {
  db: Db;
  places: Pick<PlacesService, "findBuurt">;
  skills: Pick<SkillsService, "findUnknownSkills" | "listCategoriesWithSkills">;
}

function parseInput(input: unknown) {
  const result = updateProfileSchema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  throw invalid("The profile is not valid", fieldErrors);
}

const knownLanguages = new Set<string>(languageCodes);
const knownSlots = new Set<string>(availabilitySlots);

/** The volunteer's own profile: home buurt, skills, languages, availability, interests, about. */
export function createProfilesService(deps: ProfilesDependencies) {
  const { db, places, skills } = deps;

  /** The actor's profile; empty fields when they have not filled it in yet. */
  async function getMyProfile(actor: Actor): Promise<MyProfile> {
    const { userId } = requireVolunteer(actor);
    const [row, skillSlugs, categories] = await Promise.all([
      repo.findProfile(db, userId),
      repo.listSkillSlugs(db, userId),
      skills.listCategoriesWithSkills(),
    ]);
    const mine = new Set(skillSlugs);
    return {
      userId,
      homeBuurt: row?.homeBuurtCode ? await places.findBuurt(row.homeBuurtCode) : null,
      skills: categories.flatMap((category) => category.skills.filter((skill) => mine.has(skill.slug))),
      // Values no longer offered are left out rather than shown as codes.
      languages: (row?.languages ?? []).filter((code): code is LanguageCode => knownLanguages.has(code)),
      availability: (row?.availability ?? []).filter((slot): slot is AvailabilitySlot => knownSlots.has(slot)),
      noticesPerWeek: row?.noticesPerWeek ?? null,
      interests: row?.interests ?? [],
      about: row?.about ?? "",
      // A date column comes back as midnight UTC.
      birthDate: row?.birthDate ? row.birthDate.toISOString().slice(0, 10) : null,
      updatedAt: row?.updatedAt ?? null,
    };
  }

  return {
    getMyProfile,

    /**
     * Replaces the actor's profile in one transaction. An unknown buurt, skill or interest gives an
     * 'invalid' error on that field and nothing is written.
     */
    async updateMyProfile(actor: Actor, input: UpdateProfileInput): Promise<MyProfile> {
      const volunteer = requireVolunteer(actor);
      const data = parseInput(input);

      const [buurt, unknownSkills, categories] = await Promise.all([
        data.homeBuurtCode ? places.findBuurt(data.homeBuurtCode) : Promise.resolve(null),
        skills.findUnknownSkills(data.skills),
        skills.listCategoriesWithSkills(),
      ]);
      const categorySlugs = new Set(categories.map((c) => c.slug));
      const fieldErrors: Record<string, string[]> = {};
      if (data.homeBuurtCode && !buurt) fieldErrors.homeBuurtCode = ["profile:errors.homeBuurt.unknown"];
      if (unknownSkills.length > 0) fieldErrors.skills = ["profile:errors.skills.unknown"];
      if (data.interests.some((slug) => !categorySlugs.has(slug)))
        fieldErrors.interests = ["profile:errors.interests.unknown"];
      if (Object.keys(fieldErrors).length > 0)
        throw invalid("The profile refers to unknown places or skills", fieldErrors);

      // The foreign keys still guard the rows should the reference data change meanwhile.
      await db.transaction().execute(async (trx) => {
        await repo.upsertProfile(trx, volunteer.userId, data);
        await repo.replaceSkills(trx, volunteer.userId, data.skills);
      });
      return getMyProfile(volunteer);
    },
  };
}

export type ProfilesService = ReturnType<typeof createProfilesService>;
