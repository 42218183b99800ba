import { expect, test, type Locator, type Page } from "@playwright/test";
import { logIn } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";

// The demo seed holds a klus of Buurthuis De Vlinder that took place a few days ago, with the demo
// volunteer on it (db/seed/demo-opportunities.ts). The e2e data directory persists between runs, so
// these tests accept a question that was answered or an attendance that was marked on an earlier run.
const pastKlusTitle = "Bladeren harken rond Buurthuis De Vlinder";

/** Presses Tab until `target` has focus, as a keyboard user would; fails when it is never reached. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The volunteer's line for the past klus in "Gedaan" on the agenda. */
function pastKlusItem(page: Page) {
  return page
    .getByRole("region", { name: "Gedaan" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: pastKlusTitle }) });
}

test("the volunteer answers “Hoe ging het?” for a past klus by keyboard", async ({ page }) => {
  await logIn(page, "vrijwilliger@demo.noaber.nl");
  await page.goto("/agenda");
  const item = pastKlusItem(page);
  await expect(item).toHaveCount(1);
  await item.getByRole("link", { name: "Hoe ging het?" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Hoe ging het?" })).toBeVisible();
  await expect(page.getByText(`Hoe ging het met “${pastKlusTitle}”?`)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const firstAnswer = page.getByRole("radio", { name: "Het ging goed" });
  if (await firstAnswer.isVisible()) {
    await tabTo(page, firstAnswer);
    await page.keyboard.press("Space");
    await expect(firstAnswer).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Wilt u nog iets kwijt?")).toBeFocused();
    await page.keyboard.type("Gezellige ochtend, de composthoop is vol.");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Verstuur" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("Dank u wel voor uw antwoord!");
    await expectNoAccessibilityViolations(page);
  }

  // Stored: after a reload the page shows the answer instead of the form.
  await page.reload();
  await expect(page.getByText("U heeft al geantwoord: Het ging goed.")).toBeVisible();
  await expect(page.getByRole("radio")).toHaveCount(0);
});

test("the coordinator marks attendance and hours for a past klus by keyboard", async ({ browser, page }) => {
  await logIn(page, "organisatie@demo.noaber.nl");
  await page.goto("/organisatie");
  await page.getByRole("link", { name: pastKlusTitle, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: pastKlusTitle })).toBeVisible();

  const list = page.getByRole("region", { name: "Aanmeldingen" });
  const attendance = list.getByRole("group", { name: "Was Sanne Hoekstra er?" });
  await expect(attendance).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // In a radio group Tab stops once, on the chosen radio (or the first); the arrows choose.
  const attended = attendance.getByRole("radio", { name: "Was er", exact: true });
  const noShow = attendance.getByRole("radio", { name: "Was er niet" });
  const hours = list.getByLabel("Uren voor Sanne Hoekstra");
  await tabTo(page, (await noShow.isChecked()) ? noShow : attended);
  if (await noShow.isChecked()) await page.keyboard.press("ArrowUp");
  else await page.keyboard.press("Space");
  await expect(attended).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(hours).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("2");
  await page.keyboard.press("Tab");
  await expect(list.getByRole("button", { name: "Opslaan" })).toBeFocused();
  await page.keyboard.press("Enter");
  // Saving answers with a redirect back to the list.
  await expect(page).toHaveURL(/#aanmeldingen$/);

  await page.reload();
  await expect(attended).toBeChecked();
  await expect(hours).toHaveValue(/^2(\.0+)?$/);
  await expectNoAccessibilityViolations(page);

  // The volunteer sees the confirmed attendance and hours in the agenda, in their own browser.
  const volunteerContext = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const volunteer = await volunteerContext.newPage();
  await logIn(volunteer, "vrijwilliger@demo.noaber.nl");
  await volunteer.goto("/agenda");
  await expect(pastKlusItem(volunteer)).toContainText("geweest, 2 uur");
  await volunteerContext.close();
});
