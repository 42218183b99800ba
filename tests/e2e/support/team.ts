import { expect, type Page } from "@playwright/test";

/** The team form on a klus page, for a business or partner coordinator. */
export function teamForm(page: Page) {
  return page.getByRole("region", { name: "Met een team meedoen" });
}

/** Reserves `spots` spots of the open klus page for a team; ends on the klus page. */
export async function reserveTeamSpots(page: Page, team: { name: string; spots: number }) {
  const form = teamForm(page);
  await form.getByLabel("Naam van het team").fill(team.name);
  await form.getByLabel("Aantal plekken").fill(String(team.spots));
  await form.getByRole("button", { name: "Plekken reserveren" }).click();
  await expect(page.getByText("Gelukt: de plekken zijn gereserveerd.")).toBeVisible();
}

/** The card of one team claim on the coordinator's team page. */
export function teamClaimCard(page: Page, team: { name: string; klusTitle: string }) {
  return page.getByRole("region", { name: `${team.name}: ${team.klusTitle}` });
}

/** Gives reserved spots of a team claim to `members`, one at a time, on the team page. */
export async function nameTeamMembers(page: Page, card: ReturnType<typeof teamClaimCard>, members: readonly string[]) {
  for (const member of members) {
    await card.getByLabel("Teamlid").selectOption({ label: member });
    await card.getByRole("button", { name: "Plek geven" }).click();
    await expect(page.getByText("Gelukt: de plek heeft een naam.")).toBeVisible();
    await expect(card.getByRole("listitem").filter({ hasText: member })).toBeVisible();
  }
}
