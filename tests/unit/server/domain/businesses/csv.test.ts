import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../../../../server/domain/businesses/csv";

describe("toCsv", () => {
  it("starts with a byte-order mark, separates by semicolons and ends lines with CRLF", () => {
    expect(
      toCsv([
        ["Klus", "Uren"],
        ["Tuin", 12.5],
      ]),
    ).toBe("\uFEFFKlus;Uren\r\nTuin;12.5\r\n");
  });

  it("quotes separators, quotes and line breaks, and doubles quotes", () => {
    expect(csvField('Zeg "hoi"; of niet')).toBe('"Zeg ""hoi""; of niet"');
    expect(csvField("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField(null)).toBe("");
  });

  it("keeps a text that starts like a formula from being run by a spreadsheet", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@SUM")).toBe("'@SUM");
    expect(csvField(-3)).toBe("-3");
  });
});
