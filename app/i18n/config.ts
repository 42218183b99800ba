export const supportedLanguages = ["nl", "en", "ar", "uk"] as const;
export type Language = (typeof supportedLanguages)[number];
export const fallbackLanguage: Language = "nl";

export function isSupportedLanguage(value: unknown): value is Language {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}

/** Each language's own name, shown in that language so that a reader finds theirs whatever page they are on. */
export const languageNames: Record<Language, string> = {
  nl: "Nederlands",
  en: "English",
  ar: "العربية",
  uk: "Українська",
};

const rightToLeft: ReadonlySet<string> = new Set(["ar"]);

export function textDirection(language: string): "rtl" | "ltr" {
  return rightToLeft.has(language) ? "rtl" : "ltr";
}

// Arabic with Latin digits and a 24-hour clock: times and house numbers then read as on Groningen's signs,
// tickets and letters, and Groningen's Arabic readers know both digit sets.
const intlLocales: Record<Language, string> = { nl: "nl-NL", en: "en-GB", ar: "ar-u-hc-h23-nu-latn", uk: "uk-UA" };

/** The locale for Intl formatters (dates, numbers) in this page language; Dutch for anything unknown. */
export function intlLocale(language: string): string {
  return isSupportedLanguage(language) ? intlLocales[language] : intlLocales.nl;
}

/**
 * Reference data (skills, wijken' categories, languages) carries only Dutch and English names; readers of
 * Arabic and Ukrainian get the English one, as with texts that have no translation (see fallbackLng).
 */
export function usesEnglishNames(language: string): boolean {
  return language !== "nl";
}

/**
 * The language an account keeps for e-mail and the calendar feed, which are written in Dutch and English only:
 * readers of Arabic and Ukrainian get English there, as on pages without a translation.
 */
export function accountLocale(language: string): "nl" | "en" {
  return language === "nl" ? "nl" : "en";
}

/** Shared by the server and the browser i18next instances. */
export const i18nOptions = {
  supportedLngs: [...supportedLanguages],
  // Arabic and Ukrainian cover every page a volunteer uses; coordinators' pages fall back to English first,
  // which most newcomers read sooner than Dutch, and Dutch, which has every text, last.
  fallbackLng: { ar: ["en", "nl"], uk: ["en", "nl"], default: [fallbackLanguage] },
  defaultNS: "common",
  interpolation: { escapeValue: false }, // React escapes already
  react: { useSuspense: false },
};
