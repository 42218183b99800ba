import { expect, test, type Browser } from "@playwright/test";
import { logIn } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { chooseLanguage } from "./support/languages";

// Every page this issue added, by who opens it. Pages for coordinators fall back to English in Arabic
// and Ukrainian (see the README); they must still be whole, readable pages for assistive technology.
const pagesByPerson: Array<{ email: string | null; paths: string[] }> = [
  { email: null, paths: ["/aanmelden/bedrijf", "/aanmelden/partner", "/uitnodiging"] },
  { email: "vrijwilliger@demo.noaber.nl", paths: ["/agenda/urenverklaring"] },
  {
    email: "bedrijf@demo.noaber.nl",
    paths: ["/bedrijf/aanbod", "/bedrijf/aanbod/nieuw", "/bedrijf/rapportage", "/groep", "/team"],
  },
  { email: "partner@demo.noaber.nl", paths: ["/groep", "/voor-uw-groep", "/team"] },
  { email: "organisatie@demo.noaber.nl", paths: ["/organisatie/vragen", "/organisatie/vragen/nieuw"] },
  { email: "gemeente@demo.noaber.nl", paths: ["/gemeente/aanmeldingen", "/gemeente/instellingen"] },
];

const languages = [
  { name: "العربية", lang: "ar", dir: "rtl" },
  { name: "Українська", lang: "uk", dir: "ltr" },
];

async function personIn(browser: Browser, email: string | null, language: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (email) await logIn(page, email);
  else await page.goto("/");
  await chooseLanguage(page, language);
  return { context, page };
}

for (const language of languages) {
  test(`every new page is accessible in ${language.lang}, right to left where the language is`, async ({ browser }) => {
    test.setTimeout(120_000);
    for (const { email, paths } of pagesByPerson) {
      const { context, page } = await personIn(browser, email, language.name);
      for (const path of paths) {
        const response = await page.goto(path);
        expect(response?.status(), `${email ?? "visitor"} ${path}`).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", language.lang);
        await expect(page.locator("html")).toHaveAttribute("dir", language.dir);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAccessibilityViolations(page);
      }
      await context.close();
    }
  });
}
