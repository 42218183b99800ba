import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { demoOrganisation, loggedIn } from "./support/marketplace";
import { publishKlus } from "./support/publish";

const minute = 60_000;
const volunteer = { email: "vrijwilliger@demo.noaber.nl", name: "Sanne Hoekstra" };

/** The first whole minute at least `ms` from now: attendance can be marked once the klus has started. */
function wholeMinuteIn(ms: number) {
  return new Date(Math.ceil((Date.now() + ms) / minute) * minute);
}

async function reloadUntil(page: Page, check: () => Promise<void>, timeout: number) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout, intervals: [2_000] });
}

const figure = (page: Page, key: string) => page.locator(`dd[data-figure="${key}"]`);

test("the municipality follows Oud-Oost: the figures change after a klus is filled and attended, the map switches, the CSV downloads, and small counts show as <5", async ({
  browser,
}) => {
  test.setTimeout(5 * minute);
  const run = randomUUID().slice(0, 6);
  const gemeente = await loggedIn(browser, "gemeente@demo.noaber.nl");
  const page = gemeente.page;

  await page.goto("/gemeente");
  await expect(page.getByRole("heading", { level: 1, name: "Gemeente" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Alle cijfers per gebied en wijk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cijfers per gebied en wijk" })).toBeVisible();

  await page.getByLabel("Gebied", { exact: true }).selectOption({ label: "Oude Wijken" });
  await page.getByRole("button", { name: "Toon cijfers" }).click();
  await expect(page.getByText(/Vrijwillige inzet in Oude Wijken/)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: "Oud-Oost (vroeger Oosterparkwijk)" });
  await page.getByRole("button", { name: "Toon cijfers" }).click();
  await expect(page.getByText(/Vrijwillige inzet in Oud-Oost \(vroeger Oosterparkwijk\)/)).toBeVisible();
  await expect(page.getByRole("img", { name: /per wijk/ })).toBeVisible();
  const filledBefore = Number(await figure(page, "klussenFilled").textContent());
  const klussenBefore = Number(await figure(page, "klussen").textContent());

  // An organisation publishes a one-spot klus in the Florabuurt (Oud-Oost), starting in a minute or two.
  const organisation = await loggedIn(browser, demoOrganisation.email);
  const startsAt = wholeMinuteIn(1.5 * minute);
  const title = `Koffie schenken in de buurtkamer ${run}`;
  const klusUrl = await publishKlus(organisation.page, {
    title,
    buurt: "Florabuurt",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * minute),
    spots: 1,
    skill: "Koken",
  });
  const resident = await loggedIn(browser, volunteer.email);
  await resident.page.goto(klusUrl);
  await resident.page.getByRole("button", { name: "Ik doe mee" }).click();
  await expect(resident.page.getByText("Gelukt: u doet mee.")).toBeVisible();

  await page.reload();
  await expect(figure(page, "klussen")).toHaveText(String(klussenBefore + 1));
  await expect(figure(page, "klussenFilled")).toHaveText(String(filledBefore + 1));

  // Once the klus has started, the organisation confirms that Sanne was there, for two hours.
  const attendance = () =>
    organisation.page
      .locator("form")
      .filter({ has: organisation.page.getByRole("group", { name: `Was ${volunteer.name} er?` }) });
  await organisation.page.goto(klusUrl);
  await reloadUntil(organisation.page, () => expect(attendance()).toBeVisible({ timeout: 1_000 }), 3 * minute);
  await attendance().getByLabel("Was er", { exact: true }).check();
  await attendance().getByLabel(`Uren voor ${volunteer.name}`).fill("2");
  await attendance().getByRole("button", { name: "Opslaan" }).click();
  await expect(attendance().getByRole("status")).toHaveText("Opgeslagen.");

  // Hours given in Oud-Oost grow by two (or become visible, when they rested on fewer than 5 people before).
  await page.goto(`/gemeente/cijfers?wijk=WK001404&kaart=hours`);
  await expect(page.getByRole("table", { name: "Uren gegeven per wijk" })).toBeVisible();
  const hoursCell = page
    .getByRole("table", { name: "Uren gegeven per wijk" })
    .getByRole("row", { name: /Oud-Oost/ })
    .getByRole("cell");
  await expect(hoursCell).not.toHaveText("");

  // Switch the map's figure through the form.
  await page.getByLabel("Kleur de kaart naar").selectOption({ label: "Actieve vrijwilligers" });
  await page.getByRole("button", { name: "Toon cijfers" }).click();
  await expect(page.getByRole("table", { name: "Actieve vrijwilligers per wijk" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Actieve vrijwilligers per wijk" })).toBeVisible();

  // Fewer than 5 people: "<5", never the number.
  await expect(page.getByRole("cell", { name: "<5", exact: true }).first()).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download als CSV (Excel)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^cijfers-WK001404-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv).toContain("Klussen vol");
  const oudOost = csv.split("\r\n").find((line) => line.startsWith("Wijk;Oud-Oost (Oosterparkwijk)"));
  expect(oudOost).toBeDefined();
  expect(csv).toContain(";<5;");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.screenshot({ path: "/tmp/figures-390.png", fullPage: false });
  await expectNoAccessibilityViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await page.locator("#kaart-kop").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/figures-1280-map.png" });

  // The organisation sees the same figures for its own work.
  await organisation.page.goto("/organisatie/cijfers");
  await expect(organisation.page.getByRole("heading", { level: 1, name: /Cijfers van/ })).toBeVisible();
  await expectNoAccessibilityViolations(organisation.page);
});
