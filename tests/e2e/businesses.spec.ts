import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demoBusinessHours } from "../../db/seed/demo-business-hours";
import { logIn } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import {
  dayFromToday,
  demoBusiness as business,
  demoOrganisation as organisation,
  fillListing,
  loggedIn,
  messageBusinessFromMatch,
  readMessageFromOrganisation,
  requestMatch,
} from "./support/marketplace";

test("a business's offer and an organisation's request match, and they talk about it", async ({ browser }) => {
  // Two people, four forms and five accessibility checks on a shared machine.
  test.setTimeout(120_000);
  const run = randomUUID().slice(0, 6);
  const offerTitle = `Drie collega's voor de moestuin ${run}`;
  const requestTitle = `Hulp bij de moestuinbakken ${run}`;

  const seller = await loggedIn(browser, business.email);
  await seller.page.goto("/bedrijf/aanbod");
  await expect(seller.page.getByRole("heading", { level: 1, name: "Ons aanbod" })).toBeVisible();
  await expectNoAccessibilityViolations(seller.page);
  await seller.page.getByRole("link", { name: "Nieuw aanbod" }).click();
  await expect(seller.page.getByRole("heading", { level: 1, name: "Nieuw aanbod plaatsen" })).toBeVisible();
  await expectNoAccessibilityViolations(seller.page);

  // A mistake is told beside its field, and what was typed stays.
  await fillListing(seller.page, { title: offerTitle, from: dayFromToday(40), to: dayFromToday(20) });
  await seller.page.getByRole("button", { name: "Aanbod plaatsen" }).click();
  await expect(seller.page.getByText("De einddatum ligt voor de begindatum.").first()).toBeVisible();
  await expect(seller.page.getByLabel("Titel")).toHaveValue(offerTitle);
  await expectNoAccessibilityViolations(seller.page);

  await seller.page.getByLabel("Tot en met").fill(dayFromToday(120));
  await seller.page.getByRole("checkbox", { name: "Oud-Oost (Oosterparkwijk)" }).check();
  await seller.page.getByRole("button", { name: "Aanbod plaatsen" }).click();
  await expect(seller.page.getByText("Uw aanbod is opgeslagen.")).toBeVisible();
  await expect(seller.page.getByRole("heading", { level: 3, name: offerTitle })).toBeVisible();
  await seller.page.getByRole("link", { name: `${offerTitle} wijzigen` }).click();
  await expect(seller.page.getByLabel("Titel")).toHaveValue(offerTitle);
  await expectNoAccessibilityViolations(seller.page);

  const asker = await loggedIn(browser, organisation.email);
  await asker.page.goto("/organisatie/vragen/nieuw");
  await expectNoAccessibilityViolations(asker.page);
  await fillListing(asker.page, { title: requestTitle, from: dayFromToday(60), to: dayFromToday(150) });
  await asker.page.getByLabel("Wijk").selectOption({ label: "Oud-Oost (Oosterparkwijk)" });
  await asker.page.getByRole("button", { name: "Vraag plaatsen" }).click();
  await expect(asker.page.getByText("Uw vraag is opgeslagen.")).toBeVisible();

  const match = requestMatch(asker.page, requestTitle, offerTitle);
  await expect(match.getByText("U deelt deze vaardigheden: Moestuin.")).toBeVisible();
  await expect(match.getByText("De wijk past bij wat het bedrijf koos.")).toBeVisible();
  await expectNoAccessibilityViolations(asker.page);

  // The business sees the same match from its side.
  await seller.page.goto("/bedrijf/aanbod");
  const sellerMatch = seller.page
    .getByRole("region", { name: "Past bij uw aanbod" })
    .getByRole("listitem")
    .filter({ hasText: requestTitle })
    .filter({ hasText: offerTitle });
  await expect(sellerMatch.getByText(organisation.name)).toBeVisible();

  const message = `Past een teamdag bij de moestuin? (${run})`;
  await messageBusinessFromMatch(asker.page, match, message);
  await readMessageFromOrganisation(seller.page, message);

  await seller.context.close();
  await asker.context.close();
});

