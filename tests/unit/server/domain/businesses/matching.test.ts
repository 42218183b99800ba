import { describe, expect, it } from "vitest";
import { matchOfferAndRequest, rankMatches, type Matchable } from "../../../../../server/domain/businesses/matching";

const offer = (overrides: Partial<Matchable> = {}): Matchable => ({
  type: "team_day",
  periodStart: "2027-03-01",
  periodEnd: "2027-05-31",
  skills: ["koken", "tuinieren"],
  wijken: ["WK001401", "WK001402"],
  ...overrides,
});
const request = (overrides: Partial<Matchable> = {}): Matchable => ({
  type: "team_day",
  periodStart: "2027-04-15",
  periodEnd: "2027-06-30",
  skills: ["tuinieren"],
  wijken: ["WK001402"],
  ...overrides,
});

describe("matchOfferAndRequest", () => {
  it("matches on a shared skill, a preferred wijk and overlapping periods, and says why", () => {
    expect(matchOfferAndRequest(offer(), request())).toMatchObject({
      sharedSkills: ["tuinieren"],
      wijk: "preferred",
      overlap: { from: "2027-04-15", to: "2027-05-31" },
    });
  });

  it("refuses a different type, periods that do not meet, a wijk the business did not choose, or no shared skill", () => {
    expect(matchOfferAndRequest(offer(), request({ type: "expertise" }))).toBeNull();
    expect(matchOfferAndRequest(offer(), request({ periodStart: "2027-06-01" }))).toBeNull();
    expect(matchOfferAndRequest(offer(), request({ wijken: ["WK001409"] }))).toBeNull();
    expect(matchOfferAndRequest(offer(), request({ skills: ["boekhouden"] }))).toBeNull();
  });

  it("counts a period that touches on one day, an offer anywhere, and a side without skills", () => {
    expect(matchOfferAndRequest(offer(), request({ periodStart: "2027-05-31" }))?.overlap).toEqual({
      from: "2027-05-31",
      to: "2027-05-31",
    });
    expect(matchOfferAndRequest(offer({ wijken: [] }), request({ wijken: ["WK001409"] }))?.wijk).toBe("anywhere");
    expect(matchOfferAndRequest(offer(), request({ wijken: [] }))?.wijk).toBe("anywhere");
    expect(matchOfferAndRequest(offer({ skills: [] }), request())?.sharedSkills).toEqual([]);
  });
});

describe("rankMatches", () => {
  it("puts more shared skills first, then a preferred wijk, from either side", () => {
    const offers = [{ id: "o1", ...offer() }];
    const requests = [
      { id: "anywhere", ...request({ wijken: [] }) },
      { id: "two-skills", ...request({ skills: ["koken", "tuinieren"], wijken: [] }) },
      { id: "preferred", ...request() },
      { id: "no-match", ...request({ type: "materials" }) },
    ];
    expect(rankMatches(offers, requests, "offer").map((m) => m.theirs.id)).toEqual([
      "two-skills",
      "preferred",
      "anywhere",
    ]);
    expect(rankMatches([requests[2]!], offers, "request").map((m) => m.theirs.id)).toEqual(["o1"]);
  });
});
