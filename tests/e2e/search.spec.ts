import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";

test("home shows the newest klussen in Dutch", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Vrijwilligerswerk in uw buurt" })).toBeVisible();
  const tasks = page.getByRole("region", { name: "Nieuwe klussen" });
  await expect(tasks.getByRole("listitem").first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("a visitor searches from the home page, filters and opens a result", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Waar wilt u mee helpen?").fill("tuinieren");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\/zoeken\?q=tuinieren/);
  await expect(page.getByText(/resultaten? gevonden/)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel("Gebied").selectOption({ label: "Oude Wijken" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  const result = page.getByRole("link", { name: "Tuinieren in de buurttuin van de Florabuurt" });
  await expect(result).toBeVisible();
  await result.click();

  await expect(
    page.getByRole("heading", { level: 1, name: "Tuinieren in de buurttuin van de Florabuurt" }),
  ).toBeVisible();
  await expect(page.getByText("Florabuurt").first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("a typo still finds the klus", async ({ page }) => {
  await page.goto("/zoeken?q=tuinierne");
  await expect(page.getByRole("link", { name: "Tuinieren in de buurttuin van de Florabuurt" })).toBeVisible();
});
