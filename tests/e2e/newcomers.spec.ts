import { randomUUID } from "node:crypto";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { logIn } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { makeInviteCode } from "./support/groups";
import { chooseLanguage, openNewcomerKlusInArabic } from "./support/languages";
import { publishTeamKlus } from "./support/publish";

const phone = { width: 390, height: 844 };

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

test("a COA coordinator invites a resident who signs up without e-mail, reads a newcomer-friendly klus in Arabic and claims it", async ({
  page,
  browser,
}, testInfo) => {
  // Two people logging in or signing up (argon2) and four full-page axe checks.
  test.setTimeout(120_000);
  await logIn(page, "partner@demo.noaber.nl");
  const code = await makeInviteCode(page);

  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam", viewport: phone });
  const resident = await context.newPage();
  await resident.goto("/");
  await chooseLanguage(resident, "العربية");
  await resident.goto(`/uitnodiging/${code}`);
  await expect(resident.locator("html")).toHaveAttribute("lang", "ar");
  await expect(resident.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(resident.getByRole("heading", { level: 1, name: "التسجيل بدعوة" })).toBeVisible();
  await expect(resident.getByText("وصلتك هذه الدعوة من \u2068COA-locatie Groningen-Zuid (demo)\u2069.")).toBeVisible();
  await expect(resident.getByLabel("رمزك")).toHaveValue(code);
  await expectNoAccessibilityViolations(resident);
  await attachScreenshot(resident, testInfo, "invite-ar-390");

  // Unique, so the test can run again on the same database (the login name takes the first word).
  const residentName = `Amal ${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 5)}`;
  await resident.getByLabel("اسمك الأول").fill(residentName);
  await resident.getByRole("checkbox", { name: "العربية" }).check();
  await resident.getByLabel("اختر كلمة مرور").fill("een lange zin als wachtwoord");
  await resident.getByLabel("قرأت كيف يتعامل Noaber مع بياناتي.").check();
  await resident.getByRole("button", { name: "التسجيل", exact: true }).click();

  await expect(resident.getByRole("heading", { level: 1, name: "أهلاً بك في Noaber" })).toBeVisible();
  await expect(resident.getByText("اسم الدخول الخاص بك هو:")).toBeVisible();
  await expect(resident.locator("strong.noaber-code")).toHaveText(/^amal-\d{4}$/);
  await expectNoAccessibilityViolations(resident);
  await attachScreenshot(resident, testInfo, "welkom-ar-390");

  const title = "Fietsen repareren in de fietsenwerkplaats";
  await openNewcomerKlusInArabic(resident, title);
  await expect(resident.locator("html[lang=ar][dir=rtl]")).toHaveCount(1);
  // One tap. Other runs on the same database may have taken the spots: the waitlist is a claim that worked too.
  await resident.getByRole("button", { name: /أريد المشاركة|ضعني في قائمة الانتظار/ }).click();
  await expect(resident.getByText(/تم بنجاح: أنت مشارك الآن\.|أنت الآن في قائمة الانتظار\./)).toBeVisible();
  await expect(resident.getByRole("button", { name: /إلغاء المشاركة|الخروج من قائمة الانتظار/ })).toBeVisible();
  await expectNoAccessibilityViolations(resident);

  // No hours are confirmed before the klus has happened, so the statement says so, in Arabic.
  await resident.goto("/agenda/urenverklaring");
  await expect(resident.getByRole("heading", { level: 1, name: "إفادة الساعات" })).toBeVisible();
  await expect(resident.getByText("ليس لديك ساعات مؤكدة بعد.", { exact: false })).toBeVisible();
  await expectNoAccessibilityViolations(resident);
  await context.close();
});

test("the invite sign-up page in Ukrainian explains a wrong code and has no accessibility violations", async ({
  page,
}) => {
  await page.goto("/");
  await chooseLanguage(page, "Українська");
  await page.goto("/aanmelden?code=ZZZZZZZZ");
  await expect(page).toHaveURL(/\/uitnodiging\/ZZZZZZZZ$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await expect(page.getByRole("heading", { level: 1, name: "Реєстрація за запрошенням" })).toBeVisible();
  await expect(page.getByText("Такого коду не існує. Перевірте, чи Ви правильно його ввели.")).toBeVisible();
  await expect(page.getByLabel("Ваше ім’я")).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("a COA coordinator reserves spots for a team in Arabic, and everyone sees them reserved in Arabic", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const token = randomUUID().slice(0, 6);
  const title = `Bankjes schuren ${token}`;
  const teamName = `Team Zuid ${token}`;

  const klusUrl = await publishTeamKlus(browser, { title, hours: 2, spots: 4 });

  const coordinatorContext = await browser.newContext({ viewport: phone });
  const coordinator = await coordinatorContext.newPage();
  await logIn(coordinator, "partner@demo.noaber.nl");
  await chooseLanguage(coordinator, "العربية");
  await coordinator.goto(klusUrl);
  const teamForm = coordinator.getByRole("region", { name: "المشاركة مع فريق" });
  await teamForm.getByLabel("اسم الفريق").fill(teamName);
  await teamForm.getByLabel("عدد الأماكن").fill("2");
  await teamForm.getByRole("button", { name: "حجز الأماكن" }).click();
  await expect(coordinator.getByText("تم بنجاح: الأماكن محجوزة.", { exact: false })).toBeVisible();
  await expect(coordinator.getByText(`مكانان محجوزان لـ\u2068${teamName}\u2069`)).toBeVisible();
  await expectNoAccessibilityViolations(coordinator);

  await coordinator.getByRole("link", { name: "إلى تسجيلات فريقي" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "تسجيلات الفرق" })).toBeVisible();
  const card = coordinator.getByRole("region", { name: `${teamName}: ${title}` });
  await expect(card.getByText("ما زال مكانان بدون اسم.")).toBeVisible();
  await expectNoAccessibilityViolations(coordinator);
  await coordinatorContext.close();

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/");
  await chooseLanguage(visitor, "العربية");
  await visitor.goto(klusUrl);
  await expect(visitor.getByText(`مكانان محجوزان لـ\u2068${teamName}\u2069`)).toBeVisible();
  await visitorContext.close();
});
