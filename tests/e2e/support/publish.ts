import { expect, type Page } from "@playwright/test";

/** A datetime-local value in Dutch time, `hoursAhead` from now, on the whole hour. */
export function amsterdamDateTimeLocal(hoursAhead: number) {
  const date = new Date(Date.now() + hoursAhead * 60 * 60 * 1000);
  const day = date.toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
  const hour = date.toLocaleTimeString("sv-SE", { timeZone: "Europe/Amsterdam", hour: "2-digit" });
  return `${day}T${hour.slice(0, 2)}:00`;
}

/** Publishes a klus through the real form as a logged-in coordinator; ends on its detail page. */
export async function publishKlus(
  page: Page,
  klus: { title: string; buurt: string; startsIn: number; hours: number; spots: number; skill: string },
) {
  await page.goto("/organisatie/nieuw");
  await page.getByLabel("Een klus").check();
  await page.getByLabel("Titel").fill(klus.title);
  await page
    .getByLabel("Beschrijving")
    .fill("Help mee in de buurttuin: wieden, snoeien en koffie drinken met de buren.");
  await page.getByLabel("Waar is het?").selectOption({ label: klus.buurt });
  await page.getByLabel("Begint op").fill(amsterdamDateTimeLocal(klus.startsIn));
  await page.getByLabel("Eindigt op").fill(amsterdamDateTimeLocal(klus.startsIn + klus.hours));
  await page.getByLabel("Hoeveel vrijwilligers zoekt u?").fill(String(klus.spots));
  await page.getByRole("group", { name: "Wat helpt bij dit werk?" }).getByLabel(klus.skill).check();
  await page.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: klus.title })).toBeVisible();
  return page.url();
}
