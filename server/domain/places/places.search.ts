import type { Buurt } from "./places.schemas";

/** Lower case, without accents or punctuation: "Stainkoel'n" → "stainkoeln", "Beijum-Oost" → "beijum oost". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export interface SearchableBuurt {
  buurt: Buurt;
  name: string;
  wijkNames: string[];
}

export function toSearchable(buurt: Buurt): SearchableBuurt {
  const wijkNames = [buurt.wijkName, buurt.wijkFormerName].filter((n): n is string => n !== null);
  return { buurt, name: normaliseForSearch(buurt.name), wijkNames: wijkNames.map(normaliseForSearch) };
}

function startsAWord(text: string, query: string): boolean {
  return text.startsWith(query) || text.includes(` ${query}`);
}

/**
 * Buurten whose own name, wijk name or former wijk name contains the query. Best first: the
 * buurt's name starts with the query, then a word in it does, then it contains the query, then
 * its wijk matches; ties keep the given order.
 */
export function rankBuurten(buurten: readonly SearchableBuurt[], query: string): Buurt[] {
  const q = normaliseForSearch(query);
  if (q === "") return [];
  const rank = (b: SearchableBuurt): number => {
    if (b.name.startsWith(q)) return 0;
    if (startsAWord(b.name, q)) return 1;
    if (b.name.includes(q)) return 2;
    if (b.wijkNames.some((w) => startsAWord(w, q))) return 3;
    if (b.wijkNames.some((w) => w.includes(q))) return 4;
    return -1;
  };
  return buurten
    .map((b) => ({ buurt: b.buurt, rank: rank(b) }))
    .filter((r) => r.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => r.buurt);
}
