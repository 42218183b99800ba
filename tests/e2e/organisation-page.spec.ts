import { randomUUID } from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { logIn, signUp, uniqueEmail } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";

// Stichting Samen aan Tafel (demo) is used by no other e2e file: every application to it in this
// file is answered at once, so its figures read "100 %, within 1 hour" on every run on the same data.
const organisationName = "Stichting Samen aan Tafel (demo)";
const vacancyTitle = "Gastvrouw of gastheer bij de buurtmaaltijd";
const klusTitle = "Koken voor de buurtmaaltijd";

/** Presses Tab until `target` has focus, as a keyboard user would; fails when it is never reached. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function openVacancy(page: Page) {
  await page.goto(`/zoeken?q=${encodeURIComponent("gastvrouw buurtmaaltijd")}`);
  await page.getByRole("link", { name: vacancyTitle, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: vacancyTitle })).toBeVisible();
}

test("the organisation page shows who they are, what they ask and how fast they answer", async ({ browser, page }) => {
  // Three people and several accessibility checks: more than the default 30 seconds.
  test.setTimeout(120_000);

  // From a vacature to the organisation, by keyboard.
  await openVacancy(page);
  await tabTo(page, page.getByRole("link", { name: `Meer over ${organisationName}` }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: organisationName })).toBeVisible();
  const organisationUrl = page.url();
  expect(new URL(organisationUrl).pathname).toMatch(/^\/organisaties\/[0-9a-f-]{36}$/);
  await expect(
    page.getByText("Wij koken elke week voor buurtbewoners in de binnenstad.", { exact: false }),
  ).toBeVisible();
  await expect(page.getByText("Binnenstad-Oost, Centrum", { exact: true }).first()).toBeVisible();
  const klussen = page.getByRole("list", { name: "Klussen" });
  const vacatures = page.getByRole("list", { name: "Vacatures" });
  await expect(klussen.getByRole("link", { name: klusTitle })).toBeVisible();
  await expect(vacatures.getByRole("link", { name: vacancyTitle })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Reageren op vacatures" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // A volunteer applies; the coordinator answers at once.
  const volunteerContext = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const volunteer = await volunteerContext.newPage();
  await signUp(volunteer, {
    name: `Olga Organisatiepagina ${randomUUID().slice(0, 4)}`,
    email: uniqueEmail("orgpagina"),
    password: "een-lang-wachtwoord",
  });
  await openVacancy(volunteer);
  await volunteer.getByLabel("Uw motivatie").fill("Ik schenk graag koffie en maak makkelijk een praatje met mensen.");
  await volunteer.getByRole("button", { name: "Stuur mijn reactie" }).click();
  await expect(volunteer.getByRole("status")).toContainText("Uw reactie is verstuurd.");
  await volunteerContext.close();

  const coordinatorContext = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const coordinator = await coordinatorContext.newPage();
  await logIn(coordinator, "samenaantafel@demo.noaber.nl");
  await coordinator.goto("/organisatie/reacties");
  // Answer every new application to this vacature (earlier runs may have left one when they failed).
  const newItems = coordinator
    .getByRole("listitem")
    .filter({ has: coordinator.getByRole("link", { name: vacancyTitle }) })
    .filter({ has: coordinator.getByRole("button", { name: /In gesprek/ }) });
  while ((await newItems.count()) > 0) {
    await newItems
      .first()
      .getByRole("button", { name: /In gesprek/ })
      .click();
    await expect(coordinator.getByRole("status")).toContainText("in gesprek");
  }
  // A coordinator of the organisation gets a way back to the overview.
  await coordinator.goto(organisationUrl);
  await expect(coordinator.getByRole("link", { name: "Naar uw overzicht als organisatie" })).toBeVisible();
  await coordinatorContext.close();

  // The figures: answered within 3 working days every time, typically within the hour.
  await page.reload();
  await expect(
    page.getByText(/^Deze organisatie reageert 100\s?% van de keren binnen 3 werkdagen, meestal binnen 1 uur\.$/),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Naar uw overzicht als organisatie" })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  // In English too, with the same figures.
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Answering applications" })).toBeVisible();
  await expect(
    page.getByText(/^This organisation answers 100\s?% of the time within 3 working days, usually within 1 hour\.$/),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Nederlands", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Reageren op vacatures" })).toBeVisible();
});

test("an unknown or malformed organisation id is a page that does not exist", async ({ page }) => {
  for (const id of [randomUUID(), "not-a-uuid", "1%20or%201=1"]) {
    const response = await page.goto(`/organisaties/${id}`);
    expect(response?.status(), id).toBe(404);
  }
  await expectNoAccessibilityViolations(page);
});
