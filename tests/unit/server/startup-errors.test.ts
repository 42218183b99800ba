import { describe, expect, it } from "vitest";
import { describeStartupError } from "../../../server/startup-errors";

describe("describeStartupError", () => {
  it("names the unreachable database in one line", () => {
    const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5999"), {
      code: "ECONNREFUSED",
      address: "127.0.0.1",
      port: 5999,
    });
    const line = describeStartupError(error);
    expect(line).toContain("cannot reach the database at 127.0.0.1:5999");
    expect(line).not.toContain("\n");
  });

  it("keeps only the first line of an unknown error", () => {
    expect(describeStartupError(new Error("first\n    at stack"))).toBe("first");
  });
});
