import { describe, expect, it } from "vitest";
import { parseAmsterdamDateTime, toAmsterdamInputValue } from "../../../../server/domain/opportunities/amsterdam-time";
import {
  addLocalDays,
  isCalendarDate,
  occurrenceStarts,
  occurrences,
} from "../../../../server/domain/opportunities/opportunities.series";

const at = (local: string) => {
  const date = parseAmsterdamDateTime(local);
  if (!date) throw new Error(`not a time: ${local}`);
  return date;
};
const local = (dates: Date[]) => dates.map(toAmsterdamInputValue);

describe("occurrenceStarts", () => {
  it("keeps 10:00 Amsterdam time every week across the change to winter time", () => {
    // 2026: summer time ends on Sunday 25 October.
    const starts = occurrenceStarts(at("2026-10-14T10:00"), "weekly", "2026-11-04", 52);
    expect(local(starts)).toEqual(["2026-10-14T10:00", "2026-10-21T10:00", "2026-10-28T10:00", "2026-11-04T10:00"]);
    expect(starts.map((d) => d.toISOString())).toEqual([
      "2026-10-14T08:00:00.000Z",
      "2026-10-21T08:00:00.000Z",
      "2026-10-28T09:00:00.000Z",
      "2026-11-04T09:00:00.000Z",
    ]);
  });

  it("keeps the time across the change to summer time, every other week", () => {
    // 2027: summer time starts on Sunday 28 March.
    const starts = occurrenceStarts(at("2027-03-17T19:30"), "biweekly", "2027-04-30", 52);
    expect(local(starts)).toEqual(["2027-03-17T19:30", "2027-03-31T19:30", "2027-04-14T19:30", "2027-04-28T19:30"]);
    expect(starts[1]?.toISOString()).toBe("2027-03-31T17:30:00.000Z");
  });

  it("counts the last day itself, and nothing after it", () => {
    expect(occurrenceStarts(at("2026-12-01T10:00"), "weekly", "2026-12-15", 52)).toHaveLength(3);
    expect(occurrenceStarts(at("2026-12-01T10:00"), "weekly", "2026-12-14", 52)).toHaveLength(2);
    // A late-evening start is judged by its Amsterdam day, not its UTC day.
    expect(occurrenceStarts(at("2026-12-01T23:30"), "weekly", "2026-12-08", 52)).toHaveLength(2);
  });

  it("gives nothing when the last day is before the first start", () => {
    expect(occurrenceStarts(at("2026-12-01T10:00"), "weekly", "2026-11-30", 52)).toEqual([]);
  });

  it("stops at the maximum", () => {
    expect(occurrenceStarts(at("2026-12-01T10:00"), "weekly", "2030-01-01", 53)).toHaveLength(53);
  });
});

describe("occurrences", () => {
  it("gives each start its end at the same local time", () => {
    const result = occurrences(
      { startsAt: at("2026-10-21T10:00"), endsAt: at("2026-10-21T12:15") },
      "weekly",
      "2026-10-28",
      52,
    );
    expect(result.map((o) => [toAmsterdamInputValue(o.startsAt), toAmsterdamInputValue(o.endsAt)])).toEqual([
      ["2026-10-21T10:00", "2026-10-21T12:15"],
      ["2026-10-28T10:00", "2026-10-28T12:15"],
    ]);
  });
});

describe("addLocalDays", () => {
  it("moves a time that does not exist on the spring change an hour on", () => {
    expect(toAmsterdamInputValue(addLocalDays(at("2027-03-21T02:30"), 7))).toBe("2027-03-28T03:30");
  });
});

describe("isCalendarDate", () => {
  it.each([
    ["2026-12-31", true],
    ["2028-02-29", true],
    ["2027-02-29", false],
    ["2026-13-01", false],
    ["31-12-2026", false],
    ["", false],
  ])("%s → %s", (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
