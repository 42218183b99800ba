import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { logIn, signUp, uniqueEmail } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { publishKlus } from "./support/publish";

const volunteerPassword = "een lange zin als wachtwoord";
const channel = "Noordoost";

async function newVolunteer(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, { name, email: uniqueEmail("moderatie"), password: volunteerPassword });
  return { context, page };
}

/** Joins the wijk channel from the conversations page (or opens it when already joined). */
async function openChannel(page: Page) {
  await page.goto("/gesprekken");
  const channels = page.getByRole("region", { name: "Wijkkanalen" });
  const join = channels.getByRole("button", { name: `Meedoen met wijkkanaal ${channel}` });
  if (await join.isVisible()) await join.click();
  else await channels.getByRole("link", { name: channel, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: channel })).toBeVisible();
}

function messageList(page: Page) {
  return page.getByRole("list", { name: /^Berichten in / });
}

/** Checks the page with axe as it is, and again 390 px wide. */
async function expectAccessibleAtBothWidths(page: Page) {
  await expectNoAccessibilityViolations(page);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAccessibilityViolations(page);
  if (size) await page.setViewportSize(size);
}

test("a reported message and klus reach the municipality's queue, are hidden there, and the audit log shows it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const token = randomUUID().slice(0, 6);
  const rude = `Jullie zijn allemaal sukkels ${token}`;
  const reason = `Dit is schelden ${token}`;
  const klusReason = `Dit lijkt oplichting ${token}`;
  const klusTitle = `Geld ophalen aan de deur ${token}`;

  const anna = await newVolunteer(browser, `Anna ${token}`);
  const bram = await newVolunteer(browser, `Bram ${token}`);
  for (const volunteer of [anna, bram]) await openChannel(volunteer.page);

  // Anna writes something rude in the wijk channel; Bram reports it.
  await anna.page.getByLabel("Uw bericht").fill(rude);
  await anna.page.getByRole("button", { name: "Versturen" }).click();
  await expect(messageList(anna.page).getByText(rude)).toBeVisible();
  await bram.page.reload();
  await messageList(bram.page)
    .getByRole("listitem")
    .filter({ hasText: rude })
    .getByRole("link", { name: "Melden" })
    .click();
  await bram.page.getByLabel("Waarom meldt u dit bericht?").fill(reason);
  await bram.page.getByRole("button", { name: "Bericht melden" }).click();
  await expect(bram.page.getByText("Dank u. Wij kijken naar het bericht.")).toBeVisible();

  // Bram reports a klus as well, from its page; first without a reason, which the page asks for.
  const organisationContext = await browser.newContext();
  const organisation = await organisationContext.newPage();
  await logIn(organisation, "organisatie@demo.noaber.nl");
  const klusUrl = await publishKlus(organisation, {
    title: klusTitle,
    buurt: "Beijum-West",
    startsIn: 72,
    hours: 2,
    spots: 3,
    skill: "Tuinieren",
  });
  await bram.page.goto(klusUrl);
  await bram.page.getByText("Meld deze klus").click();
  await expectNoAccessibilityViolations(bram.page);
  await bram.page.getByRole("button", { name: "Melden", exact: true }).click();
  // The browser's own check stops an empty reason; without it, the server says the same.
  await expect(bram.page.getByLabel("Wat is er mis?")).toHaveJSProperty("validity.valueMissing", true);
  await bram.page.getByLabel("Wat is er mis?").fill(klusReason);
  await bram.page.getByRole("button", { name: "Melden", exact: true }).click();
  await expect(bram.page.getByText("Dank u voor uw melding. De gemeente kijkt ernaar.")).toBeVisible();

  // The municipality opens the queue from the menu and sees each report with its reason and context.
  const gemeenteContext = await browser.newContext();
  const gemeente = await gemeenteContext.newPage();
  await logIn(gemeente, "gemeente@demo.noaber.nl");
  await gemeente.getByRole("link", { name: "Moderatie" }).click();
  await expect(gemeente.getByRole("heading", { level: 1, name: "Moderatie" })).toBeVisible();
  // The item whose reported message is Anna's (her message may also show in the context of older reports).
  const reportedMessage = (text: string) =>
    gemeente.getByRole("region").filter({ has: gemeente.locator(".noaber-moderation__reported", { hasText: text }) });
  const messageItem = reportedMessage(rude);
  await expect(messageItem.getByRole("heading", { level: 3, name: channel })).toBeVisible();
  await expect(messageItem.getByText(reason)).toBeVisible();
  await expect(messageItem.getByText("1 melding")).toBeVisible();
  await expect(messageItem.getByText(`Anna ${token}`).first()).toBeVisible();
  await expect(messageItem.getByRole("list", { name: "Berichten rond het gemelde bericht" })).toContainText(rude);
  // The reporter's name is not in the item (Bram wrote nothing in the channel).
  await expect(messageItem.getByText(`Bram ${token}`)).toHaveCount(0);
  const klusItem = gemeente.getByRole("region", { name: klusTitle });
  await expect(klusItem.getByText(klusReason)).toBeVisible();
  await expect(klusItem.getByText("Buurthuis De Vlinder (demo)", { exact: true })).toBeVisible();
  await expectAccessibleAtBothWidths(gemeente);

  // Hiding the message takes it out of the queue, with a confirmation.
  await messageItem.getByLabel("Notitie voor het logboek").fill(`Schelden ${token}`);
  await messageItem.getByRole("button", { name: "Bericht verbergen" }).click();
  await expect(gemeente.getByText("Gedaan: verborgen. De meldingen zijn afgehandeld.")).toBeVisible();
  await expect(reportedMessage(rude)).toHaveCount(0);

  // The members see it hidden (Anna live, Bram after a reload).
  await expect(messageList(anna.page).getByText(rude)).toHaveCount(0);
  await expect(messageList(anna.page).getByText("Verborgen door een moderator").first()).toBeVisible();
  await bram.page.goto("/gesprekken");
  await bram.page
    .getByRole("region", { name: "Wijkkanalen" })
    .getByRole("link", { name: channel, exact: true })
    .click();
  await expect(messageList(bram.page).getByText(rude)).toHaveCount(0);

  // The klus comes off the site, this time without JavaScript: its page is gone for volunteers.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const gemeenteWithoutJs = await noScript.newPage();
  await logIn(gemeenteWithoutJs, "gemeente@demo.noaber.nl");
  await gemeenteWithoutJs.goto("/gemeente/moderatie");
  await gemeenteWithoutJs
    .getByRole("region", { name: klusTitle })
    .getByRole("button", { name: "Van de site halen" })
    .click();
  await expect(gemeenteWithoutJs.getByText("Gedaan: verborgen. De meldingen zijn afgehandeld.")).toBeVisible();
  await expect(gemeenteWithoutJs.getByRole("region", { name: klusTitle })).toHaveCount(0);
  await noScript.close();
  const gone = await bram.page.goto(klusUrl);
  expect(gone?.status()).toBe(404);

  // The audit log shows both, newest first, and filters by action.
  await gemeente.getByRole("link", { name: "Logboek" }).first().click();
  await expect(gemeente.getByRole("heading", { level: 1, name: "Logboek" })).toBeVisible();
  const log = gemeente.getByRole("table", { name: /Acties van de gemeente/ });
  await expect(log.getByRole("row").nth(1)).toContainText(klusTitle);
  const hiddenMessage = log.getByRole("row").filter({ hasText: `Schelden ${token}` });
  await expect(hiddenMessage).toContainText("Verborgen");
  await expect(hiddenMessage).toContainText(`Anna ${token}`);
  await gemeente.getByLabel("Soort actie").selectOption({ label: "Verborgen" });
  await gemeente.getByRole("button", { name: "Tonen" }).click();
  await expect(gemeente).toHaveURL(/actie=hide/);
  await expect(log.getByRole("row").filter({ hasText: `Schelden ${token}` })).toBeVisible();
  await expectAccessibleAtBothWidths(gemeente);

  for (const context of [anna.context, bram.context, organisationContext, gemeenteContext]) await context.close();
});

test("a volunteer may not open the moderation pages", async ({ page }) => {
  await logIn(page, "vrijwilliger@demo.noaber.nl");
  for (const path of ["/gemeente/moderatie", "/gemeente/logboek"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByText("Deze pagina is alleen voor medewerkers van de gemeente.")).toBeVisible();
  }
});
