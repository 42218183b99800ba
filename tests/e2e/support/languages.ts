import { expect, type Page } from "@playwright/test";

/** Chooses a page language with the language chooser's button, named in its own language. */
export async function chooseLanguage(page: Page, name: string) {
  await page
    .getByRole("form", { name: /Taal|Language|اللغة|Мова/ })
    .getByRole("button", { name, exact: true })
    .click();
}

/** Searches, on the Arabic search page, klussen suited to newcomers and opens the one with this title. */
export async function openNewcomerKlusInArabic(page: Page, title: string) {
  await page.goto("/zoeken");
  await page.getByLabel("النوع").selectOption({ label: "المهام فقط" });
  await page.getByLabel("مناسب لـ").selectOption({ label: "القادمين الجدد" });
  await page.getByRole("button", { name: "بحث", exact: true }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("main").locator("dd").getByText("مناسب للقادمين الجدد")).toBeVisible();
}
