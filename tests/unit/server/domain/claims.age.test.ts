import { describe, expect, it } from "vitest";
import { ageOn, amsterdamDay } from "../../../../server/domain/claims/age";
import { durationHours } from "../../../../server/domain/claims/claims.service";
import { updateProfileSchema } from "../../../../server/domain/profiles/profiles.schemas";

describe("ageOn", () => {
  it("counts whole years, a year older only on or after the birthday", () => {
    expect(ageOn("2008-06-15", "2026-06-14")).toBe(17);
    expect(ageOn("2008-06-15", "2026-06-15")).toBe(18);
    expect(ageOn(new Date("2008-06-15T00:00:00Z"), "2027-01-01")).toBe(18);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
  });

  it("takes the calendar day in Groningen, not in UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(amsterdamDay(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});

describe("durationHours", () => {
  it("rounds to the quarter hour and stays within 0–24", () => {
    const start = new Date("2026-12-05T10:00:00Z");
    expect(durationHours(start, new Date("2026-12-05T12:30:00Z"))).toBe(2.5);
    expect(durationHours(start, new Date("2026-12-05T10:50:00Z"))).toBe(0.75);
    expect(durationHours(start, new Date("2026-12-07T10:00:00Z"))).toBe(24);
    expect(durationHours(null, null)).toBe(0);
  });
});

describe("the birth date on the profile", () => {
  const parse = (birthDate: string | undefined) => updateProfileSchema.safeParse({ birthDate });
  const today = amsterdamDay(new Date());
  const yearsAgo = (years: number) => `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;

  it("is optional, and empty clears it", () => {
    expect(parse(undefined)).toMatchObject({ success: true, data: { birthDate: null } });
  });

  it("accepts ages from 12 to 120", () => {
    expect(parse(yearsAgo(12))).toMatchObject({ success: true, data: { birthDate: yearsAgo(12) } });
    expect(parse(yearsAgo(120))).toMatchObject({ success: true });
  });

  it("refuses impossible dates, the future, and ages outside 12–120", () => {
    const error = (value: string) => {
      const result = parse(value);
      return result.success ? null : result.error.issues[0]?.message;
    };
    expect(error("2001-02-30")).toBe("profile:errors.birthDate.invalid");
    expect(error("31-12-2001")).toBe("profile:errors.birthDate.invalid");
    expect(error(yearsAgo(-1))).toBe("profile:errors.birthDate.future");
    expect(error(yearsAgo(11))).toBe("profile:errors.birthDate.age");
    expect(error(yearsAgo(121))).toBe("profile:errors.birthDate.age");
  });
});
