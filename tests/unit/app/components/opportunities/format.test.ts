import { describe, expect, it } from "vitest";
import { formatEuros, formatNumber, formatPeriod } from "../../../../../app/components/opportunities/format";

describe("formatPeriod", () => {
  const start = "2026-12-05T09:00:00.000Z";
  const end = "2026-12-05T12:00:00.000Z";

  it("gives the same text again from memory, in Dutch time", () => {
    const first = formatPeriod(start, end, "nl");
    expect(first).toContain("zaterdag 5 december 2026");
    expect(first).toContain("10:00");
    expect(formatPeriod(start, end, "nl")).toBe(first);
  });

  it("keeps languages and open ends apart", () => {
    expect(formatPeriod(start, end, "en")).toContain("Saturday");
    expect(formatPeriod(start, null, "nl")).not.toBe(formatPeriod(start, end, "nl"));
    expect(formatPeriod(null, end, "nl")).toBeNull();
  });
});

describe("number formatters", () => {
  it("format per language", () => {
    expect(formatNumber(1234, "nl")).toBe("1.234");
    expect(formatNumber(1234, "en")).toBe("1,234");
    expect(formatEuros(15.5, "nl")).toMatch(/€\s?15,50/);
  });
});
