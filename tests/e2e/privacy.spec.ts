import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { logIn, signUp, uniqueEmail } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { chooseLanguage } from "./support/languages";
import { publishKlus } from "./support/publish";

const password = "een lange zin als wachtwoord";

/** The municipality's "Plekken bezet" for Oud-Oost (where Florabuurt lies) over the coming 100 days. */
async function spotsTakenInOudOost(gemeente: Page): Promise<number> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await gemeente.goto(`/gemeente/cijfers?wijk=WK001404&periode=custom&van=${day(-1)}&tot=${day(100)}`);
  const text = await gemeente.locator('dd[data-figure="spotsTaken"]').first().innerText();
  const value = Number(text.replace(/\D/g, ""));
  expect(text.trim(), "spots taken is a count of spots, shown exactly").toMatch(/^\d[\d.]*$/);
  return value;
}

test("a volunteer downloads their data and deletes the account; the klus keeps the spot and the message, from oud-vrijwilliger", async ({
  browser,
}) => {
  // Two people, a klus, a download and a deletion: longer than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const token = randomUUID().slice(0, 8);
  const title = `Snoeien bij de buurttuin ${token}`;
  const name = `Fenna ${token}`;
  const email = uniqueEmail("privacy");
  const message = `Ik neem een snoeischaar mee ${token}`;

  const organisationContext = await browser.newContext();
  const organisation = await organisationContext.newPage();
  await logIn(organisation, "organisatie@demo.noaber.nl");
  // Weeks ahead at a random hour, so no run's klus overlaps another's.
  const klusUrl = await publishKlus(organisation, {
    title,
    buurt: "Florabuurt",
    startsIn: 24 * 40 + Math.floor(Math.random() * 24 * 20),
    hours: 2,
    spots: 3,
    skill: "Tuinieren",
  });

  // The municipality's figures before the claim, to see that the claim counts, also after the deletion.
  const gemeenteContext = await browser.newContext();
  const gemeente = await gemeenteContext.newPage();
  await logIn(gemeente, "gemeente@demo.noaber.nl");
  const spotsTakenBefore = await spotsTakenInOudOost(gemeente);

  // A fresh volunteer claims the klus and writes in its klus group.
  const volunteerContext = await browser.newContext({ acceptDownloads: true });
  const volunteer = await volunteerContext.newPage();
  await signUp(volunteer, { name, email, password });
  await volunteer.goto(klusUrl);
  await volunteer.getByRole("button", { name: "Ik doe mee" }).click();
  await expect(volunteer.getByText("Gelukt: u doet mee.")).toBeVisible();
  await volunteer.getByRole("button", { name: "Naar de klusgroep" }).click();
  await expect(volunteer).toHaveURL(/\/gesprekken\/[0-9a-f-]{36}$/);
  const klusGroupUrl = volunteer.url();
  await volunteer.getByLabel("Uw bericht").fill(message);
  await volunteer.getByRole("button", { name: "Versturen" }).click();
  await expect(volunteer.getByRole("list", { name: /^Berichten in / }).getByText(message)).toBeVisible();

  // Mijn gegevens, from the profile; the download holds the account, the claim and the message.
  await volunteer.goto("/profiel");
  await volunteer
    .getByRole("main")
    .getByRole("link", { name: /^Mijn gegevens/ })
    .click();
  await expect(volunteer.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
  await expectNoAccessibilityViolations(volunteer);
  const downloading = volunteer.waitForEvent("download");
  await volunteer.getByRole("link", { name: "Download mijn gegevens (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^noaber-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8")) as {
    account: { email: string; displayName: string };
    roles: string[];
    claims: Array<{ klusTitle: string; status: string }>;
    messages: Array<{ body: string; conversationName: string }>;
    sessions: Array<Record<string, string>>;
  };
  expect(data.account).toMatchObject({ email, displayName: name });
  expect(data.roles).toEqual(["volunteer"]);
  expect(data.claims).toEqual([expect.objectContaining({ klusTitle: title, status: "active" })]);
  expect(data.messages).toEqual([expect.objectContaining({ body: message, conversationName: title })]);
  expect(data.sessions.length).toBeGreaterThan(0);
  expect(JSON.stringify(data)).not.toContain("argon2");

  // A wrong password removes nothing and says so beside the field.
  await volunteer.getByLabel("Uw wachtwoord").fill("niet het wachtwoord");
  await volunteer.getByRole("button", { name: "Verwijder mijn account" }).click();
  await expect(volunteer.getByText("Dit wachtwoord klopt niet. Er is niets verwijderd.").first()).toBeVisible();
  await expectNoAccessibilityViolations(volunteer);

  await volunteer.getByLabel("Uw wachtwoord").fill(password);
  await volunteer.getByRole("button", { name: "Verwijder mijn account" }).click();
  await expect(volunteer).toHaveURL(/\/account-verwijderd$/);
  await expect(volunteer.getByRole("heading", { level: 1, name: "Uw account is verwijderd" })).toBeVisible();
  await expect(volunteer.getByRole("link", { name: "Inloggen" })).toBeVisible();
  await expectNoAccessibilityViolations(volunteer);

  // Their claim still counts in the municipality's figures.
  expect(await spotsTakenInOudOost(gemeente)).toBe(spotsTakenBefore + 1);
  await gemeenteContext.close();

  // The old password opens nothing any more.
  await volunteer.goto("/inloggen");
  await volunteer.getByLabel("E-mailadres").fill(email);
  await volunteer.getByLabel("Wachtwoord").fill(password);
  await volunteer.getByRole("button", { name: "Inloggen" }).click();
  await expect(volunteer.getByRole("button", { name: /Uitloggen/ })).toHaveCount(0);

  // The organisation still sees the spot taken, by oud-vrijwilliger; the name is gone.
  await organisation.goto(klusUrl);
  await expect(organisation.getByRole("rowheader", { name: "oud-vrijwilliger" })).toBeVisible();
  await expect(organisation.getByText("Nog 2 plekken vrij").first()).toBeVisible();
  await expect(organisation.getByText(name)).toHaveCount(0);
  // The klus group keeps the message, from oud-vrijwilliger.
  await organisation.goto(klusGroupUrl);
  const list = organisation.getByRole("list", { name: /^Berichten in / });
  const kept = list.getByRole("listitem").filter({ hasText: message });
  await expect(kept).toContainText("oud-vrijwilliger");
  await expect(organisation.getByText(name)).toHaveCount(0);

  // In English the same person is a "former volunteer".
  await chooseLanguage(organisation, "English");
  const english = organisation.getByRole("list", { name: /^Messages in / });
  await expect(english.getByRole("listitem").filter({ hasText: message })).toContainText("former volunteer");
  await chooseLanguage(organisation, "Nederlands");

  await organisationContext.close();
  await volunteerContext.close();
});

test("the privacy page states each retention period from the configuration, in Dutch and in Arabic at 390 px", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/privacy");
  const retention = page.getByRole("region", { name: "Hoe lang bewaren wij wat?" });
  await expect(retention).toContainText("30 dagen na de klus verwijderen wij de berichten");
  await expect(retention).toContainText("Meldingen: 180 dagen");
  await expectNoAccessibilityViolations(page);

  await chooseLanguage(page, "العربية");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const arabic = page.getByRole("region", { name: "كم من الوقت نحفظ ماذا؟" });
  await expect(arabic).toContainText("30");
  await expect(arabic).toContainText("180");
  await expectNoAccessibilityViolations(page);

  await context.close();

  // Mijn gegevens in Arabic, at 390 px, for a logged-in volunteer.
  const volunteerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const volunteer = await volunteerContext.newPage();
  await signUp(volunteer, { name: `Amal ${randomUUID().slice(0, 6)}`, email: uniqueEmail("privacy-ar"), password });
  await volunteer.goto("/profiel/gegevens");
  await chooseLanguage(volunteer, "العربية");
  await expect(volunteer.getByRole("heading", { level: 1, name: "بياناتي" })).toBeVisible();
  await expect(volunteer.getByRole("link", { name: "تنزيل بياناتي (JSON)" })).toBeVisible();
  await expectNoAccessibilityViolations(volunteer);
  await volunteer.screenshot({ path: "/tmp/privacy-gegevens-ar-390.png", fullPage: true });
  await volunteerContext.close();
});
