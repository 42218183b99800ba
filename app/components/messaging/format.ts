import { intlLocale } from "../../i18n/config";

/** Times in conversations, always in Dutch time, in the page's language. */
export function formatMessageTime(iso: string, language: string, now = new Date()) {
  const date = new Date(iso);
  const locale = intlLocale(language);
  const sameDay =
    date.toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" }) ===
    now.toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
  return date.toLocaleString(locale, {
    timeZone: "Europe/Amsterdam",
    ...(sameDay ? {} : { weekday: "short", day: "numeric", month: "short" }),
    hour: "2-digit",
    minute: "2-digit",
  });
}

export function formatCardTime(iso: string, language: string) {
  return new Date(iso).toLocaleString(intlLocale(language), {
    timeZone: "Europe/Amsterdam",
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
  });
}
