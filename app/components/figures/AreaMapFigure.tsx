import { useTranslation } from "react-i18next";
import type { AreaMap } from "../../../server/domain/monitoring/area-map";
import { valueOf, type Disclosed } from "../../../server/domain/monitoring/disclosure";
import type { MapFigure } from "../../../server/domain/monitoring/monitoring.figures";
import { figureText } from "./format";

export interface MapRow {
  code: string;
  name: string;
  formerName: string | null;
  gebiedSlugs: string[];
  figures: Record<MapFigure, Disclosed>;
}

const classCount = 4;

/** Four equal steps between the lowest and highest shown value; class 0 is "<5 or hidden". */
function classesOf(values: number[]) {
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = (max - min) / classCount || 1;
  return {
    min,
    max,
    step,
    classOf: (value: number) => Math.min(classCount, Math.floor((value - min) / step) + 1),
  };
}

/**
 * The wijken coloured by one figure, drawn as inline SVG from outlines made once on the server. Each class
 * has its own pattern as well as its own shade, so the legend does not rely on colour; the table beside
 * the map holds every value for screen readers, and the SVG's title and description say what it shows.
 */
export function AreaMapFigure({
  map,
  rows,
  figure,
  selected,
  language,
}: {
  map: AreaMap;
  rows: MapRow[];
  figure: MapFigure;
  selected: { level: "municipality" | "gebied" | "wijk"; code: string };
  language: string;
}) {
  const { t } = useTranslation("figures");
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const shownValues = rows.map((row) => valueOf(row.figures[figure])).filter((v): v is number => v !== null);
  const classes = classesOf(shownValues);
  const figureName = t(`figures.${figure}`);
  const highest = rows
    .filter((row) => valueOf(row.figures[figure]) !== null)
    .sort((a, b) => (valueOf(b.figures[figure]) ?? 0) - (valueOf(a.figures[figure]) ?? 0))[0];
  const summary = highest
    ? t("map.highest", { name: highest.name, value: figureText(highest.figures[figure], figure, t, language) })
    : t("map.none");
  const classOfRow = (code: string) => {
    const value = valueOf(byCode.get(code)?.figures[figure] ?? { status: "hidden", reason: "noData" });
    return value === null || !classes ? 0 : classes.classOf(value);
  };
  const format = (value: number) => figureText({ status: "shown", value }, figure, t, language);
  const legend = [
    { cls: 0, text: t("map.legendHidden") },
    ...(classes
      ? Array.from({ length: classCount }, (_, i) => ({
          cls: i + 1,
          text: t("map.legendRange", {
            from: format(Math.round((classes.min + classes.step * i) * 100) / 100),
            to: format(Math.round((classes.min + classes.step * (i + 1)) * 100) / 100),
          }),
        }))
      : []),
  ];
  const selectedBuurten =
    selected.level === "wijk"
      ? map.buurten.filter((b) => b.wijkCode === selected.code)
      : selected.level === "gebied"
        ? map.buurten.filter((b) => b.gebiedSlug === selected.code)
        : [];
  return (
    <figure className="noaber-map">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby="kaart-titel kaart-beschrijving"
        className="noaber-map__svg"
      >
        <title id="kaart-titel">{t("map.tableCaption", { figure: figureName })}</title>
        <desc id="kaart-beschrijving">{t("map.alt", { figure: figureName, summary })}</desc>
        <defs>
          <pattern id="kaart-klasse-0" patternUnits="userSpaceOnUse" width="8" height="8">
            <rect width="8" height="8" className="noaber-map__class-0" />
            <path d="M0 0L8 8M8 0L0 8" className="noaber-map__hatch-light" />
          </pattern>
          <pattern id="kaart-klasse-1" patternUnits="userSpaceOnUse" width="8" height="8">
            <rect width="8" height="8" className="noaber-map__class-1" />
          </pattern>
          <pattern id="kaart-klasse-2" patternUnits="userSpaceOnUse" width="8" height="8">
            <rect width="8" height="8" className="noaber-map__class-2" />
            <circle cx="4" cy="4" r="1.2" className="noaber-map__dot" />
          </pattern>
          <pattern id="kaart-klasse-3" patternUnits="userSpaceOnUse" width="8" height="8">
            <rect width="8" height="8" className="noaber-map__class-3" />
            <path d="M0 8L8 0" className="noaber-map__hatch" />
          </pattern>
          <pattern id="kaart-klasse-4" patternUnits="userSpaceOnUse" width="8" height="8">
            <rect width="8" height="8" className="noaber-map__class-4" />
            <path d="M0 8L8 0M0 0L8 8" className="noaber-map__hatch" />
          </pattern>
        </defs>
        <g>
          {map.wijken.map((wijk) => (
            <path key={wijk.code} d={wijk.d} fill={`url(#kaart-klasse-${classOfRow(wijk.code)})`} />
          ))}
        </g>
        <g className="noaber-map__buurten">
          {map.buurten.map((buurt) => (
            <path key={buurt.code} d={buurt.d} />
          ))}
        </g>
        <g className="noaber-map__wijken">
          {map.wijken.map((wijk) => (
            <path key={wijk.code} d={wijk.d} />
          ))}
        </g>
        <g className="noaber-map__selected">
          {selectedBuurten.map((buurt) => (
            <path key={buurt.code} d={buurt.d} />
          ))}
        </g>
      </svg>
      <figcaption>
        <p className="utrecht-paragraph noaber-map__legend-title">{t("map.legend")}</p>
        <ul className="noaber-map__legend">
          {legend.map((item) => (
            <li key={item.cls}>
              <svg viewBox="0 0 24 16" width="24" height="16" aria-hidden="true" focusable="false">
                <rect width="24" height="16" fill={`url(#kaart-klasse-${item.cls})`} className="noaber-map__swatch" />
              </svg>
              {item.text}
            </li>
          ))}
          {selected.level !== "municipality" ? (
            <li>
              <svg viewBox="0 0 24 16" width="24" height="16" aria-hidden="true" focusable="false">
                <rect x="2" y="2" width="20" height="12" className="noaber-map__swatch-selected" />
              </svg>
              {t("map.selected")}
            </li>
          ) : null}
        </ul>
        <p className="utrecht-paragraph noaber-credit">{t("map.credit")}</p>
      </figcaption>
    </figure>
  );
}
