import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "../../../app/utils/safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps a local path with its query", () => {
    expect(safeRedirectPath("/zoeken?q=tuin")).toBe("/zoeken?q=tuin");
  });

  it.each(["//evil.example", "https://evil.example/", "/\\evil.example", "zoeken", "", undefined, 42])(
    "refuses %s and falls back",
    (target) => {
      expect(safeRedirectPath(target, "/profiel")).toBe("/profiel");
    },
  );
});
