import { describe, expect, it } from "vitest";
import {
  fromPeople,
  people,
  percentOfThings,
  share,
  things,
  valueOf,
} from "../../../../../server/domain/monitoring/disclosure";

describe("the k < 5 rule", () => {
  it("shows counts of people from 5 and '<5' below, zero included", () => {
    expect(people(0)).toEqual({ status: "fewer", below: 5 });
    expect(people(4)).toEqual({ status: "fewer", below: 5 });
    expect(people(5)).toEqual({ status: "shown", value: 5 });
  });

  it("never hides counts of things", () => {
    expect(things(0)).toEqual({ status: "shown", value: 0 });
    expect(things(3)).toEqual({ status: "shown", value: 3 });
  });

  it("hides a share whose numerator counts fewer than 5 people, and one without a whole", () => {
    expect(share(4, 1000)).toEqual({ status: "hidden", reason: "fewPeople" });
    expect(share(5, 1000)).toEqual({ status: "shown", value: 0.5 });
    expect(share(5, 0)).toEqual({ status: "hidden", reason: "noData" });
  });

  it("hides a figure resting on fewer than 5 people", () => {
    expect(fromPeople(12, 4)).toEqual({ status: "hidden", reason: "fewPeople" });
    expect(fromPeople(12, 5)).toEqual({ status: "shown", value: 12 });
    expect(fromPeople(null, 5)).toEqual({ status: "hidden", reason: "noData" });
  });

  it("gives percentages of things and the value behind a figure", () => {
    expect(percentOfThings(7, 10)).toEqual({ status: "shown", value: 70 });
    expect(percentOfThings(0, 0)).toEqual({ status: "hidden", reason: "noData" });
    expect(valueOf(people(3))).toBeNull();
    expect(valueOf(people(8))).toBe(8);
  });
});
