import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { logIn } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { publishTeamKlus } from "./support/publish";
import { nameTeamMembers, teamClaimCard, teamForm } from "./support/team";

test("a business reserves 3 spots for a team, names 2 members, and a named member has the klus in their agenda", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const token = randomUUID().slice(0, 6);
  const title = `Speeltuin verven ${token}`;
  const teamName = `Team Hunzeland ${token}`;

  const klusUrl = await publishTeamKlus(browser, { title, hours: 3, spots: 4 });

  const businessContext = await browser.newContext();
  const business = await businessContext.newPage();
  await logIn(business, "bedrijf@demo.noaber.nl");
  await business.goto(klusUrl);
  const form = teamForm(business);
  await expect(form).toBeVisible();

  // More than is left: refused whole, with how many are left, beside the field, keeping what was typed.
  await form.getByLabel("Naam van het team").fill(teamName);
  await form.getByLabel("Aantal plekken").fill("5");
  await form.getByRole("button", { name: "Plekken reserveren" }).click();
  await expect(form.getByText("Er zijn nog maar 4 plekken vrij. Er is niets gereserveerd.")).toBeVisible();
  await expect(form.getByLabel("Naam van het team")).toHaveValue(teamName);
  await expectNoAccessibilityViolations(business);

  await form.getByLabel("Aantal plekken").fill("3");
  await form.getByRole("button", { name: "Plekken reserveren" }).click();
  await expect(business.getByText("Gelukt: de plekken zijn gereserveerd.")).toBeVisible();
  await expect(business.getByText(`3 plekken gereserveerd voor ${teamName}`)).toBeVisible();
  await expect(business.getByText("Nog 1 plek vrij")).toBeVisible();
  await expectNoAccessibilityViolations(business);

  await business.getByRole("link", { name: "Naar mijn teamaanmeldingen" }).click();
  await expect(business.getByRole("heading", { level: 1, name: "Teamaanmeldingen" })).toBeVisible();
  const card = teamClaimCard(business, { name: teamName, klusTitle: title });
  await expect(card.getByText("Nog 3 plekken zonder naam.")).toBeVisible();
  await expectNoAccessibilityViolations(business);

  // Nobody chosen: the error stands beside the field.
  await card.getByRole("button", { name: "Plek geven" }).click();
  await expect(card.getByText("Kies wie deze plek krijgt.")).toBeVisible();

  await nameTeamMembers(business, card, ["Marco Hofstra", "Linda Kamstra"]);
  await expect(card.getByText("Nog 1 plek zonder naam.")).toBeVisible();
  await expectNoAccessibilityViolations(business);

  await business.goto(klusUrl);
  await expect(business.getByText(`1 plek gereserveerd voor ${teamName}`)).toBeVisible();
  await expect(business.getByText("Nog 1 plek vrij")).toBeVisible();
  await businessContext.close();

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await logIn(member, "marco.hofstra@demo.noaber.nl");
  await member.goto("/agenda");
  await expect(member.getByRole("link", { name: title })).toBeVisible();
  await member.goto(klusUrl);
  await expect(member.getByText("U doet mee met deze klus.")).toBeVisible();
  // A volunteer sees the reservation but not the team form.
  await expect(member.getByText(`1 plek gereserveerd voor ${teamName}`)).toBeVisible();
  await expect(member.getByRole("region", { name: "Met een team meedoen" })).toHaveCount(0);
  await memberContext.close();
});

test("a partner signs up a group without JavaScript: refused whole, then reserved", async ({ browser }) => {
  test.setTimeout(90_000);
  const token = randomUUID().slice(0, 6);
  const title = `Bankjes schuren ${token}`;
  const klusUrl = await publishTeamKlus(browser, { title, hours: 2, spots: 2 });

  const context = await browser.newContext({ javaScriptEnabled: false });
  const students = await context.newPage();
  await logIn(students, "studenten@demo.noaber.nl");
  await students.goto(klusUrl);
  const form = teamForm(students);
  await form.getByLabel("Naam van het team").fill(`Bestuur ${token}`);
  await form.getByLabel("Aantal plekken").fill("3");
  const [refused] = await Promise.all([
    students.waitForResponse((response) => response.request().method() === "POST"),
    form.getByRole("button", { name: "Plekken reserveren" }).click(),
  ]);
  expect(refused.status()).toBe(409);
  await expect(form.getByText("Er zijn nog maar 2 plekken vrij. Er is niets gereserveerd.")).toBeVisible();
  await expect(form.getByLabel("Aantal plekken")).toHaveValue("3");

  await form.getByLabel("Aantal plekken").fill("2");
  await form.getByRole("button", { name: "Plekken reserveren" }).click();
  await expect(students.getByText(`2 plekken gereserveerd voor Bestuur ${token}`)).toBeVisible();
  await expect(students.getByText("Alle plekken zijn bezet. U kunt op de wachtlijst.")).toBeVisible();
  await context.close();
});

test("the team page is only for business and partner coordinators", async ({ page }) => {
  await logIn(page, "vrijwilliger@demo.noaber.nl");
  const response = await page.goto("/team");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("Deze pagina is voor coördinatoren van een bedrijf of partner")).toBeVisible();
});
