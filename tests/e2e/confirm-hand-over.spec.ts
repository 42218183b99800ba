import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { startTomorrowWithin24h } from "../support/tomorrow";
import { logIn, signUp, uniqueEmail } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { publishKlus } from "./support/publish";

async function newVolunteer(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, { name, email: uniqueEmail("bevestig"), password: "een lange zin als wachtwoord" });
  return { context, page };
}

async function screenshot(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: `/tmp/confirm-${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("the day before: one confirms in one tap, the other hands over, and the waitlisted volunteer gets the spot", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const token = randomUUID().slice(0, 6);
  const title = `Schuur opruimen ${token}`;
  // A klus with 2 spots that starts tomorrow, within 24 hours.
  const startsAt = startTomorrowWithin24h();
  const organisationContext = await browser.newContext();
  const organisation = await organisationContext.newPage();
  await logIn(organisation, "organisatie@demo.noaber.nl");
  const klusUrl = await publishKlus(organisation, {
    title,
    buurt: "Florabuurt",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    spots: 2,
    skill: "Tuinieren",
  });

  const anna = await newVolunteer(browser, `Anna ${token}`);
  const bram = await newVolunteer(browser, `Bram ${token}`);
  const cato = await newVolunteer(browser, `Cato ${token}`);
  for (const { page } of [anna, bram]) {
    await page.goto(klusUrl);
    await page.getByRole("button", { name: "Ik doe mee" }).click();
    await expect(page.getByText("Gelukt: u doet mee.")).toBeVisible();
  }
  await cato.page.goto(klusUrl);
  await cato.page.getByRole("button", { name: "Zet mij op de wachtlijst" }).click();
  await expect(cato.page.getByText("U staat op de wachtlijst, plek 1.", { exact: false })).toBeVisible();

  // Anna confirms in one tap on the klus page.
  await anna.page.goto(klusUrl);
  await expect(anna.page.getByText("De klus is binnenkort. Komt u?", { exact: false })).toBeVisible();
  await expectNoAccessibilityViolations(anna.page);
  await screenshot(anna.page, "ask");
  await anna.page.getByRole("button", { name: "Ik kom", exact: true }).click();
  await expect(anna.page.getByText("Dank u wel: u heeft laten weten dat u komt.")).toBeVisible();
  await expect(anna.page.getByText("U heeft laten weten dat u komt. Dank u wel!")).toBeVisible();
  await expectNoAccessibilityViolations(anna.page);
  // The same state in Arabic (right to left).
  await anna.page.getByRole("button", { name: "العربية" }).click();
  await expect(anna.page.getByText("أخبرتنا أنك ستأتي. شكراً لك!")).toBeVisible();
  await expectNoAccessibilityViolations(anna.page);
  await screenshot(anna.page, "confirmed-ar");

  // Bram hands over, in two steps that say what happens.
  await bram.page.goto(klusUrl);
  await bram.page.getByRole("link", { name: "Ik kan toch niet: plek overdragen." }).click();
  await expect(bram.page.getByText("Wilt u uw plek echt overdragen?", { exact: false })).toBeVisible();
  await expect(bram.page.getByText("Uw plek gaat naar de eerste op de wachtlijst.")).toBeVisible();
  await expectNoAccessibilityViolations(bram.page);
  await screenshot(bram.page, "hand-over");
  await bram.page.getByRole("button", { name: "Ja, draag mijn plek over" }).click();
  await expect(bram.page.getByText("Uw plek is overgedragen.", { exact: false })).toBeVisible();

  // Cato, first on the waitlist, gets the spot: on the klus page and in her notifications.
  await cato.page.goto(klusUrl);
  await expect(cato.page.getByText("U doet mee met deze klus.")).toBeVisible();
  await cato.page.goto("/meldingen");
  await expect(cato.page.getByText(`Er is een plek vrijgekomen: u doet nu mee met “${title}”.`)).toBeVisible();

  // Cato confirms from her agenda ("Mijn klussen") in one tap too.
  await cato.page.goto("/agenda");
  await expectNoAccessibilityViolations(cato.page);
  await cato.page.getByRole("button", { name: `Ik kom naar “${title}”` }).click();
  await expect(cato.page.getByText("Dank u wel: u heeft laten weten dat u komt.")).toBeVisible();
  await expectNoAccessibilityViolations(cato.page);
  await screenshot(cato.page, "agenda");

  // The coordinator sees who confirmed and who handed over.
  await organisation.goto(klusUrl);
  const list = organisation.getByRole("region", { name: "Aanmeldingen" });
  await expect(list.getByRole("row", { name: new RegExp(`Anna ${token}`) })).toContainText("Komt (bevestigd)");
  await expect(list.getByRole("row", { name: new RegExp(`Cato ${token}`) })).toContainText("Komt (bevestigd)");
  await expect(list.getByText(`Bram ${token} heeft de plek overgedragen.`)).toBeVisible();
  await expectNoAccessibilityViolations(organisation);
  await screenshot(organisation, "coordinator");

  // Closed afterwards, so that it does not stay in other runs' lists.
  for (const context of [anna.context, bram.context, cato.context, organisationContext]) await context.close();
});
