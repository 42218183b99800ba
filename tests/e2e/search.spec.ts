import { expect, test } from "@playwright/test";
import { logIn } from "./support/accounts";
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

test("the buurt overview shows the results per buurt, on a map and as a list", async ({ page }) => {
  await page.goto("/zoeken?q=tuinieren&view=buurten");
  const florabuurt = page.getByRole("link", { name: /^Florabuurt: \d+ resulta/ });
  // One link on the map, one in the list.
  await expect(florabuurt).toHaveCount(2);
  await expectNoAccessibilityViolations(page);
  await florabuurt.last().click();
  await expect(page).toHaveURL(/buurt=BU00140403/);
  await expect(page.getByRole("link", { name: "Tuinieren in de buurttuin van de Florabuurt" })).toBeVisible();
});

test("a volunteer from the Florabuurt who likes tuinieren sees that klus first in Voor jou", async ({ page }) => {
  await logIn(page, "vrijwilliger@demo.noaber.nl");
  await page.getByRole("link", { name: "Voor jou" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Voor jou" })).toBeVisible();
  const first = page
    .getByRole("region", { name: /resultaten? gevonden/ })
    .getByRole("listitem")
    .first();
  await expect(first).toContainText("Florabuurt");
  await expectNoAccessibilityViolations(page);
});
