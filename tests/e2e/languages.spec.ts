import { expect, test, type Page } from "@playwright/test";
import { randomInt } from "node:crypto";
import { demoPassword, logIn, uniqueEmail } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { chooseLanguage, openNewcomerKlusInArabic } from "./support/languages";
import { publishKlus } from "./support/publish";

/** What each newcomer language's pages say, to find our way through them as a reader of that language would. */
const texts = {
  ar: {
    name: "العربية",
    homeHeading: "العمل التطوعي في حيّك",
    newTasks: "مهام جديدة",
    searchHeading: "البحث عن «\u2068tuinieren\u2069»",
    // Zero results read differently from "found N" (a fresh seed may still be indexing).
    found: /وجدنا|لم نجد/,
    claimHeading: "المشاركة",
    email: "البريد الإلكتروني",
    password: "كلمة المرور",
    logIn: "تسجيل الدخول",
    logOut: /تسجيل الخروج/,
    signUpHeading: "التسجيل كمتطوع",
    agendaHeading: "أجندتي",
    messagesHeading: "الرسائل",
    profileHeading: "ملفي الشخصي",
    newVacancies: "وظائف تطوعية جديدة",
    applyHeading: "الرد",
    notificationsHeading: "الإشعارات",
    notificationSettingsHeading: "إعدادات الإشعارات",
    privacyHeading: "بيان الخصوصية",
    logOutHeading: "تسجيل الخروج",
    notFoundHeading: "الصفحة غير موجودة",
  },
  uk: {
    name: "Українська",
    homeHeading: "Волонтерство поруч із Вами",
    newTasks: "Нові завдання",
    searchHeading: "Пошук «tuinieren»",
    found: /Знайдено/,
    claimHeading: "Взяти участь",
    email: "Електронна пошта",
    password: "Пароль",
    logIn: "Увійти",
    logOut: /Вийти/,
    signUpHeading: "Зареєструватися як волонтер",
    agendaHeading: "Мій календар",
    messagesHeading: "Повідомлення",
    profileHeading: "Мій профіль",
    newVacancies: "Нові вакансії",
    applyHeading: "Відгукнутися",
    notificationsHeading: "Сповіщення",
    notificationSettingsHeading: "Налаштування сповіщень",
    privacyHeading: "Заява про конфіденційність",
    logOutHeading: "Вихід",
    notFoundHeading: "Сторінку не знайдено",
  },
} as const;

/** Logs the demo volunteer in through the form as it reads in that language. */
async function logInAs(page: Page, language: keyof typeof texts) {
  const text = texts[language];
  await page.goto("/inloggen");
  await page.getByLabel(text.email).fill("vrijwilliger@demo.noaber.nl");
  await page.getByLabel(text.password).fill(demoPassword);
  await page.getByRole("main").getByRole("button", { name: text.logIn }).click();
  await expect(page.getByRole("button", { name: text.logOut })).toBeVisible();
}

async function openFirstNewTask(page: Page, regionName: string) {
  await page.goto("/");
  await page.getByRole("region", { name: regionName }).getByRole("listitem").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/klussen\//);
}

test("Arabic is chosen without JavaScript and the site reads right to left", async ({ browser }) => {
  // The newest klus is one that can still be joined: an earlier spec's klus may be full or under way.
  const organisationContext = await browser.newContext();
  const organisation = await organisationContext.newPage();
  await logIn(organisation, "organisatie@demo.noaber.nl");
  await publishKlus(organisation, {
    title: `Boodschappen doen voor de buren ${randomInt(1_000_000)}`,
    buurt: "Florabuurt",
    startsIn: 24 * 30 + randomInt(0, 24 * 200),
    hours: 2,
    spots: 3,
    skill: "Tuinieren",
  });
  await organisationContext.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/zoeken");
  await chooseLanguage(page, "العربية");

  // Back on the same page, now in Arabic; the choice is remembered on the next page.
  await expect(page).toHaveURL(/\/zoeken$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("button", { name: "العربية", exact: true })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("heading", { level: 1, name: "بحث" })).toBeVisible();

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: texts.ar.homeHeading })).toBeVisible();
  await page.getByLabel("بماذا تريد أن تساعد؟").fill("tuinieren");
  await page.getByRole("button", { name: "بحث", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: texts.ar.searchHeading })).toBeVisible();
  await expect(page.getByText(texts.ar.found)).toBeVisible();

  await openFirstNewTask(page, texts.ar.newTasks);
  await expect(page.getByRole("heading", { level: 2, name: texts.ar.claimHeading })).toBeVisible();
  await expect(page.getByRole("link", { name: "سجّل الدخول للمشاركة" })).toBeVisible();

  // And back to Dutch, still without JavaScript.
  await chooseLanguage(page, "Nederlands");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 2, name: "Meedoen" })).toBeVisible();
  await context.close();
});

