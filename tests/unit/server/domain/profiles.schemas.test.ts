import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { availabilitySlots, updateProfileSchema } from "../../../../server/domain/profiles/profiles.schemas";

function errorsOf(input: Record<string, unknown>) {
  const result = updateProfileSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
}

describe("updateProfileSchema", () => {
  it("fills in an empty profile", () => {
    expect(updateProfileSchema.parse({})).toEqual({
      birthDate: null,
      homeBuurtCode: null,
      skills: [],
      languages: [],
      availability: [],
      noticesPerWeek: null,
      interests: [],
      about: "",
    });
  });

  it("keeps a full profile and drops duplicates", () => {
    const result = updateProfileSchema.parse({
      homeBuurtCode: "BU00140403",
      skills: ["tuinieren", "tuinieren", "koken"],
      languages: ["nl", "ar", "nl"],
      availability: ["mon-evening", "sat-morning"],
      interests: ["groen"],
      about: "  Ik help graag in de tuin.\nOok in het weekend.  ",
    });
    expect(result).toEqual({
      birthDate: null,
      homeBuurtCode: "BU00140403",
      skills: ["tuinieren", "koken"],
      languages: ["nl", "ar"],
      availability: ["mon-evening", "sat-morning"],
      noticesPerWeek: null,
      interests: ["groen"],
      about: "Ik help graag in de tuin.\nOok in het weekend.",
    });
  });

  it("has 21 availability slots: the seven days, morning, afternoon and evening", () => {
    expect(availabilitySlots).toHaveLength(21);
    expect(availabilitySlots.slice(0, 4)).toEqual(["mon-morning", "mon-afternoon", "mon-evening", "tue-morning"]);
    expect(availabilitySlots.at(-1)).toBe("sun-evening");
  });

  it("flexibel is no times; 'only these times' needs at least one, and both at once is asked about", () => {
    expect(updateProfileSchema.parse({ availabilityMode: "flexible" }).availability).toEqual([]);
    expect(
      updateProfileSchema.parse({ availabilityMode: "times", availability: ["mon-evening"] }).availability,
    ).toEqual(["mon-evening"]);
    expect(errorsOf({ availabilityMode: "times", availability: [] }).availability).toContain(
      "profile:errors.availability.none",
    );
    expect(errorsOf({ availabilityMode: "flexible", availability: ["mon-evening"] }).availability).toContain(
      "profile:errors.availability.both",
    );
  });

  it("takes a weekly number of notices from the choices only", () => {
    expect(updateProfileSchema.parse({ noticesPerWeek: 5 }).noticesPerWeek).toBe(5);
    expect(errorsOf({ noticesPerWeek: 4 }).noticesPerWeek).toContain("profile:errors.noticesPerWeek.unknown");
  });

  it.each([
    [{ homeBuurtCode: "WK001404" }, "homeBuurtCode", "profile:errors.homeBuurt.unknown"],
    [{ homeBuurtCode: "Florabuurt" }, "homeBuurtCode", "profile:errors.homeBuurt.unknown"],
    [{ skills: ["<script>"] }, "skills", "profile:errors.skills.unknown"],
    [{ skills: Array.from({ length: 101 }, (_, i) => `s${i}`) }, "skills", "profile:errors.skills.tooMany"],
    [{ languages: ["klingon"] }, "languages", "profile:errors.languages.unknown"],
    [{ availability: ["weekday-morning"] }, "availability", "profile:errors.availability.unknown"],
    [{ availability: ["sunday-night"] }, "availability", "profile:errors.availability.unknown"],
    [{ interests: ["Groen en buiten"] }, "interests", "profile:errors.interests.unknown"],
    [{ about: "a".repeat(1001) }, "about", "profile:errors.about.tooLong"],
    [{ about: "hallo\u0007" }, "about", "profile:errors.about.characters"],
  ])("refuses %j", (input, field, message) => {
    expect(errorsOf(input)[field as keyof ReturnType<typeof errorsOf>]).toContain(message);
  });

  it("accepts an about text of exactly 1000 characters", () => {
    expect(errorsOf({ about: "a".repeat(1000) })).toEqual({});
  });

  it("reads form data: one ticked box is a list of one, an empty select clears the buurt", () => {
    const form = new FormData();
    form.set("homeBuurtCode", "");
    form.append("skills", "tuinieren");
    form.append("languages", "nl");
    form.append("languages", "tr");
    form.set("about", "");
    const submission = parseWithZod(form, { schema: updateProfileSchema });
    expect(submission.status).toBe("success");
    expect(submission.status === "success" ? submission.value : null).toEqual({
      birthDate: null,
      homeBuurtCode: null,
      skills: ["tuinieren"],
      languages: ["nl", "tr"],
      availability: [],
      noticesPerWeek: null,
      interests: [],
      about: "",
    });
  });
});
