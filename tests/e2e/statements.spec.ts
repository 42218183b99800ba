import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";

test("the privacy and accessibility statements are reachable from every page's footer", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await footer.getByRole("link", { name: "Privacyverklaring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Privacyverklaring" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheidsverklaring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await expect(page.getByRole("contentinfo")).toContainText("Bron: CBS / PDOK");
});

test("the language switch turns the site English and remembers it", async ({ page }) => {
  await page.goto("/privacy");
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Privacy statement" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/toegankelijkheid");
  await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
  await page.getByRole("button", { name: "Nederlands", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
});

test("the skip link is the first thing a keyboard reaches and moves focus to the content", async ({ page }) => {
  await page.goto("/privacy");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Ga direct naar de inhoud" });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("an unknown page says so in plain language with status 404", async ({ page }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Deze pagina bestaat niet (meer).")).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
