import { describe, expect, it } from "vitest";
import {
  MAX_WAVE_INTERVAL_MS,
  NO_ONE_LEFT_RECHECK_MS,
  nextWaveDue,
  MAX_WAVE_SIZE,
  MIN_WAVE_INTERVAL_MS,
  compareRanked,
  isAvailable,
  rankCandidate,
  selectWave,
  slotOf,
  waveInterval,
  waveSize,
  type Candidate,
  type KlusForRanking,
} from "../../../../../server/domain/notices/notices.ranking";

// Oosterpark (Oud-Oost, Oude Wijken) and places around it, with rounded centroids.
const klus: KlusForRanking = {
  buurtCode: "BU00140403",
  wijkCode: "WK001404",
  gebiedSlug: "oude-wijken",
  lat: 53.2165,
  lon: 6.5835,
  skills: ["tuinieren", "koken"],
  languages: [],
  minAge: null,
  slot: { day: "sat", part: "morning" },
};
const home = {
  own: { buurtCode: "BU00140403", wijkCode: "WK001404", gebiedSlug: "oude-wijken", lat: 53.2165, lon: 6.5835 },
  // About 0.7 km east.
  nextDoor: { buurtCode: "BU00140401", wijkCode: "WK001405", gebiedSlug: "zuid", lat: 53.2165, lon: 6.594 },
  // About 2 km away, same wijk.
  wijk: { buurtCode: "BU00140402", wijkCode: "WK001404", gebiedSlug: "oude-wijken", lat: 53.2345, lon: 6.5835 },
  // About 3 km away, same gebied.
  gebied: { buurtCode: "BU00140200", wijkCode: "WK001402", gebiedSlug: "oude-wijken", lat: 53.2165, lon: 6.539 },
  // Ten Boer, about 11 km away.
  far: { buurtCode: "BU00141500", wijkCode: "WK001415", gebiedSlug: "ten-boer", lat: 53.275, lon: 6.69 },
};

function candidate(userId: string, overrides: Partial<Candidate> = {}): Candidate {
  return {
    userId,
    home: home.own,
    skills: ["tuinieren"],
    languages: ["nl"],
    availability: [],
    cap: 3,
    noticesThisWeek: 0,
    noticesTotal: 0,
    noticesAnswered: 0,
    hasBirthDate: true,
    ...overrides,
  };
}

const order = (candidates: Candidate[], k = klus) =>
  candidates
    .map((c) => rankCandidate(c, k))
    .sort(compareRanked)
    .map((r) => r.userId);

describe("the Groningen day and part of the day", () => {
  it("splits the day at 12:00 and 18:00, in Amsterdam time", () => {
    // Saturday 6 June 2026: 09:59 local is 07:59 UTC (summer time).
    expect(slotOf(new Date("2026-06-06T07:59:00Z"))).toEqual({ day: "sat", part: "morning" });
    expect(slotOf(new Date("2026-06-06T10:00:00Z"))).toEqual({ day: "sat", part: "afternoon" });
    expect(slotOf(new Date("2026-06-06T16:00:00Z"))).toEqual({ day: "sat", part: "evening" });
    // 23:30 UTC on Sunday is already Monday 00:30 in winter time.
    expect(slotOf(new Date("2026-12-06T23:30:00Z"))).toEqual({ day: "mon", part: "morning" });
  });

  it("counts nobody saved as flexibel, and otherwise only the chosen slot", () => {
    expect(isAvailable({ availability: [] }, klus)).toBe(true);
    expect(isAvailable({ availability: ["sat-morning"] }, klus)).toBe(true);
    expect(isAvailable({ availability: ["sat-evening", "sun-morning"] }, klus)).toBe(false);
    expect(isAvailable({ availability: ["sat-evening"] }, { slot: null })).toBe(true);
  });
});

