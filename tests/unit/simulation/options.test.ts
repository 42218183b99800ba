import { describe, expect, it } from "vitest";
import { DEFAULT_SEED, parseOptions } from "../../simulation/options";

describe("the simulation's options", () => {
  it("has defaults: the fixed seed, 8 weeks, 2,000 volunteers, both policies", () => {
    expect(parseOptions([])).toEqual({ seed: DEFAULT_SEED, weeks: 8, volunteers: 2000, policy: "both" });
  });

  it("reads --name value and --name=value", () => {
    expect(parseOptions(["--seed", "7", "--policy=whatsapp", "--out", "r.json", "--weeks=2"])).toEqual({
      seed: 7,
      weeks: 2,
      volunteers: 2000,
      policy: "whatsapp",
      out: "r.json",
    });
  });

  it("refuses unknown options, bad values and stray arguments with the usage", () => {
    expect(() => parseOptions(["--speed", "3"])).toThrow(/Usage/);
    expect(() => parseOptions(["--policy", "signal"])).toThrow(/policy/);
    expect(() => parseOptions(["--weeks", "zero"])).toThrow(/weeks/);
    expect(() => parseOptions(["--seed"])).toThrow(/needs a value/);
    expect(() => parseOptions(["fast"])).toThrow(/Unexpected argument/);
  });
});
