import { expect, test } from "@playwright/test";

test("/healthz reports the database and search as ok", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok", search: "ok" });
});

test("pages carry a Content-Security-Policy with a nonce for Remix's scripts", async ({ request }) => {
  const response = await request.get("/privacy");
  const policy = response.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  const html = await response.text();
  expect(html).toContain(`nonce="${nonce}"`);
  expect(policy).not.toContain("unsafe-inline");
});
