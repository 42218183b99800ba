import type { TFunction } from "i18next";
import type { Disclosed } from "../../../server/domain/monitoring/disclosure";
import { figureUnits, type FigureKey } from "../../../server/domain/monitoring/monitoring.figures";
import { intlLocale } from "../../i18n/config";
import { formatNumber } from "../opportunities/format";

/** A figure as text: the number with its unit, "<5", or why it is hidden (short in tables). */
export function figureText(
  figure: Disclosed,
  key: FigureKey,
  t: TFunction,
  language: string,
  options: { short?: boolean } = {},
): string {
  if (figure.status === "fewer") return t("figures:values.fewer");
  if (figure.status === "hidden") {
    return t(
      options.short ? `figures:values.hiddenShort.${figure.reason}` : `figures:values.hiddenReasons.${figure.reason}`,
    );
  }
  const value = formatNumber(figure.value, language);
  const unit = figureUnits[key];
  if (unit === "percent") return t("figures:values.percent", { value });
  if (unit === "hours" || unit === "duration") return t(`figures:values.${unit}`, { value });
  return value;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "2026-03" as "mrt 2026" in the reader's language (one cached formatter per language). */
export function monthLabel(month: string, language: string): string {
  const locale = intlLocale(language);
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
    monthFormats.set(locale, format);
  }
  const [year, m] = month.split("-").map(Number) as [number, number];
  return format.format(new Date(Date.UTC(year, m - 1, 15)));
}
