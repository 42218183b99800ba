import { intlLocale } from "../../i18n/config";
import { timeZone } from "../../../server/domain/opportunities/amsterdam-time";

/** Dutch time for everyone: a klus in Groningen happens at Groningen's clock, wherever the reader is. */
const dateTimeOptions: Intl.DateTimeFormatOptions = {
  timeZone,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
};

// Making a formatter costs far more than using one (a profile of the search page found it the largest
// single cost), so each is made once per language and kind.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, options: Intl.DateTimeFormatOptions) {
  const locale = intlLocale(language);
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, made);
  }
  return made;
}

// formatRange stays costly even with a shared formatter (ICU builds an interval format per call: about 6% of
// the search page's CPU in tests/bench/pages.bench.ts), and a busy page shows the same klussen again and
// again, so finished texts are remembered. Bounded: emptied when full, which costs one miss per text.
const periodTexts = new Map<string, string>();
const PERIOD_TEXTS_MAX = 5_000;

/** "zaterdag 5 december 2026, 10:00 – 13:00", or both dates in full when it spans days. */
export function formatPeriod(startsAt: string | null, endsAt: string | null, language: string): string | null {
  if (!startsAt) return null;
  const key = `${language}|${startsAt}|${endsAt ?? ""}`;
  const known = periodTexts.get(key);
  if (known !== undefined) return known;
  const format = formatter(language, dateTimeOptions);
  const start = new Date(startsAt);
  const text = endsAt ? format.formatRange(start, new Date(endsAt)) : format.format(start);
  if (periodTexts.size >= PERIOD_TEXTS_MAX) periodTexts.clear();
  periodTexts.set(key, text);
  return text;
}

/** "5 december 2026" */
export function formatDate(iso: string, language: string): string {
  return formatter(language, { timeZone, day: "numeric", month: "long", year: "numeric" }).format(new Date(iso));
}

/** "vrijdag 4 december 2026 om 10:00": a moment, in full. */
export function formatMoment(iso: string, language: string): string {
  return formatter(language, { timeZone, dateStyle: "full", timeStyle: "short" }).format(new Date(iso));
}

const numberFormatters = new Map<string, Intl.NumberFormat>();

function numberFormatter(language: string, kind: "plain" | "euros") {
  const locale = intlLocale(language);
  const key = `${locale}|${kind}`;
  let made = numberFormatters.get(key);
  if (!made) {
    made = new Intl.NumberFormat(locale, kind === "euros" ? { style: "currency", currency: "EUR" } : {});
    numberFormatters.set(key, made);
  }
  return made;
}

export function formatNumber(value: number, language: string): string {
  return numberFormatter(language, "plain").format(value);
}

/** "€ 15,50" */
export function formatEuros(value: number, language: string): string {
  return numberFormatter(language, "euros").format(value);
}

/** The path of a vacature's or klus's own page. */
export function opportunityPath(opportunity: { id: string; kind: "task" | "vacancy" }): string {
  return `${opportunity.kind === "task" ? "/klussen" : "/vacatures"}/${opportunity.id}`;
}
