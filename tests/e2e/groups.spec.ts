import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { logIn, uniqueEmail } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { makeInviteCode } from "./support/groups";

const password = "een lange zin als wachtwoord";

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  return context.newPage();
}

test("a business registers, the municipality approves it, and a colleague joins with its invite code", async ({
  page,
  browser,
}) => {
  // Four people, each signing up or logging in (argon2) and several full-page axe checks.
  test.setTimeout(120_000);
  const businessName = `Drukkerij Noord ${randomUUID().slice(0, 6)}`;
  await page.goto("/aanmelden/bedrijf");
  await expect(page.getByRole("heading", { level: 1, name: "Bedrijf aanmelden bij Omarm Groningen" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Naam van het bedrijf").fill(businessName);
  await page.getByLabel("Uw naam (contactpersoon)").fill("Joost Drukker");
  await page.getByLabel("Uw e-mailadres").fill(uniqueEmail("drukkerij"));
  await page.getByLabel("Kies een wachtwoord").fill(password);
  await page.getByLabel("Buurt of dorp").selectOption({ label: "Florabuurt (Oud-Oost)" });
  await page.getByLabel("Vertel kort wie u bent").fill("Een drukkerij met twaalf collega's die graag helpen.");
  await page.getByLabel("Ik heb gelezen hoe Noaber met mijn gegevens omgaat.").check();
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/groep$/);
  await expect(page.getByText(`Uw aanmelding van ${businessName} wacht op goedkeuring`)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const gemeente = await newPage(browser);
  await logIn(gemeente, "gemeente@demo.noaber.nl");
  await gemeente.getByRole("link", { name: "Aanmeldingen" }).click();
  await expect(
    gemeente.getByRole("heading", { level: 1, name: "Aanmeldingen van bedrijven en partners" }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(gemeente);
  const registration = gemeente.getByRole("region", { name: businessName });
  await registration.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(gemeente.getByText("De aanmelding is goedgekeurd.")).toBeVisible();
  await expect(gemeente.getByRole("region", { name: businessName })).toHaveCount(0);

  const code = await makeInviteCode(page);
  await expectNoAccessibilityViolations(page);

  const colleague = await newPage(browser);
  await colleague.goto(`/uitnodiging/${code}`);
  await expect(colleague.getByText(`U bent uitgenodigd door ${businessName}.`)).toBeVisible();
  await expectNoAccessibilityViolations(colleague);
  const colleagueName = `Fenna ${randomUUID().slice(0, 4)}`;
  await colleague.getByLabel("Uw voornaam").fill(colleagueName);
  await colleague.getByLabel("Uw e-mailadres (niet verplicht)").fill(uniqueEmail("fenna"));
  await colleague.getByLabel("Engels").check();
  await colleague.getByLabel("Kies een wachtwoord").fill(password);
  await colleague.getByLabel("Ik heb gelezen hoe Noaber met mijn gegevens omgaat.").check();
  await colleague.getByRole("button", { name: "Aanmelden" }).click();
  await expect(colleague.getByRole("heading", { level: 1, name: "Welkom bij Noaber" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: colleagueName })).toContainText("Engels");
  await expect(page.getByRole("cell", { name: "2 / 3" })).toBeVisible();
});

test("a COA resident joins with a code and no e-mail address, and logs in again with the login name", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await logIn(page, "partner@demo.noaber.nl");
  await page.getByRole("link", { name: "Mijn groep" }).click();
  const code = await makeInviteCode(page);

  // Unique, so the test can run again on the same database (the login name takes the first word).
  const residentName = `Amal ${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 5)}`;
  const resident = await newPage(browser);
  await resident.goto("/aanmelden?code=ZZZZZZZZ");
  await expect(resident).toHaveURL(/\/uitnodiging\/ZZZZZZZZ$/);
  await expect(resident.getByText("Deze code bestaat niet. Kijk of u hem goed heeft overgetypt.")).toBeVisible();
  await expectNoAccessibilityViolations(resident);
  await resident.getByLabel("Uw voornaam").fill(residentName);
  await resident.getByLabel("Arabisch").check();
  await resident.getByLabel("Kies een wachtwoord").fill(password);
  await resident.getByLabel("Ik heb gelezen hoe Noaber met mijn gegevens omgaat.").check();
  await resident.getByRole("button", { name: "Aanmelden" }).click();
  // Refused beside the field, keeping what was typed (the password is never sent back).
  await expect(resident.getByLabel("Uw code")).toHaveAccessibleDescription(/Deze code bestaat niet/);
  await expect(resident.getByLabel("Uw voornaam")).toHaveValue(residentName);
  await expectNoAccessibilityViolations(resident);
  await resident.getByLabel("Uw code").fill(code.toLowerCase());
  await resident.getByLabel("Kies een wachtwoord").fill(password);
  await resident.getByRole("button", { name: "Aanmelden" }).click();
  await expect(resident.getByRole("heading", { level: 1, name: "Welkom bij Noaber" })).toBeVisible();
  const loginName = (await resident.locator("strong.noaber-code").textContent()) ?? "";
  expect(loginName).toMatch(/^amal-\d{4}$/);
  await expectNoAccessibilityViolations(resident);

  await resident.getByRole("button", { name: /Uitloggen/ }).click();
  await expect(resident.getByRole("link", { name: "Inloggen" })).toBeVisible();
  await logIn(resident, loginName, password);

  await page.goto("/groep");
  await expect(page.getByRole("listitem").filter({ hasText: residentName })).toContainText("Arabisch");
  await page.getByRole("link", { name: "Bekijk wat past bij uw groep" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Voor uw groep" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
