import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csrfFor, startWebApp, type WebApp } from "../../../support/web-app";

let app: WebApp;

beforeAll(async () => {
  app = await startWebApp({ indexPrefix: `language_${randomUUID().slice(0, 8)}_` });
});
afterAll(() => app?.close());

async function choose(language: string) {
  const { cookie, token } = await csrfFor(app);
  const response = await fetch(`${app.url}/taal`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrf: token, language, redirectTo: "/zoeken" }),
  });
  const languageCookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("noaber_lang="));
  return { response, languageCookie };
}

describe("choosing a language with a plain form post", () => {
  for (const [language, dir] of [
    ["nl", "ltr"],
    ["en", "ltr"],
    ["ar", "rtl"],
    ["uk", "ltr"],
  ] as const) {
    it(`remembers ${language} and serves the next page in it, ${dir}`, async () => {
      const { response, languageCookie } = await choose(language);
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe("/zoeken");
      const page = await fetch(`${app.url}/zoeken`, { headers: { cookie: languageCookie ?? "" } });
      expect(await page.text()).toContain(`<html lang="${language}" dir="${dir}"`);
    });
  }

  it("refuses a language Noaber does not speak, and sets no cookie", async () => {
    const { response, languageCookie } = await choose("fr");
    expect(response.status).toBe(400);
    expect(languageCookie).toBeUndefined();
  });
});
