import { describe, expect, it } from "vitest";
import type { Buurt } from "../../../../server/domain/places/places.schemas";
import { normaliseForSearch, rankBuurten, toSearchable } from "../../../../server/domain/places/places.search";

const buurt = (code: string, name: string, wijkName: string, wijkFormerName: string | null = null): Buurt => ({
  code,
  name,
  wijkCode: "WK001400",
  wijkName,
  wijkFormerName,
  gebiedSlug: "centrum",
  gebiedName: "Centrum",
  lat: 53.2,
  lon: 6.5,
});

const buurten = [
  buurt("BU00141605", "Buitengebied Ten Post", "Ten Post e.o."),
  buurt("BU00140403", "Florabuurt", "Oud-Oost", "Oosterparkwijk"),
  buurt("BU00140509", "Stainkoel'n", "Zuidoost"),
  buurt("BU00141600", "Ten Post Dorp", "Ten Post e.o."),
  buurt("BU00141602", "Woltersum", "Ten Post e.o."),
].map(toSearchable);

describe("buurt search", () => {
  it("normalises case, accents and punctuation", () => {
    expect(normaliseForSearch("  Beijum-Oost ")).toBe("beijum oost");
    expect(normaliseForSearch("Stainkoel'n")).toBe("stainkoeln");
    expect(normaliseForSearch("Oekraïens")).toBe("oekraiens");
  });

  it("puts a buurt whose name starts with the query before others in its wijk", () => {
    expect(rankBuurten(buurten, "ten post").map((b) => b.code)).toEqual(["BU00141600", "BU00141605", "BU00141602"]);
  });

  it("finds buurten by the former wijk name", () => {
    expect(rankBuurten(buurten, "OOSTERPARK").map((b) => b.code)).toEqual(["BU00140403"]);
  });

  it("ignores accents and apostrophes in the query", () => {
    expect(rankBuurten(buurten, "stáinkoeln").map((b) => b.code)).toEqual(["BU00140509"]);
  });

  it("returns nothing for a blank query", () => {
    expect(rankBuurten(buurten, "  ")).toEqual([]);
  });
});
