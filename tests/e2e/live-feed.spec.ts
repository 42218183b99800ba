import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { logIn } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";

function amsterdamDateTimeLocal(daysAhead: number, hour: number) {
  const date = new Date(Date.now() + daysAhead * 24 * 60 * 60 * 1000);
  const day = date.toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
  return `${day}T${String(hour).padStart(2, "0")}:00`;
}

test("a klus an organisation publishes appears on an open home page without reload", async ({ browser }) => {
  const visitorContext = await browser.newContext();
  const coordinatorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const coordinator = await coordinatorContext.newPage();

  await visitor.goto("/");
  await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
  // The page is live once the socket joined the feed.
  await expect(visitor.locator("[data-live-feed='connected']")).toBeAttached();

  await logIn(coordinator, "organisatie@demo.noaber.nl");
  await coordinator.goto("/organisatie/nieuw");
  await expectNoAccessibilityViolations(coordinator);
  const title = `Appels plukken ${randomUUID().slice(0, 6)}`;
  await coordinator.getByLabel("Een klus").check();
  await coordinator.getByLabel("Titel").fill(title);
  await coordinator
    .getByLabel("Beschrijving")
    .fill("Help mee met appels plukken in de buurtboomgaard. Neem een tas mee.");
  await coordinator.getByLabel("Waar is het?").selectOption({ label: "Florabuurt" });
  await coordinator.getByLabel("Begint op").fill(amsterdamDateTimeLocal(3, 10));
  await coordinator.getByLabel("Eindigt op").fill(amsterdamDateTimeLocal(3, 12));
  await coordinator.getByLabel("Hoeveel vrijwilligers zoekt u?").fill("4");
  await coordinator.getByRole("group", { name: "Wat helpt bij dit werk?" }).getByLabel("Tuinieren").check();
  await coordinator.getByRole("button", { name: "Plaatsen" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const tasks = visitor.getByRole("region", { name: "Nieuwe klussen" });
  await expect(tasks.getByRole("link", { name: title })).toBeVisible();
  await expect(tasks.getByRole("listitem").first()).toContainText(title);

  await visitorContext.close();
  await coordinatorContext.close();
});
