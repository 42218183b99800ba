import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export const demoPassword = "noaber-demo-2026";

export function uniqueEmail(prefix = "e2e") {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.org`;
}

/** Logs in through the real form, as a person would. */
export async function logIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("button", { name: /Uitloggen/ })).toBeVisible();
}

/** Signs up through the real form and lands on the profile page. */
export async function signUp(page: Page, { name, email, password }: { name: string; email: string; password: string }) {
  await page.goto("/aanmelden");
  await page.getByLabel("Uw naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByLabel("Ik heb de privacyverklaring gelezen en ik ga akkoord.").check();
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page).toHaveURL(/\/profiel/);
}
