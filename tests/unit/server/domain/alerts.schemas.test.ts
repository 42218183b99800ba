import { describe, expect, it } from "vitest";
import { preferencesSchema } from "../../../../server/domain/alerts/alerts.schemas";

describe("the notification settings form", () => {
  it("reads an unticked e-mail box as off and empty fields as not set", () => {
    expect(
      preferencesSchema.parse({ digestFrequency: "daily", quietHoursStart: "", quietHoursEnd: "", pausedUntil: "" }),
    ).toEqual({ emailEnabled: false, digestFrequency: "daily" });
  });

  it("takes both ends of quiet hours and a real date", () => {
    expect(
      preferencesSchema.parse({
        emailEnabled: true,
        digestFrequency: "hourly",
        quietHoursStart: "22:00",
        quietHoursEnd: "07:30",
        pausedUntil: "2028-02-29",
      }),
    ).toMatchObject({
      emailEnabled: true,
      quietHoursStart: "22:00",
      quietHoursEnd: "07:30",
      pausedUntil: "2028-02-29",
    });
  });

  it("names the field of each problem", () => {
    const result = preferencesSchema.safeParse({
      digestFrequency: "weekly",
      quietHoursEnd: "25:00",
      pausedUntil: "2027-02-29",
    });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["digestFrequency", "alerts:errors.digestFrequency"],
        ["quietHoursEnd", "alerts:errors.clockTime"],
        ["pausedUntil", "alerts:errors.pausedUntil.invalid"],
      ]),
    );
  });
});