test("the Arabic home page on a phone is mirrored: brand, menu, search field and cards start on the right", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await chooseLanguage(page, "العربية");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  const brand = await page
    .getByRole("link", { name: /Noaber/ })
    .first()
    .boundingBox();
  const menu = page.getByRole("navigation", { name: "القائمة الرئيسية" }).getByRole("listitem");
  const first = await menu.nth(0).boundingBox();
  const second = await menu.nth(1).boundingBox();
  const field = await page.getByLabel("بماذا تريد أن تساعد؟").boundingBox();
  const label = await page.getByText("بماذا تريد أن تساعد؟", { exact: true }).boundingBox();
  const card = await page.getByRole("region", { name: texts.ar.newTasks }).getByRole("listitem").first().boundingBox();
  const cardHeading = await page
    .getByRole("region", { name: texts.ar.newTasks })
    .getByRole("listitem")
    .first()
    .getByRole("heading")
    .boundingBox();
  if (!brand || !first || !second || !field || !label || !card || !cardHeading) throw new Error("layout not found");

  expect(brand.x + brand.width).toBeGreaterThan(390 / 2);
  expect(brand.x).toBeGreaterThan(390 - (brand.x + brand.width)); // nearer the right edge than the left
  expect(first.x).toBeGreaterThan(second.x); // the menu runs from right to left
  expect(Math.abs(label.x + label.width - (field.x + field.width))).toBeLessThan(2); // label and field share their right edge
  expect(Math.abs(cardHeading.x + cardHeading.width - (card.x + card.width))).toBeLessThan(24);

  await testInfo.attach("arabic-home-390", {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
});

test("a newcomer signs up in Arabic, finds a klus for newcomers and joins it", async ({ page }) => {
  await page.goto("/aanmelden");
  await chooseLanguage(page, "العربية");
  await page.getByLabel("اسمك").fill("Amal");
  await page.getByLabel("البريد الإلكتروني").fill(uniqueEmail("ar"));
  await page.getByLabel("كلمة المرور").fill("een lange zin om te onthouden");
  await page.getByLabel("قرأت بيان الخصوصية وأوافق عليه.").check();
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "ملفي الشخصي" })).toBeVisible();

  await openNewcomerKlusInArabic(page, "Tuinieren in de buurttuin van de Florabuurt");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // Six spots, and other tests may take some: joining or the waitlist are both a claim that worked.
  await page.getByRole("button", { name: /أريد المشاركة|ضعني في قائمة الانتظار/ }).click();
  await expect(page.getByText(/تم بنجاح: أنت مشارك الآن\.|أنت الآن في قائمة الانتظار\./)).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

for (const language of ["ar", "uk"] as const) {
  test(`the pages before logging in, in ${language}, have no accessibility violations`, async ({ page }) => {
    const text = texts[language];
    await page.goto("/aanmelden");
    await chooseLanguage(page, text.name);
    await expect(page.getByRole("heading", { level: 1, name: text.signUpHeading })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    for (const [path, heading] of [
      ["/", text.homeHeading],
      ["/zoeken?q=tuinieren", text.searchHeading],
      ["/privacy", text.privacyHeading],
      ["/bestaat-niet", text.notFoundHeading],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await expectNoAccessibilityViolations(page);
    }
  });

  test(`a klus and a vacature page, in ${language}, have no accessibility violations`, async ({ page }) => {
    const text = texts[language];
    await page.goto("/");
    await chooseLanguage(page, text.name);
    await logInAs(page, language);

    await openFirstNewTask(page, text.newTasks);
    await expect(page.getByRole("heading", { level: 2, name: text.claimHeading })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.goto("/");
    await page
      .getByRole("region", { name: text.newVacancies })
      .getByRole("listitem")
      .first()
      .getByRole("link")
      .first()
      .click();
    await expect(page).toHaveURL(/\/vacatures\//);
    await expect(page.getByRole("heading", { level: 2, name: text.applyHeading })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test(`the volunteer's own pages, in ${language}, have no accessibility violations`, async ({ page }) => {
    const text = texts[language];
    await page.goto("/");
    await chooseLanguage(page, text.name);
    await logInAs(page, language);

    for (const [path, heading] of [
      ["/agenda", text.agendaHeading],
      ["/gesprekken", text.messagesHeading],
      ["/profiel", text.profileHeading],
      ["/meldingen", text.notificationsHeading],
      ["/meldingen/instellingen", text.notificationSettingsHeading],
      ["/uitloggen", text.logOutHeading],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectNoAccessibilityViolations(page);
    }
  });
}
