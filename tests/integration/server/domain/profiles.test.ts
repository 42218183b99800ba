import { describe, expect, it } from "vitest";
import { createOrganisation, createCoordinator, createVolunteer } from "../../../../db/factories";
import { anonymous, type Actor } from "../../../../server/domain/actor";
import { DomainError } from "../../../../server/domain/errors";
import { createTestServices } from "../../../support/context";

const { db, services } = createTestServices();
const profiles = services.profiles;

// Real reference data, seeded by the global setup.
const selwerd = "BU00141000";
const florabuurt = "BU00140403";

async function newVolunteer(overrides: Parameters<typeof createVolunteer>[1] = {}) {
  const { user } = await createVolunteer(db, overrides);
  const actor: Actor = { kind: "user", userId: user.id, roles: ["volunteer"] };
  return { user, actor };
}

async function stored(userId: string) {
  const profile = await db
    .selectFrom("volunteer_profiles")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  const skills = await db
    .selectFrom("volunteer_skills")
    .select("skill_slug")
    .where("user_id", "=", userId)
    .orderBy("skill_slug")
    .execute();
  return { profile, skills: skills.map((s) => s.skill_slug) };
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function someSkills(count: number) {
  const categories = await services.skills.listCategoriesWithSkills();
  return categories.flatMap((c) => c.skills).slice(0, count);
}

describe("profiles", () => {
  it("reads the home buurt with its wijk, former wijk name and gebied", async () => {
    const { actor } = await newVolunteer({ profile: { home_buurt_code: florabuurt, languages: ["nl", "ar"] } });
    const profile = await profiles.getMyProfile(actor);
    expect(profile.homeBuurt).toMatchObject({
      code: florabuurt,
      name: "Florabuurt",
      wijkName: "Oud-Oost",
      wijkFormerName: "Oosterparkwijk",
      gebiedSlug: "oude-wijken",
      gebiedName: "Oude Wijken",
    });
    expect(profile.languages).toEqual(["nl", "ar"]);
    expect(profile.skills).toEqual([]);
  });

  it("updates buurt, skills, languages, availability, interests and about in one go", async () => {
    const [first, second, third] = await someSkills(3);
    const { user, actor } = await newVolunteer({ skills: [first!.slug, second!.slug] });

    const updated = await profiles.updateMyProfile(actor, {
      homeBuurtCode: selwerd,
      skills: [second!.slug, third!.slug],
      languages: ["nl", "ti"],
      availability: ["mon-evening", "sat-morning"],
      noticesPerWeek: 5,
      interests: [third!.categorySlug],
      about: "  Ik ben handig en heb een auto.  ",
    });

    expect(updated.homeBuurt?.code).toBe(selwerd);
    expect(updated.skills.map((s) => s.slug).sort()).toEqual([second!.slug, third!.slug].sort());
    expect(updated).toMatchObject({
      languages: ["nl", "ti"],
      availability: ["mon-evening", "sat-morning"],
      noticesPerWeek: 5,
      interests: [third!.categorySlug],
      about: "Ik ben handig en heb een auto.",
    });
    const { profile, skills } = await stored(user.id);
    expect(profile).toMatchObject({
      home_buurt_code: selwerd,
      languages: ["nl", "ti"],
      notices_per_week: 5,
      about: "Ik ben handig en heb een auto.",
    });
    expect(skills).toEqual([second!.slug, third!.slug].sort());
    expect(await profiles.getMyProfile(actor)).toEqual(updated);
  });

  it("clears everything when the form is sent empty", async () => {
    const [skill] = await someSkills(1);
    const { user, actor } = await newVolunteer({
      skills: [skill!.slug],
      profile: { about: "Hallo", interests: ["groen"] },
    });
    await profiles.updateMyProfile(actor, {});
    const { profile, skills } = await stored(user.id);
    expect(profile).toMatchObject({ home_buurt_code: null, languages: [], availability: [], interests: [], about: "" });
    expect(skills).toEqual([]);
  });

  it("refuses an unknown buurt, skill or interest with field errors, and writes nothing", async () => {
    const [skill] = await someSkills(1);
    const { user, actor } = await newVolunteer({ skills: [skill!.slug], profile: { about: "Zoals het was" } });
    const before = await stored(user.id);

    const error = await rejection(
      profiles.updateMyProfile(actor, {
        homeBuurtCode: "BU00149999",
        skills: ["bestaat-niet", skill!.slug],
        interests: ["ook-niet"],
        about: "Nieuw",
      }),
    );
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors).toEqual({
      homeBuurtCode: ["profile:errors.homeBuurt.unknown"],
      skills: ["profile:errors.skills.unknown"],
      interests: ["profile:errors.interests.unknown"],
    });

    const onlySkill = await rejection(profiles.updateMyProfile(actor, { skills: ["bestaat-niet"], about: "Nieuw" }));
    expect(onlySkill.fieldErrors).toEqual({ skills: ["profile:errors.skills.unknown"] });

    const badShape = await rejection(
      profiles.updateMyProfile(actor, { languages: ["xx"], about: "a".repeat(1001) } as never),
    );
    expect(Object.keys(badShape.fieldErrors).sort()).toEqual(["about", "languages"]);

    expect(await stored(user.id)).toEqual(before);
  });

  it("changes only the actor's own profile, whatever user id is sent along", async () => {
    const mine = await newVolunteer();
    const theirs = await newVolunteer({ profile: { about: "Van mij af" } });
    const theirsBefore = await stored(theirs.user.id);

    await profiles.updateMyProfile(mine.actor, { about: "Mijn tekst", userId: theirs.user.id } as never);

    expect(await stored(theirs.user.id)).toEqual(theirsBefore);
    expect((await stored(mine.user.id)).profile.about).toBe("Mijn tekst");
  });

  it("refuses anonymous actors and users who are not volunteers", async () => {
    const organisation = await createOrganisation(db);
    const { user } = await createCoordinator(db, organisation);
    const coordinator: Actor = { kind: "user", userId: user.id, roles: ["organisation_coordinator"] };

    expect((await rejection(profiles.getMyProfile(anonymous))).code).toBe("unauthenticated");
    expect((await rejection(profiles.updateMyProfile(anonymous, { about: "x" }))).code).toBe("unauthenticated");
    expect((await rejection(profiles.updateMyProfile(coordinator, { about: "x" }))).code).toBe("forbidden");
    const rows = await db.selectFrom("volunteer_profiles").select("user_id").where("user_id", "=", user.id).execute();
    expect(rows).toEqual([]);
  });

  it("creates the profile row for a volunteer who has none yet", async () => {
    const { user } = await createVolunteer(db);
    await db.deleteFrom("volunteer_profiles").where("user_id", "=", user.id).execute();
    const actor: Actor = { kind: "user", userId: user.id, roles: ["volunteer"] };
    expect((await profiles.getMyProfile(actor)).homeBuurt).toBeNull();
    await profiles.updateMyProfile(actor, { homeBuurtCode: florabuurt });
    expect((await stored(user.id)).profile.home_buurt_code).toBe(florabuurt);
  });
});
