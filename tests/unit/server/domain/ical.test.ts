import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, formatUtc } from "../../../../server/domain/agenda/ical";

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(escapeText("bel\u0007 mij")).toBe("bel mij");
    expect(escapeText("Koffie & thee: ja")).toBe("Koffie & thee: ja");
  });
});

describe("foldLine", () => {
  it("folds at 75 octets without splitting a character", () => {
    expect(foldLine("SUMMARY:kort")).toBe("SUMMARY:kort");
    const long = `SUMMARY:${"é".repeat(60)}`;
    const folded = foldLine(long);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(long);
  });
});

describe("buildCalendar", () => {
  it("writes UTC times, a UID per event and CRLF line endings", () => {
    expect(formatUtc(new Date("2026-12-01T09:30:00.123Z"))).toBe("20261201T093000Z");
    const text = buildCalendar({
      name: "Noaber",
      events: [
        {
          uid: "claim-1@noaber",
          start: new Date("2026-12-01T09:30:00Z"),
          end: new Date("2026-12-01T11:30:00Z"),
          stamp: new Date("2026-11-23T08:00:00Z"),
          summary: "Sneeuw ruimen, stoep vegen",
          location: null,
        },
      ],
    });
    expect(text).toBe(
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Gemeente Groningen//Noaber//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Noaber",
        "BEGIN:VEVENT",
        "UID:claim-1@noaber",
        "DTSTAMP:20261123T080000Z",
        "DTSTART:20261201T093000Z",
        "DTEND:20261201T113000Z",
        "SUMMARY:Sneeuw ruimen\\, stoep vegen",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
    );
  });
});
