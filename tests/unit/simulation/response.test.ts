import { describe, expect, it } from "vitest";
import { distanceKm } from "../../../server/domain/search/search.ranking";
import { localTime, simulationStart, slotOf } from "../../simulation/calendar";
import { response, units } from "../../simulation/parameters";
import { createRandom } from "../../simulation/prng";
import {
  answerChance,
  answerMoment,
  awake,
  spotFate,
  type KlusTraits,
  type VolunteerTraits,
} from "../../simulation/response";

// Florabuurt and Beijum-Oost: a few km apart.
const flora = { lat: 53.2155, lon: 6.5815 };
const beijum = { lat: 53.2475, lon: 6.6114 };

const volunteer: VolunteerTraits = {
  ...flora,
  skills: ["koken"],
  languages: ["nl"],
  availability: ["tue-morning"],
  keenness: 1,
};
const klus: KlusTraits = { ...flora, skills: ["koken"], languages: ["nl"], slot: "tue-morning" };

describe("the chance of a yes", () => {
  it("is highest near, skilled, available and fresh", () => {
    const best = answerChance(volunteer, klus, 0);
    expect(best).toBeCloseTo(response.base * response.skillMatch, 5);
    expect(answerChance(volunteer, { ...klus, ...beijum }, 0)).toBeLessThan(best);
    expect(answerChance({ ...volunteer, skills: [] }, klus, 0)).toBeLessThan(best);
    expect(answerChance(volunteer, { ...klus, slot: "sat-evening" }, 0)).toBeLessThan(best);
    expect(answerChance({ ...volunteer, languages: ["uk"] }, klus, 0)).toBeLessThan(best);
  });

  it("treats no availability as flexibel and a klus without skills as open to all", () => {
    expect(answerChance({ ...volunteer, availability: null }, { ...klus, slot: "sun-evening" }, 0)).toBeCloseTo(
      answerChance(volunteer, klus, 0),
      10,
    );
    expect(answerChance({ ...volunteer, skills: [] }, { ...klus, skills: [] }, 0)).toBeCloseTo(response.base, 10);
  });

  it("falls with every notice already received this week", () => {
    const chances = [0, 1, 2, 5, 20].map((n) => answerChance(volunteer, klus, n));
    for (let i = 1; i < chances.length; i++) expect(chances[i]).toBeLessThan(chances[i - 1]!);
    expect(chances[2]! / chances[0]!).toBeCloseTo(response.fatigueScale / (response.fatigueScale + 2), 10);
  });

  it("stays a probability", () => {
    expect(answerChance({ ...volunteer, keenness: 100 }, klus, 0)).toBe(response.maxChance);
  });

  it("measures distance in km", () => {
    expect(distanceKm(flora, flora)).toBe(0);
    expect(distanceKm(flora, beijum)).toBeGreaterThan(3);
    expect(distanceKm(flora, beijum)).toBeLessThan(5);
  });
});

describe("when an answer comes", () => {
  it("waits for the morning at night", () => {
    expect(awake(3 * units.hour)).toBe(7 * units.hour);
    expect(awake(23.5 * units.hour)).toBe(units.day + 7 * units.hour);
    expect(awake(12 * units.hour)).toBe(12 * units.hour);
  });

  it("comes later on average from a busy group than from an app notice", () => {
    const mean = (channel: "app" | "group") => {
      const random = createRandom(1);
      let total = 0;
      for (let i = 0; i < 5000; i++) total += answerMoment(random, 10 * units.hour, channel) - 10 * units.hour;
      return total / 5000;
    };
    expect(mean("group")).toBeGreaterThan(mean("app") * 1.5);
    expect(mean("app")).toBeGreaterThan(0);
  });
});

describe("what happens to a taken spot", () => {
  it("cancels, does not show, hands over and forgets at about the set rates, never two at once", () => {
    const random = createRandom(2);
    const n = 40_000;
    let cancels = 0;
    let noShows = 0;
    let handOvers = 0;
    for (let i = 0; i < n; i++) {
      const fate = spotFate(random);
      if (fate.cancelAt !== null) cancels += 1;
      if (fate.noShow) noShows += 1;
      if (fate.handsOver) handOvers += 1;
      if (fate.handsOver) expect(fate.noShow).toBe(true);
      if (fate.cancelAt !== null) expect(fate.noShow || fate.forgetsToConfirm).toBe(false);
    }
    expect(cancels / n).toBeCloseTo(response.cancel, 1);
    expect(noShows / n).toBeCloseTo((1 - response.cancel) * response.noShow, 1);
    expect(handOvers / noShows).toBeCloseTo(response.handOverInsteadOfNoShow, 1);
  });
});

describe("the simulated calendar", () => {
  it("starts on a Monday at midnight in Groningen after now, with one UTC offset for the whole run", () => {
    for (const now of ["2026-12-03T13:00:00Z", "2027-03-10T09:00:00Z", "2027-10-20T09:00:00Z"]) {
      const start = simulationStart(new Date(now), 10 * units.week);
      expect(start.getTime()).toBeGreaterThan(new Date(now).getTime());
      const local = new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/Amsterdam",
        weekday: "short",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).format(start);
      expect(local).toBe("Mon 00:00");
      const end = new Date(start.getTime() + 10 * units.week);
      const endLocal = new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/Amsterdam",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).format(end);
      expect(endLocal).toBe("00:00");
    }
  });

  it("names weekdays and parts of the day from the start", () => {
    expect(localTime(0).weekday).toBe("mon");
    expect(slotOf(units.day + 10 * units.hour)).toBe("tue-morning");
    expect(slotOf(6 * units.day + 19 * units.hour)).toBe("sun-evening");
    expect(slotOf(2 * units.day + 14 * units.hour)).toBe("wed-afternoon");
  });
});
