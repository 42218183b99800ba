import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { logIn, signUp, uniqueEmail } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { publishKlus } from "./support/publish";

// playwright.config.ts sets WAVE_INTERVAL_SECONDS to this, so waves come seconds apart.
const WAVE_INTERVAL_MS = 15_000;
const SKILL = "Dierenverzorging";

/** The next Sunday 19:00 in Groningen at least two days ahead: a time other specs' klussen do not use. */
function nextSundayEvening(): Date {
  const start = Date.now() + 48 * 3_600_000;
  for (let hour = 0; hour < 24 * 8; hour++) {
    const candidate = new Date(Math.ceil(start / 3_600_000) * 3_600_000 + hour * 3_600_000);
    const local = candidate.toLocaleString("en-GB", {
      timeZone: "Europe/Amsterdam",
      weekday: "short",
      hour: "2-digit",
      hourCycle: "h23",
    });
    if (local === "Sun, 19") return candidate;
  }
  throw new Error("no Sunday evening found");
}

/** A new volunteer with a home buurt, the skill, only Sunday evening, and up to 10 notices a week. */
async function newVolunteer(browser: Browser, name: string, buurt: string, checkAccessibility = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, { name, email: uniqueEmail("golf"), password: "een lange zin als wachtwoord" });
  await page.getByLabel("Uw buurt of dorp").selectOption({ label: buurt });
  await page.getByRole("group", { name: "Wat kunt u, of wat doet u graag?" }).getByLabel(SKILL).check();
  const when = page.getByRole("group", { name: "Wanneer heeft u tijd?" });
  await when.getByLabel("Alleen op de momenten die ik hieronder aanvink").check();
  await when.getByRole("table", { name: "Momenten waarop u kunt helpen" }).getByLabel("zondag, Avond").check();
  await page
    .getByRole("group", { name: "Hoeveel berichten over klussen wilt u per week hooguit krijgen?" })
    .getByLabel("10 berichten")
    .check();
  if (checkAccessibility) await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: /opslaan/i }).click();
  await expect(page.getByText("Uw profiel is opgeslagen.")).toBeVisible();
  return { context, page };
}

async function toldAbout(page: Page, title: string) {
  await page.goto("/meldingen");
  return page.getByText(`Nieuwe klus bij u in de buurt: “${title}”.`).isVisible();
}

test("a klus with 2 spots fills in waves: near first, then the wijk; far away is never told", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Kinderboerderij voeren ${randomUUID().slice(0, 6)}`;

  // 1 lives in Zuidwending itself; 2 elsewhere in the wijk Hoogkerk e.o. (more than 1 km); 3 in Ten Boer.
  const near = await newVolunteer(browser, "Anke Dijkstra", "Zuidwending", true);
  const wijk = await newVolunteer(browser, "Bert Mulder", "Hoogkerk-Zuid");
  const far = await newVolunteer(browser, "Cor Bakker", "Sint Annen");

  // A volunteer with nothing ticked is flexibel; the page says so and an error keeps what was chosen.
  await near.page.goto("/profiel");
  await expect(near.page.getByLabel("Alleen op de momenten die ik hieronder aanvink")).toBeChecked();
  await expect(near.page.getByLabel("zondag, Avond")).toBeChecked();
  await near.page.getByLabel("zondag, Avond").uncheck();
  await near.page.getByRole("button", { name: /opslaan/i }).click();
  await expect(near.page.getByText("Vink minstens één moment aan, of kies flexibel.").first()).toBeVisible();
  await near.page.getByLabel("zondag, Avond").check();
  await near.page.getByRole("button", { name: /opslaan/i }).click();
  await expect(near.page.getByText("Uw profiel is opgeslagen.")).toBeVisible();

  const organisationContext = await browser.newContext();
  const organisation = await organisationContext.newPage();
  await logIn(organisation, "organisatie@demo.noaber.nl");
  const startsAt = nextSundayEvening();
  const klusUrl = await publishKlus(organisation, {
    title,
    buurt: "Zuidwending",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    spots: 2,
    skill: SKILL,
  });
  const klusPath = new URL(klusUrl).pathname;

  // The first wave: volunteer 1 is told; 2 and 3 not yet.
  await expect.poll(() => toldAbout(near.page, title)).toBe(true);
  expect(await toldAbout(wijk.page, title)).toBe(false);
  expect(await toldAbout(far.page, title)).toBe(false);

  await near.page.getByRole("link", { name: `Nieuwe klus bij u in de buurt: “${title}”.` }).click();
  await expect(near.page).toHaveURL(new RegExp(`${klusPath}$`));
  await near.page.getByRole("button", { name: "Ik doe mee" }).click();
  await expect(near.page.getByText("Gelukt: u doet mee.")).toBeVisible();

  // The next wave reaches the wijk: volunteer 2 is told and claims the last spot.
  await expect.poll(() => toldAbout(wijk.page, title), { timeout: 3 * WAVE_INTERVAL_MS }).toBe(true);
  await wijk.page.goto(klusPath);
  await wijk.page.getByRole("button", { name: "Ik doe mee" }).click();
  await expect(wijk.page.getByText("Gelukt: u doet mee.")).toBeVisible();

  // The coordinator sees two waves and that the klus is full.
  await organisation.goto(klusPath);
  const explanation = organisation.getByRole("region", { name: "Wie heeft een bericht gekregen?" });
  await expect(explanation.getByText("De klus is vol. Er gaan geen berichten meer uit.")).toBeVisible();
  await expect(explanation.getByRole("heading", { level: 3, name: /^Ronde 1,/ })).toBeVisible();
  await expect(explanation.getByRole("heading", { level: 3, name: /^Ronde 2,/ })).toBeVisible();
  await expect(explanation.getByText(/in Zuidwending en de buurten binnen 1 km/)).toBeVisible();
  await expect(explanation.getByText(/in de wijk Hoogkerk e\.o\./)).toBeVisible();
  await expect(explanation.getByText("Anke Dijkstra")).toHaveCount(0);
  await expectNoAccessibilityViolations(organisation);

  // A wave interval later (and a round of the jobs) still nobody far away was told: the klus is full.
  await organisation.waitForTimeout(WAVE_INTERVAL_MS + 4_000);
  expect(await toldAbout(far.page, title)).toBe(false);
  await organisation.reload();
  await expect(explanation.getByRole("heading", { level: 3, name: /^Ronde 3,/ })).toHaveCount(0);

  for (const context of [near.context, wijk.context, far.context, organisationContext]) await context.close();
});
