import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { accountLocale, i18nOptions, intlLocale, textDirection } from "../../../app/i18n/config";
import { namespaces, resources } from "../../../app/i18n/resources";

async function translator(language: string) {
  const instance = createInstance();
  await instance.init({ ...i18nOptions, lng: language, ns: namespaces, resources });
  return instance.t;
}

describe("Arabic and Ukrainian", () => {
  it("picks each of Arabic's plural forms", async () => {
    const t = await translator("ar");
    expect([0, 1, 2, 3, 11, 100].map((count) => t("search:results.count", { count }))).toEqual([
      "لم نجد أي نتيجة",
      "وجدنا نتيجة واحدة",
      "وجدنا نتيجتين",
      "وجدنا 3 نتائج",
      "وجدنا 11 نتيجة",
      "وجدنا 100 نتيجة",
    ]);
  });

  it("picks each of Ukrainian's plural forms", async () => {
    const t = await translator("uk");
    expect([1, 3, 5, 21].map((count) => t("search:results.count", { count }))).toEqual([
      "Знайдено 1 результат",
      "Знайдено 3 результати",
      "Знайдено 5 результатів",
      "Знайдено 21 результат",
    ]);
  });

  it("shows coordinators' texts without a translation in English, not as keys", async () => {
    const t = await translator("ar");
    expect(t("opportunities:publish.title")).toBe(resources.en.opportunities.publish.title);
  });

  it("writes Arabic right to left and the others left to right", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(["nl", "en", "uk"].map(textDirection)).toEqual(["ltr", "ltr", "ltr"]);
  });

  it("formats Arabic times with the digits and the 24-hour clock of Groningen's signs", () => {
    const time = new Intl.DateTimeFormat(intlLocale("ar"), {
      hour: "2-digit",
      minute: "2-digit",
      timeZone: "Europe/Amsterdam",
    });
    expect(time.format(new Date("2026-12-05T14:30:00Z"))).toBe("15:30");
  });

  it("keeps English for the e-mail and calendar of accounts made in Arabic or Ukrainian, which speak only nl and en", () => {
    expect(["nl", "en", "ar", "uk"].map(accountLocale)).toEqual(["nl", "en", "en", "en"]);
  });
});
