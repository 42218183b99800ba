import { randomInt } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
import { logIn } from "./accounts";

/** A datetime-local value in Dutch time for `date`, to the minute. */
export function amsterdamDateTimeLocalOf(date: Date) {
  const day = date.toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
  const time = date.toLocaleTimeString("sv-SE", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit" });
  return `${day}T${time.slice(0, 5)}`;
}

/** A datetime-local value in Dutch time, `hoursAhead` from now, on the whole hour. */
export function amsterdamDateTimeLocal(hoursAhead: number) {
  const date = new Date(Date.now() + hoursAhead * 60 * 60 * 1000);
  return `${amsterdamDateTimeLocalOf(date).slice(0, 14)}00`;
}

/** When the klus runs: whole hours from now, or exact moments (to the minute) for a klus that starts soon. */
export type KlusTiming = { startsIn: number; hours: number } | { startsAt: Date; endsAt: Date };

function timingFields(timing: KlusTiming) {
  if ("startsAt" in timing) {
    return { start: amsterdamDateTimeLocalOf(timing.startsAt), end: amsterdamDateTimeLocalOf(timing.endsAt) };
  }
  return {
    start: amsterdamDateTimeLocal(timing.startsIn),
    end: amsterdamDateTimeLocal(timing.startsIn + timing.hours),
  };
}

/** Publishes a klus through the real form as a logged-in coordinator; ends on its detail page. */
export async function publishKlus(
  page: Page,
  klus: { title: string; buurt: string; spots: number; skill: string } & KlusTiming,
) {
  const { start, end } = timingFields(klus);
  await page.goto("/organisatie/nieuw");
  await page.getByLabel("Een klus").check();
  await page.getByLabel("Titel").fill(klus.title);
  await page
    .getByLabel("Beschrijving")
    .fill("Help mee in de buurttuin: wieden, snoeien en koffie drinken met de buren.");
  await page.getByLabel("Waar is het?").selectOption({ label: klus.buurt });
  await page.getByLabel("Begint op").fill(start);
  await page.getByLabel("Eindigt op").fill(end);
  await page.getByLabel("Hoeveel vrijwilligers zoekt u?").fill(String(klus.spots));
  await page.getByRole("group", { name: "Wat helpt bij dit werk?" }).getByLabel(klus.skill).check();
  await page.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: klus.title })).toBeVisible();
  return page.url();
}

/**
 * The demo organisation publishes a Florabuurt klus for a team, in its own browser context: weeks
 * ahead at a random hour, so that members named in one run never overlap a klus of an earlier run.
 */
export async function publishTeamKlus(browser: Browser, klus: { title: string; hours: number; spots: number }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, "organisatie@demo.noaber.nl");
  const url = await publishKlus(page, {
    ...klus,
    buurt: "Florabuurt",
    startsIn: 24 * 21 + randomInt(0, 24 * 300),
    skill: "Schilderen",
  });
  await context.close();
  return url;
}