test("the business's social-return report shows confirmed hours and downloads as CSV", async ({ browser }) => {
  test.setTimeout(90_000);
  const gemeente = await loggedIn(browser, "gemeente@demo.noaber.nl");
  await gemeente.page.goto("/gemeente/instellingen");
  await expectNoAccessibilityViolations(gemeente.page);
  await gemeente.page.getByLabel("Waarde van een vrijwilligersuur (euro)").fill("15,50");
  await gemeente.page.getByRole("button", { name: "Opslaan" }).click();
  await expect(gemeente.page.getByText("Opgeslagen.")).toBeVisible();
  await gemeente.context.close();

  // Up to yesterday: the omarm story adds confirmed hours today, and this spec must pass again on the same data.
  const from = dayFromToday(-60);
  const to = dayFromToday(-1);
  const seller = await loggedIn(browser, business.email);
  await seller.page.goto(`/bedrijf/rapportage?van=${from}&tot=${to}`);
  await expect(
    seller.page.getByRole("heading", { level: 1, name: "Rapportage maatschappelijk rendement" }),
  ).toBeVisible();
  const figure = (label: string) =>
    seller.page.locator(`dt:text-is("${label}")`).locator("xpath=following-sibling::dd[1]");
  await expect(figure("Uren gegeven")).toHaveText("12");
  await expect(figure("Mensen")).toHaveText("2");
  await expect(seller.page.getByRole("cell", { name: "Groen Dichtbij Groningen (demo)" }).first()).toBeVisible();
  await expect(seller.page.getByText("Waarde (€ 15,50 per uur)")).toBeVisible();
  await expectNoAccessibilityViolations(seller.page);

  const downloading = seller.page.waitForEvent("download");
  await seller.page.getByRole("link", { name: "Download als CSV (Excel)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`rapportage-${from}-${to}.csv`);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).split("\r\n");
  expect(lines).toContain(`Bedrijf;${business.name}`);
  expect(lines).toContain("Uren gegeven;12");
  expect(lines).toContain("Mensen;2");
  expect(lines).toContain("Waarde (euro);186");
  expect(lines.some((line) => line.includes(`;${demoBusinessHours.title};Groen Dichtbij Groningen (demo);`))).toBe(
    true,
  );

  // Nobody outside the business sees it.
  const asker = await loggedIn(browser, organisation.email);
  const refused = await asker.page.goto("/bedrijf/rapportage");
  expect(refused?.status()).toBe(403);
  await expect(asker.page.getByText("Deze pagina is alleen voor coördinatoren van een bedrijf")).toBeVisible();
  await asker.context.close();
  await seller.context.close();
});

test("a volunteer prints a statement of confirmed hours", async ({ browser }) => {
  const member = await loggedIn(browser, demoBusinessHours.volunteerEmails[0]);
  await member.page.goto("/agenda");
  await member.page.getByRole("link", { name: "Urenverklaring" }).click();
  await expect(member.page.getByRole("heading", { level: 1, name: "Urenverklaring" })).toBeVisible();
  // The row, not the total: the omarm story gives the same member more confirmed hours on every run.
  const row = member.page
    .getByRole("row")
    .filter({ has: member.page.getByRole("rowheader", { name: demoBusinessHours.title }) });
  await expect(row.getByRole("cell").last()).toHaveText("6");
  await expect(member.page.getByRole("row", { name: /Totaal/ })).toBeVisible();
  await expectNoAccessibilityViolations(member.page);
  await member.context.close();
});

test("without JavaScript a business publishes, corrects and closes an offer", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
  const page = await context.newPage();
  await logIn(page, business.email);
  await page.goto("/bedrijf/aanbod/nieuw");
  const title = `Boekhouden voor een buurthuis ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Soort").selectOption({ label: "Kennis of hulp zonder kosten (pro bono)" });
  await page.getByLabel("Titel").fill("Kort");
  await page.getByLabel("Hoeveel").fill("20");
  await page.getByLabel("Eenheid").selectOption({ label: "uren" });
  await page.getByLabel("Vanaf").fill(dayFromToday(10));
  await page.getByLabel("Tot en met").fill(dayFromToday(100));
  const answer = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Aanbod plaatsen" }).click();
  expect((await answer).status()).toBe(400);
  await expect(page.getByText("De titel is te kort. Gebruik minstens 5 tekens.").last()).toBeVisible();
  await expect(page.getByLabel("Hoeveel")).toHaveValue("20");

  await page.getByLabel("Titel").fill(title);
  await page.getByRole("button", { name: "Aanbod plaatsen" }).click();
  await expect(page.getByText("Uw aanbod is opgeslagen.")).toBeVisible();
  await page.getByRole("link", { name: `${title} wijzigen` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aanbod wijzigen" })).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  await page.getByRole("button", { name: "Sluiten" }).click();
  await expect(page.getByText("Uw aanbod is gesloten.")).toBeVisible();
  await expect(page.getByRole("link", { name: `${title} wijzigen` })).toHaveCount(0);
  await context.close();
});
