import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { logIn } from "./support/accounts";

const appLog = () => readFile(process.env.E2E_APP_LOG ?? "", "utf8");

/** The session id inside Remix's signed cookie value: base64 of the JSON string, then ".signature". */
function sessionIdOf(cookieValue: string): string {
  const encoded = decodeURIComponent(cookieValue);
  return JSON.parse(Buffer.from(encoded.slice(0, encoded.lastIndexOf(".")), "base64").toString("utf8")) as string;
}

test("the app's log holds no session id, no CSRF cookie and no calendar token", async ({ page, context }) => {
  await logIn(page, "vrijwilliger@demo.noaber.nl");
  await page.goto("/agenda");
  await page.getByRole("button", { name: /Maak een (nieuwe )?link/ }).click();
  const link = await page.getByLabel("Link voor uw agenda").inputValue();
  const token = new URL(link).pathname.split("/").pop() ?? "";
  expect(token.length).toBeGreaterThan(16);
  expect((await page.request.get(link)).status()).toBe(200);

  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name === "noaber_session");
  const csrf = cookies.find((cookie) => cookie.name === "noaber_csrf");
  expect(session && csrf).toBeTruthy();
  const sessionId = sessionIdOf(session!.value);
  expect(sessionId.length).toBeGreaterThan(16);

  // The calendar request is in the log (so the log is being written), with its token replaced.
  await expect.poll(appLog).toContain("/kalender/[redacted]");
  const log = await appLog();
  expect(log).toContain("/inloggen");
  for (const secret of [token, sessionId, session!.value, csrf!.value]) expect(log).not.toContain(secret);
  expect(log).not.toMatch(/noaber_session=[^;\s"\\[]/);
  expect(log).not.toMatch(/\/kalender\/(?!\[redacted\])[A-Za-z0-9_-]{8,}/);
});
