import { describe, expect, it } from "vitest";
import { digestDue, mayEmailNow } from "../../../../server/domain/alerts/mail-policy";
import {
  amsterdamMinutes,
  formatClockTime,
  isInQuietHours,
  isPaused,
  parseClockTime,
} from "../../../../server/domain/alerts/quiet-hours";

const at = (iso: string) => new Date(iso);
const clock = (value: string) => parseClockTime(value) ?? Number.NaN;

describe("quiet hours", () => {
  it("reads the local time in Groningen, winter and summer", () => {
    expect(amsterdamMinutes(at("2025-01-15T21:30:00Z"))).toBe(clock("22:30"));
    expect(amsterdamMinutes(at("2025-07-15T21:30:00Z"))).toBe(clock("23:30"));
  });

  it("spans midnight when the start is after the end", () => {
    const [start, end] = [clock("22:00"), clock("07:00")];
    expect(isInQuietHours(at("2025-01-15T20:59:00Z"), start, end)).toBe(false); // 21:59
    expect(isInQuietHours(at("2025-01-15T21:00:00Z"), start, end)).toBe(true); // 22:00
    expect(isInQuietHours(at("2025-01-15T23:30:00Z"), start, end)).toBe(true); // 00:30
    expect(isInQuietHours(at("2025-01-16T05:59:00Z"), start, end)).toBe(true); // 06:59
    expect(isInQuietHours(at("2025-01-16T06:00:00Z"), start, end)).toBe(false); // 07:00
  });

  it("keeps quiet hours within one day", () => {
    const [start, end] = [clock("12:00"), clock("14:00")];
    expect(isInQuietHours(at("2025-01-15T11:30:00Z"), start, end)).toBe(true); // 12:30
    expect(isInQuietHours(at("2025-01-15T13:00:00Z"), start, end)).toBe(false); // 14:00
    expect(isInQuietHours(at("2025-01-15T10:59:00Z"), start, end)).toBe(false); // 11:59
  });

  it("follows the clock on the nights summer time starts and ends", () => {
    const [start, end] = [clock("01:00"), clock("03:30")];
    // 30 March 2025: 02:00 becomes 03:00. 00:59 UTC = 01:59 CET (quiet), 01:00 UTC = 03:00 CEST (quiet),
    // 01:30 UTC = 03:30 CEST (over): the quiet night is an hour shorter, as the clock says.
    expect(isInQuietHours(at("2025-03-30T00:59:00Z"), start, end)).toBe(true);
    expect(isInQuietHours(at("2025-03-30T01:00:00Z"), start, end)).toBe(true);
    expect(isInQuietHours(at("2025-03-30T01:30:00Z"), start, end)).toBe(false);
    // 26 October 2025: 03:00 becomes 02:00 again. 01:15 UTC = 02:15 CET (quiet), 02:30 UTC = 03:30 CET (over).
    expect(isInQuietHours(at("2025-10-26T00:15:00Z"), start, end)).toBe(true); // 02:15 CEST
    expect(isInQuietHours(at("2025-10-26T01:15:00Z"), start, end)).toBe(true); // 02:15 CET
    expect(isInQuietHours(at("2025-10-26T02:30:00Z"), start, end)).toBe(false);
  });

  it("has no quiet hours without both ends, or with equal ends", () => {
    const night = at("2025-01-15T23:00:00Z");
    expect(isInQuietHours(night, null, null)).toBe(false);
    expect(isInQuietHours(night, clock("22:00"), null)).toBe(false);
    expect(isInQuietHours(night, clock("22:00"), clock("22:00"))).toBe(false);
  });

  it("parses and formats clock times", () => {
    expect(parseClockTime("00:00")).toBe(0);
    expect(parseClockTime("23:59")).toBe(1439);
    for (const bad of ["24:00", "7:00", "12:60", "", "12.30"]) expect(parseClockTime(bad)).toBeNull();
    expect(formatClockTime(1350)).toBe("22:30");
    expect(formatClockTime(5)).toBe("00:05");
  });
});

describe("pausing", () => {
  it("lasts through the local end date, also late in the evening", () => {
    expect(isPaused(at("2025-06-20T21:59:00Z"), "2025-06-20")).toBe(true); // 23:59 on the 20th
    expect(isPaused(at("2025-06-20T22:00:00Z"), "2025-06-20")).toBe(false); // 00:00 on the 21st
    expect(isPaused(at("2025-06-20T10:00:00Z"), null)).toBe(false);
  });
});

describe("the mail policy", () => {
  const open = { emailEnabled: true, pausedUntil: null, quietHoursStart: null, quietHoursEnd: null };
  const noon = at("2025-01-15T11:00:00Z");

  it("mails only with e-mail on, not paused and outside quiet hours", () => {
    expect(mayEmailNow(open, noon)).toBe(true);
    expect(mayEmailNow({ ...open, emailEnabled: false }, noon)).toBe(false);
    expect(mayEmailNow({ ...open, pausedUntil: "2025-01-15" }, noon)).toBe(false);
    expect(mayEmailNow({ ...open, quietHoursStart: clock("11:00"), quietHoursEnd: clock("13:00") }, noon)).toBe(false);
  });

  it("sends a digest at most once per chosen interval", () => {
    expect(digestDue({ digestFrequency: "hourly", lastDigestAt: null }, noon)).toBe(true);
    expect(digestDue({ digestFrequency: "hourly", lastDigestAt: at("2025-01-15T10:01:00Z") }, noon)).toBe(false);
    expect(digestDue({ digestFrequency: "hourly", lastDigestAt: at("2025-01-15T10:00:00Z") }, noon)).toBe(true);
    expect(digestDue({ digestFrequency: "daily", lastDigestAt: at("2025-01-14T12:00:00Z") }, noon)).toBe(false);
    expect(digestDue({ digestFrequency: "daily", lastDigestAt: at("2025-01-14T11:00:00Z") }, noon)).toBe(true);
  });
});
