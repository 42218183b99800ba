import { describe, expect, it } from "vitest";
import { addWorkingDays, isWeekend, median } from "../../../../server/domain/applications/working-days";

describe("addWorkingDays", () => {
  it("skips Saturday and Sunday", () => {
    // Friday 10:00 UTC + 1 working day = Monday 10:00.
    expect(addWorkingDays(new Date("2026-11-20T10:00:00Z"), 1).toISOString()).toBe("2026-11-23T10:00:00.000Z");
    // Wednesday + 3 = Monday.
    expect(addWorkingDays(new Date("2026-11-18T09:00:00Z"), 3).toISOString()).toBe("2026-11-23T09:00:00.000Z");
    // Monday + 3 = Thursday.
    expect(addWorkingDays(new Date("2026-11-16T09:00:00Z"), 3).toISOString()).toBe("2026-11-19T09:00:00.000Z");
    // Saturday + 1 = Monday.
    expect(addWorkingDays(new Date("2026-11-21T12:00:00Z"), 1).toISOString()).toBe("2026-11-23T12:00:00.000Z");
    expect(addWorkingDays(new Date("2026-11-16T09:00:00Z"), 0).toISOString()).toBe("2026-11-16T09:00:00.000Z");
  });

  it("uses Amsterdam time for the weekday", () => {
    // Friday 23:30 UTC is Saturday 00:30 in Amsterdam.
    expect(isWeekend(new Date("2026-11-20T23:30:00Z"))).toBe(true);
    expect(isWeekend(new Date("2026-11-20T22:30:00Z"))).toBe(false);
    // Sunday 23:30 UTC is Monday in Amsterdam.
    expect(isWeekend(new Date("2026-11-22T23:30:00Z"))).toBe(false);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
