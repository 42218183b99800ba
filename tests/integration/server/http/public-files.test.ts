import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startWebApp, type WebApp } from "../../../support/web-app";

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ indexPrefix: `public_${randomUUID().slice(0, 8)}_` });
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(() => app?.close());

/** The paths under public/ that the disk is asked about while `work` runs. */
async function publicStats(work: () => Promise<void>) {
  const publicDir = path.resolve("public");
  const stat = vi.spyOn(fs, "stat");
  await work();
  return stat.mock.calls.map(([file]) => String(file)).filter((file) => file.startsWith(publicDir));
}

describe("public files", () => {
  it("serves the files in public/ with an hour's caching", async () => {
    const statted = await publicStats(async () => {
      const icon = await fetch(`${app.url}/favicon.svg`);
      expect(icon.status).toBe(200);
      expect(icon.headers.get("content-type")).toContain("image/svg+xml");
      expect(icon.headers.get("cache-control")).toBe("public, max-age=3600");
      expect(await icon.text()).toContain("<svg");
      const css = await fetch(`${app.url}/plain-page.css`);
      expect(css.status).toBe(200);
      expect(css.headers.get("content-type")).toContain("text/css");
    });
    expect(statted).toEqual([path.resolve("public/favicon.svg"), path.resolve("public/plain-page.css")]);
  });

  it("answers pages and unknown addresses without asking the disk", async () => {
    const statted = await publicStats(async () => {
      const page = await fetch(`${app.url}/zoeken`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toContain("text/html");
      expect(await page.text()).toContain("<html");
      const missing = await fetch(`${app.url}/bestaat-niet.txt`);
      expect(missing.status).toBe(404);
    });
    expect(statted).toEqual([]);
  });

  it("keeps the build's files cached for good", async () => {
    const manifest = app.build.assets.url;
    const response = await fetch(`${app.url}${manifest}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });
});
