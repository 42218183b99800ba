import { expect, test } from "@playwright/test";
import { logIn, signUp, uniqueEmail } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";

test("a resident signs up, fills in the profile, logs out and logs in again", async ({ page }) => {
  const email = uniqueEmail("aanmelden");
  const password = "een lange zin als wachtwoord";

  await page.goto("/aanmelden");
  await expectNoAccessibilityViolations(page);
  await signUp(page, { name: "Grietje de Vries", email, password });
  await expect(page.getByRole("heading", { level: 1, name: "Mijn profiel" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel("Uw buurt of dorp").selectOption({ label: "Florabuurt" });
  await page.getByRole("group", { name: "Wat kunt u, of wat doet u graag?" }).getByLabel("Tuinieren").check();
  await page.getByRole("button", { name: /opslaan/i }).click();
  await expect(page.getByText("Uw profiel is opgeslagen.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Uw buurt of dorp")).toHaveValue("BU00140403");
  await expect(
    page.getByRole("group", { name: "Wat kunt u, of wat doet u graag?" }).getByLabel("Tuinieren"),
  ).toBeChecked();

  await page.getByRole("button", { name: /Uitloggen/ }).click();
  await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();

  await logIn(page, email, password);
  await page.goto("/profiel");
  await expect(page.getByLabel("Uw buurt of dorp")).toHaveValue("BU00140403");
});

test("sign-up with bad input shows what is wrong and keeps what was typed", async ({ page }) => {
  await page.goto("/aanmelden");
  await page.getByLabel("Uw naam").fill("<b>Jan</b>");
  await page.getByLabel("E-mailadres").fill("vrijwilliger@demo.noaber.nl");
  await page.getByLabel("Wachtwoord").fill("kort");
  await page.getByLabel("Ik heb de privacyverklaring gelezen en ik ga akkoord.").check();
  await page.getByRole("button", { name: "Account aanmaken" }).click();

  await expect(page.getByText("Gebruik in uw naam geen < of >", { exact: false })).toBeVisible();
  await expect(page.getByText("Uw wachtwoord is te kort.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Uw naam")).toHaveValue("<b>Jan</b>");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("vrijwilliger@demo.noaber.nl");
  await expectNoAccessibilityViolations(page);
});

test("a wrong password gets one message that does not reveal whether the account exists", async ({ page }) => {
  await page.goto("/inloggen");
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("E-mailadres").fill("vrijwilliger@demo.noaber.nl");
  await page.getByLabel("Wachtwoord").fill("helemaal verkeerd wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("Het e-mailadres of het wachtwoord klopt niet.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("E-mailadres")).toHaveValue("vrijwilliger@demo.noaber.nl");
});
