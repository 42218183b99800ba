import { expect, type Browser, type Page } from "@playwright/test";
import { logIn } from "./accounts";

export const demoBusiness = { email: "bedrijf@demo.noaber.nl", name: "Bouwbedrijf Hunzeland (demo)" };
export const demoOrganisation = { email: "organisatie@demo.noaber.nl", name: "Buurthuis De Vlinder (demo)" };

/** The calendar date of `date` in Amsterdam, as a date field takes it. */
export function amsterdamDay(date: Date) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(date);
}

/** A calendar date in Amsterdam, `days` from today, as a date field takes it. */
export function dayFromToday(days: number) {
  return amsterdamDay(new Date(Date.now() + days * 86_400_000));
}

/** A browser context of its own, logged in as `email`: one person in a story with several. */
export async function loggedIn(browser: Browser, email: string) {
  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  await logIn(page, email);
  return { context, page };
}

/** Fills the offer or request form with a team day of 3 people for the vegetable garden. */
export async function fillListing(page: Page, listing: { title: string; from: string; to: string }) {
  await page.getByLabel("Soort").selectOption({ label: "Teamdag" });
  await page.getByLabel("Titel").fill(listing.title);
  await page.getByLabel("Hoeveel").fill("3");
  await page.getByLabel("Eenheid").selectOption({ label: "mensen" });
  await page.getByLabel("Vanaf").fill(listing.from);
  await page.getByLabel("Tot en met").fill(listing.to);
  await page.getByRole("checkbox", { name: "Moestuin" }).check();
}

/** The business publishes a team-day offer for one wijk; ends on its list of offers. */
export async function publishOffer(page: Page, offer: { title: string; from: string; to: string; wijk: string }) {
  await page.goto("/bedrijf/aanbod/nieuw");
  await fillListing(page, offer);
  await page.getByRole("checkbox", { name: offer.wijk }).check();
  await page.getByRole("button", { name: "Aanbod plaatsen" }).click();
  await expect(page.getByText("Uw aanbod is opgeslagen.")).toBeVisible();
}

/** The organisation publishes a team-day request in one wijk; ends on the page with its matches. */
export async function publishRequest(page: Page, request: { title: string; from: string; to: string; wijk: string }) {
  await page.goto("/organisatie/vragen/nieuw");
  await fillListing(page, request);
  await page.getByLabel("Wijk").selectOption({ label: request.wijk });
  await page.getByRole("button", { name: "Vraag plaatsen" }).click();
  await expect(page.getByText("Uw vraag is opgeslagen.")).toBeVisible();
}

/** The organisation's match of `requestTitle` with `offerTitle`, in "Past bij uw vraag". */
export function requestMatch(page: Page, requestTitle: string, offerTitle: string) {
  return page
    .getByRole("region", { name: "Past bij uw vraag" })
    .getByRole("listitem")
    .filter({ hasText: offerTitle })
    .filter({ hasText: requestTitle });
}

/** From a match, the organisation writes to the business; ends in their conversation. */
export async function messageBusinessFromMatch(page: Page, match: ReturnType<typeof requestMatch>, message: string) {
  await match.getByRole("button", { name: `Stuur ${demoBusiness.name} een bericht` }).click();
  await expect(page.getByRole("heading", { level: 1, name: demoBusiness.name })).toBeVisible();
  await page.getByLabel("Uw bericht").fill(message);
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByText(message)).toBeVisible();
}

/** The business opens its conversation with the organisation and reads `message`. */
export async function readMessageFromOrganisation(page: Page, message: string) {
  await page.goto("/gesprekken");
  await page.getByRole("link", { name: new RegExp(demoOrganisation.name.replace(/[()]/g, "\\$&")) }).click();
  await expect(page.getByRole("heading", { level: 1, name: demoOrganisation.name })).toBeVisible();
  await expect(page.getByText(message)).toBeVisible();
}
