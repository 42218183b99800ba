import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { logIn } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";

function amsterdamDateTimeLocal(daysAhead: number, hour: number) {
  const date = new Date(Date.now() + daysAhead * 24 * 60 * 60 * 1000);
  const day = date.toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
  return `${day}T${String(hour).padStart(2, "0")}:00`;
}

test("a coordinator edits, pauses and copies a klus from the organisation page", async ({ page }) => {
  await logIn(page, "organisatie@demo.noaber.nl");
  const title = `Bladeren harken ${randomUUID().slice(0, 6)}`;
  await page.goto("/organisatie/nieuw");
  await page.getByLabel("Een klus").check();
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Beschrijving").fill("Samen de bladeren van het grasveld harken. Harken en zakken zijn er.");
  await page.getByLabel("Waar is het?").selectOption({ label: "Florabuurt" });
  await page.getByLabel("Begint op").fill(amsterdamDateTimeLocal(4, 10));
  await page.getByLabel("Eindigt op").fill(amsterdamDateTimeLocal(4, 12));
  await page.getByLabel("Hoeveel vrijwilligers zoekt u?").fill("3");
  await page.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn organisatie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn organisatie" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(row).toContainText("0 van 3 plekken bezet");

  await row.getByRole("link", { name: `Bewerken: ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Klus bewerken" })).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Hoeveel vrijwilligers zoekt u?").fill("0");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("Vul een heel getal in van 1 tot 500.").first()).toBeVisible();
  await page.getByLabel("Hoeveel vrijwilligers zoekt u?").fill("5");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("Uw wijzigingen zijn opgeslagen.");
  await expect(row).toContainText("0 van 5 plekken bezet");

  await row.getByRole("button", { name: `Pauzeren: ${title}` }).click();
  await expect(page.getByRole("status")).toContainText("Gepauzeerd");
  await expect(row).toContainText("Gepauzeerd");

  await row.getByRole("button", { name: `Kopiëren: ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Klus bewerken" })).toBeVisible();
  await expect(page.getByText("Dit is een concept.")).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue(title);
});
