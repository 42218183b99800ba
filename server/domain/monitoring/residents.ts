import { readFileSync } from "node:fs";

/**
 * Residents per wijk, gebied and the municipality, for the share of residents who volunteer.
 * Bron: CBS, Kerncijfers wijken en buurten 2022 (per wijk only; CBS rounds to multiples of 5).
 */
export interface Residents {
  wijk: Map<string, number>;
  gebied: Map<string, number>;
  total: number;
}

const file = new URL("../../../db/seed/data/inwoners-wijk-2022.json", import.meta.url);

/** CBS residents per wijk code (1 January 2022). */
export const residentsPerWijk: ReadonlyMap<string, number> = new Map(
  (JSON.parse(readFileSync(file, "utf8")) as Array<{ code: string; residents: number }>).map((row) => [
    row.code,
    row.residents,
  ]),
);

/**
 * A gebied's residents are the sum over its wijken. A wijk split over several gebieden (Zuidoost,
 * WK001405: buurten in Zuid, Oost, Oude Wijken and Haren) is shared in proportion to its buurten
 * in each gebied, since CBS gives no residents per buurt here; rounded to whole people.
 */
export function residentsByArea(
  perWijk: ReadonlyMap<string, number>,
  buurten: ReadonlyArray<{ wijkCode: string; gebiedSlug: string }>,
): Residents {
  const buurtenPerWijk = new Map<string, number>();
  const buurtenPerWijkAndGebied = new Map<string, number>();
  for (const buurt of buurten) {
    buurtenPerWijk.set(buurt.wijkCode, (buurtenPerWijk.get(buurt.wijkCode) ?? 0) + 1);
    const key = `${buurt.wijkCode}|${buurt.gebiedSlug}`;
    buurtenPerWijkAndGebied.set(key, (buurtenPerWijkAndGebied.get(key) ?? 0) + 1);
  }
  const gebied = new Map<string, number>();
  for (const [key, count] of buurtenPerWijkAndGebied) {
    const [wijkCode = "", gebiedSlug = ""] = key.split("|");
    const residents = perWijk.get(wijkCode);
    const all = buurtenPerWijk.get(wijkCode);
    if (residents === undefined || !all) continue;
    gebied.set(gebiedSlug, (gebied.get(gebiedSlug) ?? 0) + (residents * count) / all);
  }
  for (const [slug, value] of gebied) gebied.set(slug, Math.round(value));
  let total = 0;
  for (const value of perWijk.values()) total += value;
  return { wijk: new Map(perWijk), gebied, total };
}
