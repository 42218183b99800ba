import { expect, test } from "@playwright/test";
import { logIn } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";

const stackTrace = /\bat [^\s]+ \(?\/|node_modules\/|URIError|TypeError/;

test("the municipality opening an organisation page is told what is not allowed and where to go", async ({ page }) => {
  await logIn(page, "gemeente@demo.noaber.nl");
  const response = await page.goto("/organisatie");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expect(page.getByText("Deze pagina is alleen voor coördinatoren van een organisatie.")).toBeVisible();
  await expect(page.getByText("Er ging iets mis")).toHaveCount(0);
  await expect(page.getByText(/U bent ingelogd als .+\. Ander account gebruiken\?/)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The municipality has no volunteer profile: the menu does not offer one, and the page says why.
  await expect(page.getByRole("link", { name: "Mijn profiel" })).toHaveCount(0);
  await page.goto("/profiel");
  await expect(page.getByText("Alleen vrijwilligers hebben een vrijwilligersprofiel.")).toBeVisible();
  await page.getByRole("link", { name: "Naar de startpagina" }).click();
  await expect(page).toHaveURL("/");
});

test("pages for bad addresses and expired forms explain themselves, without a stack trace", async ({
  page,
  request,
}) => {
  for (const address of ["/klussen/%FF%FE", "/gesprekken/%E0%A4%A", "/zoeken?_data=routes/$$$", "/klussen/onbekend"]) {
    const response = await request.get(address);
    expect(response.status(), address).toBeLessThan(500);
    expect(await response.text(), address).not.toMatch(stackTrace);
  }

  await page.goto("/klussen/onbekend");
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // A form posted without its token (here: another site's form would have none) changes nothing and says so.
  const response = await request.post("/inloggen", {
    form: { email: "gemeente@demo.noaber.nl", password: "noaber-demo-2026" },
  });
  expect(response.status()).toBe(403);
  const body = await response.text();
  expect(body).toContain("Formulier verlopen");
  expect(body).not.toMatch(stackTrace);
});
