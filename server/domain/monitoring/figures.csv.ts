import { toCsv } from "../businesses/csv";
import type { Disclosed } from "./disclosure";
import { figureGroups, type AreaFigures, type FigureKey } from "./monitoring.figures";
import type { Figures } from "./monitoring.service";

export interface FiguresCsvLabels {
  level: string;
  place: string;
  residents: string;
  month: string;
  from: string;
  to: string;
  total: string;
  levels: Record<"municipality" | "gebied" | "wijk", string>;
  figure: (key: FigureKey) => string;
  fewer: string;
  hidden: (reason: string) => string;
}

const keys: FigureKey[] = figureGroups.flatMap((group) => [...group.keys]);

/**
 * The figures as a CSV (Excel-safe, as the social-return report): the period, then one row per place
 * (municipality, gebieden, wijken) for the whole period and one per month of the chosen place. Values
 * have already passed the k < 5 rule: "<5" and hidden figures are written as such, never as numbers.
 */
export function figuresCsv(figures: Figures, labels: FiguresCsvLabels): string {
  const cell = (figure: Disclosed) =>
    figure.status === "shown" ? figure.value : figure.status === "fewer" ? labels.fewer : labels.hidden(figure.reason);
  const row = (level: string, place: string, residents: number | null, month: string, values: AreaFigures) => [
    level,
    place,
    residents,
    month,
    ...keys.map((key) => cell(values[key])),
  ];
  const rows: Array<Array<string | number | null>> = [
    [labels.from, figures.period.from],
    [labels.to, figures.period.to],
    [],
    [labels.level, labels.place, labels.residents, labels.month, ...keys.map(labels.figure)],
  ];
  const municipality = figures.organisation?.name ?? "Gemeente Groningen";
  const total = labels.total;
  rows.push(row(labels.levels.municipality, municipality, figures.municipalityResidents, total, figures.municipality));
  for (const gebied of figures.gebieden)
    rows.push(row(labels.levels.gebied, gebied.name, gebied.residents, total, gebied.figures));
  for (const wijk of figures.wijken) {
    const name = wijk.formerName ? `${wijk.name} (${wijk.formerName})` : wijk.name;
    rows.push(row(labels.levels.wijk, name, wijk.residents, total, wijk.figures));
  }
  for (const month of figures.perMonth) {
    rows.push(
      row(labels.levels[figures.place.level], figures.place.name, figures.place.residents, month.month, month.figures),
    );
  }
  return toCsv(rows);
}
