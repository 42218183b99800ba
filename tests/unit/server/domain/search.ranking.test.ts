import { describe, expect, it } from "vitest";
import {
  distanceKm,
  placeWeights,
  rankingContext,
  rankingTiers,
  skillFactors,
} from "../../../../server/domain/search/search.ranking";
import { groningenDayStart } from "../../../../server/domain/search/search.service";

const centroids = [
  { code: "BU00140403", wijkCode: "WK001404", gebied: "oude-wijken", lat: 53.22658, lon: 6.58958 }, // Florabuurt
  { code: "BU00140402", wijkCode: "WK001404", gebied: "oude-wijken", lat: 53.2269, lon: 6.5836 }, // 0.4 km
  { code: "BU00141204", wijkCode: "WK001412", gebied: "oost", lat: 53.2331, lon: 6.5974 }, // ~0.9 km
  { code: "BU00140901", wijkCode: "WK001409", gebied: "west", lat: 53.2323, lon: 6.5309 }, // 4 km
];

describe("distanceKm", () => {
  it("measures about 4 km between the Florabuurt and Vinkhuizen-Noord", () => {
    const [flora, , , vinkhuizen] = centroids;
    expect(distanceKm(flora!, vinkhuizen!)).toBeGreaterThan(3.8);
    expect(distanceKm(flora!, vinkhuizen!)).toBeLessThan(4.2);
  });
});

describe("rankingContext", () => {
  it("is null without a home buurt and without skills", () => {
    expect(rankingContext(centroids, { homeBuurtCode: null, skills: [] })).toBeNull();
  });

  it("puts buurten within 0.5 km in the first ring and within 1 km in the second", () => {
    const ctx = rankingContext(centroids, { homeBuurtCode: "BU00140403", skills: [] });
    expect(ctx?.nearby).toEqual([["BU00140402"], ["BU00141204"]]);
  });
});

describe("rankingTiers", () => {
  it("gives strictly decreasing weights: place first, then skills", () => {
    const ctx = rankingContext(centroids, { homeBuurtCode: "BU00140403", skills: ["tuinieren", "koken"] });
    const tiers = rankingTiers(ctx!);
    expect(tiers.map((t) => [t.place, t.skills])).toEqual([
      ["own", 2],
      ["own", 1],
      ["own", 0],
      ["nearby", 2],
      ["nearby", 1],
      ["nearby", 0],
      ["nearby2", 2],
      ["nearby2", 1],
      ["nearby2", 0],
      ["wijk", 2],
      ["wijk", 1],
      ["wijk", 0],
      ["gebied", 2],
      ["gebied", 1],
      ["gebied", 0],
      ["rest", 2],
      ["rest", 1],
      ["rest", 0],
    ]);
    for (let i = 1; i < tiers.length; i++) expect(tiers[i]!.weight).toBeLessThan(tiers[i - 1]!.weight);
    expect(tiers[0]!.weight).toBe(placeWeights.own * skillFactors[0]);
    expect(tiers[0]!.filter).toEqual(['buurtCode = "BU00140403"', '((skills = "koken" AND skills = "tuinieren"))']);
  });

  it("without a home buurt ranks by skills only", () => {
    const tiers = rankingTiers(rankingContext(centroids, { homeBuurtCode: null, skills: ["tuinieren"] })!);
    expect(tiers.map((t) => t.filter)).toEqual([['skills IN ["tuinieren"]'], ['skills NOT IN ["tuinieren"]']]);
  });
});

describe("groningenDayStart", () => {
  it("is midnight in Groningen: 23:00 UTC in winter, 22:00 UTC in summer", () => {
    expect(new Date(groningenDayStart("2026-01-15")!).toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(new Date(groningenDayStart("2026-07-15")!).toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(new Date(groningenDayStart("2026-07-15", 1)!).toISOString()).toBe("2026-07-15T22:00:00.000Z");
  });
});
