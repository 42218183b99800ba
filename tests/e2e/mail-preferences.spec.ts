import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";

const password = "een-lang-wachtwoord-voor-e2e";

/** A date a week from now as the date field takes it ("YYYY-MM-DD", Groningen's calendar). */
function inAWeek() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(
    new Date(Date.now() + 7 * 24 * 3_600_000),
  );
}

async function newVolunteer(page: Page) {
  await signUp(page, { name: "Mila Meldingen", email: uniqueEmail("meldingen"), password });
}

test("the notification settings are reached from /meldingen, checked and saved by keyboard", async ({ page }) => {
  await newVolunteer(page);
  await page.goto("/meldingen");
  const settingsLink = page.getByRole("link", { name: "Instellingen voor meldingen en e-mail" });
  await settingsLink.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen voor meldingen" })).toBeVisible();
  await expect(page.getByLabel("Stuur mij e-mail over mijn meldingen")).toBeChecked();
  await expect(page.getByLabel("Hoogstens één keer per uur")).toBeChecked();
  await expectNoAccessibilityViolations(page);

  // Only one end of the quiet hours: the form says what to fix, beside the field and at the top.
  await page.getByLabel("Stil vanaf").fill("22:00");
  await page.getByLabel("Stil vanaf").press("Enter");
  await expect(page.getByRole("alert")).toContainText("Stil tot");
  await expect(page.getByText("Vul beide tijden in, of laat ze allebei leeg.").first()).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel("Stil tot").fill("07:00");
  await page.getByLabel("Hoogstens één keer per dag").check();
  await page.getByLabel("Pauze tot en met").fill(inAWeek());
  await page.getByRole("button", { name: "Opslaan" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Uw instellingen zijn opgeslagen.");
  await expect(page.getByText(/U heeft meldingen gepauzeerd tot en met/)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.reload();
  await expect(page.getByLabel("Stil vanaf")).toHaveValue("22:00");
  await expect(page.getByLabel("Stil tot")).toHaveValue("07:00");
  await expect(page.getByLabel("Hoogstens één keer per dag")).toBeChecked();
  await expect(page.getByLabel("Pauze tot en met")).toHaveValue(inAWeek());
});

// axe runs as a script in the page, so this page's accessibility is checked in the test above.
test("the settings form works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await newVolunteer(page);
  await page.goto("/meldingen/instellingen");

  // A wrong time comes back from the server with the error beside the field.
  await page.getByLabel("Stil vanaf").fill("25:00");
  await page.getByLabel("Stil tot").fill("07:00");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Vul een tijd in als 22:00.").first()).toBeVisible();
  await expect(page.getByLabel("Stil vanaf")).toHaveValue("25:00");

  await page.getByLabel("Stil vanaf").fill("");
  await page.getByLabel("Stil tot").fill("");
  await page.getByLabel("Stuur mij e-mail over mijn meldingen").uncheck();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Uw instellingen zijn opgeslagen.")).toBeVisible();
  await expect(page.getByLabel("Stuur mij e-mail over mijn meldingen")).not.toBeChecked();
  await context.close();
});

test("the local mailbox shows a person only their own e-mail", async ({ page }) => {
  await newVolunteer(page);
  const response = await page.goto("/dev/post");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Verstuurde e-mail (test)" })).toBeVisible();
  await expect(page.getByText("Er is nog geen e-mail naar u verstuurd.")).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("the agenda says the old calendar link stops working only when one was replaced", async ({ page }) => {
  await newVolunteer(page);
  await page.goto("/agenda");
  await page.getByRole("button", { name: "Maak een link" }).click();
  await expect(page.getByRole("status")).toHaveText("Uw link voor uw agenda is klaar.");
  await expect(page.getByText("De oude link werkt niet meer.")).toHaveCount(0);
  const first = await page.getByLabel("Link voor uw agenda").inputValue();
  await expectNoAccessibilityViolations(page);

  await page.getByRole("button", { name: "Maak een nieuwe link" }).click();
  await expect(page.getByLabel("Link voor uw agenda")).not.toHaveValue(first);
  await expect(page.getByRole("status")).toContainText("De oude link werkt niet meer.");
});
