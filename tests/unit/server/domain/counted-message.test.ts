import { describe, expect, it } from "vitest";
import { countedMessage, parseCountedMessage } from "../../../../server/domain/counted-message";

describe("counted messages", () => {
  it("carry a number with the key and give both back", () => {
    expect(parseCountedMessage(countedMessage("claims:team.errors.spots.notEnough", 2))).toEqual({
      key: "claims:team.errors.spots.notEnough",
      count: 2,
    });
  });

  it("leave a plain key alone", () => {
    expect(parseCountedMessage("claims:errors.started")).toEqual({ key: "claims:errors.started" });
  });
});
