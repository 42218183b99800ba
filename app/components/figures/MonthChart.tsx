import { useTranslation } from "react-i18next";
import { valueOf, type Disclosed } from "../../../server/domain/monitoring/disclosure";
import type { FigureKey } from "../../../server/domain/monitoring/monitoring.figures";
import { figureText, monthLabel } from "./format";

const width = 600;
const height = 220;
const left = 8;
const bottom = 28;
const top = 16;

/**
 * One figure per month as a bar chart drawn on the server (no JavaScript needed). Months with "<5" or a
 * hidden value get a short mark instead of a bar; an optional target line (the 32 % on the share chart).
 * The description sums it up, and the month table below the charts gives every value.
 */
export function MonthChart({
  id,
  figure,
  series,
  target,
  period,
  language,
}: {
  id: string;
  figure: FigureKey;
  series: Array<{ month: string; value: Disclosed }>;
  target?: number;
  period: { from: string; to: string };
  language: string;
}) {
  const { t } = useTranslation("figures");
  const values = series.map((point) => valueOf(point.value));
  const shown = values.filter((v): v is number => v !== null);
  const max = Math.max(1, ...shown, target ?? 0);
  const slot = (width - left * 2) / Math.max(1, series.length);
  const plotHeight = height - top - bottom;
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight;
  const highestIndex = shown.length > 0 ? values.indexOf(Math.max(...shown)) : -1;
  const highest = highestIndex >= 0 ? series[highestIndex] : undefined;
  const hiddenMonths = values.filter((v) => v === null).length;
  const summary = highest
    ? t("charts.summary", {
        month: monthLabel(highest.month, language),
        value: figureText(highest.value, figure, t, language),
        hidden: hiddenMonths,
      })
    : t("charts.summaryNone");
  const figureName = t(`figures.${figure}`);
  const labelEvery = series.length > 12 ? 3 : series.length > 6 ? 2 : 1;
  return (
    <figure className="noaber-chart">
      <figcaption className="utrecht-heading-3">{figureName}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-titel ${id}-beschrijving`}
        className="noaber-chart__svg"
      >
        <title id={`${id}-titel`}>{figureName}</title>
        <desc id={`${id}-beschrijving`}>
          {t("charts.alt", { figure: figureName, from: period.from, to: period.to, summary })}
          {target !== undefined ? ` ${t("charts.targetLine", { target })}` : ""}
        </desc>
        <line x1={left} x2={width - left} y1={top + plotHeight} y2={top + plotHeight} className="noaber-chart__axis" />
        {series.map((point, index) => {
          const value = values[index] ?? null;
          const x = left + index * slot + slot * 0.15;
          const barWidth = slot * 0.7;
          return (
            <g key={point.month}>
              {value === null ? (
                <text x={x + barWidth / 2} y={top + plotHeight - 4} className="noaber-chart__hidden">
                  {point.value.status === "fewer" ? "<5" : "–"}
                </text>
              ) : (
                <rect
                  x={x}
                  y={y(value)}
                  width={barWidth}
                  height={Math.max(value > 0 ? 1 : 0, top + plotHeight - y(value))}
                  className="noaber-chart__bar"
                />
              )}
              {index % labelEvery === 0 ? (
                <text x={x + barWidth / 2} y={height - 8} className="noaber-chart__label">
                  {monthLabel(point.month, language)}
                </text>
              ) : null}
            </g>
          );
        })}
        {target !== undefined ? (
          <>
            <line x1={left} x2={width - left} y1={y(target)} y2={y(target)} className="noaber-chart__target" />
            <text x={width - left} y={y(target) - 4} className="noaber-chart__target-label">
              {t("values.percent", { value: target })}
            </text>
          </>
        ) : null}
        <text x={left} y={top - 4} className="noaber-chart__max">
          {figureText({ status: "shown", value: Math.round(max * 100) / 100 }, figure, t, language)}
        </text>
      </svg>
    </figure>
  );
}