describe("the ranking of candidates", () => {
  it("puts near, skilled and available first; distance, skills and availability each count", () => {
    const best = candidate("e", { availability: ["sat-morning"], skills: ["tuinieren", "koken"] });
    const oneSkill = candidate("d", { availability: ["sat-morning"] });
    const flexible = candidate("c");
    const fartherAway = candidate("b", {
      home: home.wijk,
      availability: ["sat-morning"],
      skills: ["tuinieren", "koken"],
    });
    const noSkill = candidate("a", { skills: [], availability: ["sat-morning"] });
    // 2 km away with both skills weighs more than next door with one of two.
    expect(order([noSkill, fartherAway, flexible, oneSkill, best])).toEqual(["e", "b", "d", "c", "a"]);
  });

  it("prefers who speaks a language of the klus, when it asks for one", () => {
    const withLanguage = { ...klus, languages: ["ar"] };
    expect(order([candidate("a"), candidate("b", { languages: ["nl", "ar"] })], withLanguage)).toEqual(["b", "a"]);
    expect(order([candidate("b", { languages: ["nl", "ar"] }), candidate("a")])).toEqual(["a", "b"]);
  });

  it("prefers who answered notices before (smoothed) and who had fewer notices this week", () => {
    const answered = candidate("b", { noticesTotal: 4, noticesAnswered: 3 });
    const ignored = candidate("a", { noticesTotal: 4, noticesAnswered: 0 });
    const newcomer = candidate("c");
    expect(order([ignored, newcomer, answered])).toEqual(["b", "c", "a"]);
    expect(order([candidate("a", { noticesThisWeek: 2 }), candidate("b", { noticesThisWeek: 0 })])).toEqual(["b", "a"]);
  });

  it("ranks someone whose birth date is unknown lower for a klus with a minimum age", () => {
    expect(
      order([candidate("a", { hasBirthDate: false }), candidate("b", { hasBirthDate: true })], { ...klus, minAge: 18 }),
    ).toEqual(["b", "a"]);
  });

  it("breaks ties by user id, so a run is repeatable", () => {
    expect(order([candidate("c"), candidate("a"), candidate("b")])).toEqual(["a", "b", "c"]);
  });

  it("gives scores between 0 and 1 with the reasons", () => {
    const ranked = rankCandidate(candidate("a", { availability: ["sat-morning"] }), klus);
    expect(ranked.score).toBeGreaterThan(0);
    expect(ranked.score).toBeLessThanOrEqual(1);
    expect(ranked.reasons).toEqual(["near", "skill", "available"]);
    expect(rankCandidate(candidate("b", { home: home.nextDoor }), klus).scope).toBe("near");
  });
});

describe("a wave", () => {
  const everyone = [
    candidate("near-1"),
    candidate("wijk-1", { home: home.wijk }),
    candidate("gebied-1", { home: home.gebied }),
    candidate("far-1", { home: home.far }),
    candidate("nowhere-1", { home: null }),
  ];

  it("takes the narrowest scope with someone left, never narrower than the wave before", () => {
    expect(selectWave(everyone, klus, 3, null)).toMatchObject({ scope: "near", chosen: [{ userId: "near-1" }] });
    const second = selectWave(everyone.slice(1), klus, 3, "near");
    expect(second.scope).toBe("wijk");
    expect(second.chosen.map((r) => r.userId)).toEqual(["wijk-1"]);
    // The gebied wave includes who is left nearer, best first.
    expect(selectWave(everyone, klus, 3, "gebied").chosen.map((r) => r.userId)).toEqual([
      "near-1",
      "wijk-1",
      "gebied-1",
    ]);
    expect(selectWave(everyone.slice(3), klus, 3, "wijk").scope).toBe("municipality");
    expect(selectWave([], klus, 3, "wijk")).toMatchObject({ scope: null, chosen: [] });
  });

  it("passes over who is at their weekly cap or not available then, and counts them", () => {
    const wave = selectWave(
      [
        candidate("capped", { noticesThisWeek: 3, cap: 3 }),
        candidate("busy", { availability: ["mon-evening"] }),
        candidate("ok", { home: home.wijk }),
      ],
      klus,
      3,
      null,
    );
    expect(wave.scope).toBe("wijk");
    expect(wave.chosen.map((r) => r.userId)).toEqual(["ok"]);
    expect(wave.summary).toMatchObject({ told: 1, passedCap: 1, passedAvailability: 1, withSkill: 1, near: 0 });
  });

  it("is eight per spot left, within bounds", () => {
    expect(waveSize(1)).toBe(8);
    expect(waveSize(2)).toBe(16);
    expect(waveSize(0)).toBe(0);
    expect(waveSize(1000)).toBe(MAX_WAVE_SIZE);
    expect(waveSize(null)).toBe(MAX_WAVE_SIZE);
  });
});

describe("the time between waves", () => {
  const now = new Date("2026-06-01T10:00:00Z");
  const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000);

  it("is a 24th of the time left, between 15 and 30 minutes", () => {
    expect(waveInterval(inHours(8), now)).toBe(20 * 60_000);
    expect(waveInterval(inHours(1), now)).toBe(MIN_WAVE_INTERVAL_MS);
    expect(waveInterval(inHours(24 * 7), now)).toBe(MAX_WAVE_INTERVAL_MS);
    expect(waveInterval(null, now)).toBe(MAX_WAVE_INTERVAL_MS);
  });

  it("waits longer after a wave that found no one left, unless fixed by the setting", () => {
    const checkedAt = now;
    expect(nextWaveDue({ checkedAt, scope: null }, inHours(48))).toBe(now.getTime() + NO_ONE_LEFT_RECHECK_MS);
    expect(nextWaveDue({ checkedAt, scope: "wijk" }, inHours(48))).toBe(now.getTime() + MAX_WAVE_INTERVAL_MS);
    expect(nextWaveDue({ checkedAt, scope: null }, inHours(48), 12_000)).toBe(now.getTime() + 12_000);
  });

  it("can be fixed by the setting", () => {
    expect(waveInterval(inHours(8), now, 12_000)).toBe(12_000);
  });
});
