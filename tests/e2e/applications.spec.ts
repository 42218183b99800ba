import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { logIn, signUp, uniqueEmail } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";

test("a volunteer applies to a vacature, the organisation answers, and the volunteer sees it", async ({
  browser,
  page,
}) => {
  // Two people, four pages and accessibility checks: more than the default 30 seconds.
  test.setTimeout(120_000);
  // The coordinator publishes a vacature.
  await logIn(page, "organisatie@demo.noaber.nl");
  const title = `Gastvrouw buurthuis ${randomUUID().slice(0, 6)}`;
  await page.goto("/organisatie/nieuw");
  await page.getByLabel("Een vacature").check();
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Beschrijving").fill("Koffie schenken en mensen welkom heten in het buurthuis, op dinsdag.");
  await page.getByLabel("Waar is het?").selectOption({ label: "Florabuurt" });
  await page.getByLabel("Hoeveel uur per week ongeveer?").fill("3");
  await page.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const vacancyUrl = page.url().replace(/\?.*$/, "");

  // A new volunteer applies, in their own browser.
  const volunteerContext = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const volunteer = await volunteerContext.newPage();
  await signUp(volunteer, {
    name: "Vera Vrijwilliger",
    email: uniqueEmail("reactie"),
    password: "een-lang-wachtwoord",
  });
  await volunteer.goto(vacancyUrl);
  await volunteer.getByLabel("Uw motivatie").fill("Te kort");
  await volunteer.getByRole("button", { name: "Stuur mijn reactie" }).click();
  await expect(volunteer.getByText("Schrijf minstens 20 tekens.").first()).toBeVisible();
  await volunteer.getByLabel("Uw motivatie").fill("Ik woon om de hoek en schenk graag koffie voor de buren.");
  await volunteer.getByRole("button", { name: "Stuur mijn reactie" }).click();
  await expect(volunteer.getByRole("status")).toContainText("Uw reactie is verstuurd.");
  await expect(volunteer.getByText("Uw reactie: nieuw")).toBeVisible();
  await expectNoAccessibilityViolations(volunteer);

  // The coordinator moves it on.
  await page.goto("/organisatie/reacties");
  await expect(page.getByRole("heading", { level: 1, name: "Reacties op vacatures" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await item.getByRole("button", { name: /In gesprek/ }).click();
  await expect(page.getByRole("status")).toContainText("in gesprek");

  // The volunteer hears about it.
  await volunteer.goto("/meldingen");
  await expect(volunteer.getByText(`De organisatie wil met u in gesprek over “${title}”.`)).toBeVisible();
  await expectNoAccessibilityViolations(volunteer);
  await volunteer.getByRole("button", { name: "Alles gelezen" }).click();
  await expect(volunteer.getByRole("status")).toContainText("Alle meldingen staan op gelezen.");

  // The agenda lists the vacature and hands out a calendar link that a new link revokes.
  await volunteer.goto("/agenda");
  await expect(volunteer.getByRole("link", { name: title })).toBeVisible();
  await volunteer.getByRole("button", { name: "Maak een link" }).click();
  const oldLink = await volunteer.getByLabel("Link voor uw agenda").inputValue();
  const feed = await volunteer.request.get(oldLink);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");
  await expectNoAccessibilityViolations(volunteer);
  await volunteer.getByRole("button", { name: "Maak een nieuwe link" }).click();
  // The notice is already there after the first link; wait for the new link itself.
  await expect(volunteer.getByLabel("Link voor uw agenda")).not.toHaveValue(oldLink);
  await expect(volunteer.getByRole("status")).toContainText("De oude link werkt niet meer.");
  expect((await volunteer.request.get(oldLink)).status()).toBe(404);
  await volunteerContext.close();
});
