import { expect, type Page } from "@playwright/test";

/** Makes an invite code on "Mijn groep" (in Dutch) and returns it as shown to the coordinator. */
export async function makeInviteCode(page: Page): Promise<string> {
  await page.goto("/groep");
  await page.getByLabel("Hoeveel mensen mogen de code gebruiken?").fill("3");
  await page.getByRole("button", { name: "Code maken" }).click();
  const notice = page.getByText(/De nieuwe code is [A-Z0-9]{8}\./);
  await expect(notice).toBeVisible();
  const code = /De nieuwe code is ([A-Z0-9]{8})\./.exec((await notice.textContent()) ?? "")?.[1];
  expect(code).toBeDefined();
  await expect(page.getByRole("cell", { name: new RegExp(`^${code!} `) })).toBeVisible();
  return code!;
}
