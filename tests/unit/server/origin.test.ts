import { describe, expect, it } from "vitest";
import { isAllowedOrigin } from "../../../server/realtime/auth";

describe("isAllowedOrigin", () => {
  it("accepts the page's own host", () => {
    expect(isAllowedOrigin("http://127.0.0.1:3000", "127.0.0.1:3000", undefined)).toBe(true);
  });
  it("accepts the configured public URL", () => {
    expect(isAllowedOrigin("https://noaber.example", "10.0.0.5:3000", "https://noaber.example")).toBe(true);
  });
  it.each([undefined, "null", "https://evil.example", "not a url"])("refuses %s", (origin) => {
    expect(isAllowedOrigin(origin, "127.0.0.1:3000", "https://noaber.example")).toBe(false);
  });
});
