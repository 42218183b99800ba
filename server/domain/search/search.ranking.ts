import type { BuurtCentroid } from "./search.repository";

/**
 * Personal ranking for a volunteer (DESIGN.md "Search and ranking").
 *
 * How it works with Meilisearch: the index has no idea who is searching, so the ranking is built
 * at query time as one multi-search over the same index. Each query in it is a *tier*:
 * the same words and filters plus a tier filter, so the tiers are disjoint:
 *
 *   place tier   own buurt → nearby buurten (centroid within 0.5 km, then within 1 km: distance between
 *                centroids) → rest of the wijk → rest of the gebied → the rest of the municipality
 *   skill tier   within each place tier: ≥2 matching skills → 1 → none (`skills IN [...]` and pair filters)
 *
 * Each tier gets a federation weight (place weight × skill factor, strictly decreasing in that order),
 * and every query sorts `startsAtTs:asc` (sooner first). With words, the queries go out as a
 * federated search, which merges them by *weighted ranking score*; the weights are a few percent
 * apart: among comparable text matches the nearer / better-matching tier wins, but a clearly better
 * text match still comes first —
 * "text relevance first, then place and skills". One request, pagination by the federation's
 * offset/limit, and no per-volunteer data in the index.
 *
 * Without words (the "Voor jou" feed, a search with only filters) every hit scores the same, and the
 * federated merge then orders by the queries' `startsAtTs` sort across tiers instead of by weight
 * (seen in Meilisearch 1.21). So without words the same tiers go out as a plain multi-search and the
 * service concatenates them in tier order, using each tier's exact count to page.
 *
 * The PostgreSQL fallback applies the same tiers and weights in SQL (see `databaseOrder`).
 */

/**
 * Buurten whose centroid lies within 1 km of the home buurt's count as "nearby", in two rings so the
 * nearer ones come first. (Federated search compares the queries' sort rules when merging, and refuses
 * to compare a `_geoPoint` sort with a `startsAtTs` sort; so distance is expressed as rings, not a sort.)
 */
export const NEARBY_RINGS_KM = [0.5, 1] as const;
/** Pair filters grow quadratically; above this many skills "≥2 matching" is not a separate tier. */
const MAX_SKILLS_FOR_PAIRS = 8;

// Each place weight × the lowest skill factor (0.98) stays above the next place weight.
export const placeWeights = { own: 1, nearby: 0.97, nearby2: 0.94, wijk: 0.91, gebied: 0.88, rest: 0.85 } as const;
export const skillFactors = [1, 0.99, 0.98] as const;
export type PlaceTier = keyof typeof placeWeights;

/** Distance in km between two points; the equirectangular approximation is exact enough within a city. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

export interface RankingContext {
  home: BuurtCentroid | null;
  /** Buurten near home (not home itself), per ring (NEARBY_RINGS_KM), nearest first. */
  nearby: [string[], string[]];
  skills: string[];
}

/** Null when there is nothing to personalise on (anonymous, or an empty profile). */
export function rankingContext(
  centroids: readonly BuurtCentroid[],
  profile: { homeBuurtCode: string | null; skills: string[] },
): RankingContext | null {
  const home = centroids.find((b) => b.code === profile.homeBuurtCode) ?? null;
  if (!home && profile.skills.length === 0) return null;
  const near = home
    ? centroids
        .filter((b) => b.code !== home.code)
        .map((b) => ({ code: b.code, km: distanceKm(home, b) }))
        .filter((b) => b.km <= NEARBY_RINGS_KM[1])
        .sort((a, b) => a.km - b.km)
    : [];
  const [inner] = NEARBY_RINGS_KM;
  return {
    home,
    nearby: [near.filter((b) => b.km <= inner).map((b) => b.code), near.filter((b) => b.km > inner).map((b) => b.code)],
    skills: [...new Set(profile.skills)].sort(),
  };
}

export interface RankingTier {
  place: PlaceTier | null;
  /** How many of the volunteer's skills at least (2, 1) or 0 for "none"; null when not split by skills. */
  skills: number | null;
  filter: string[];
  sort: string[];
  weight: number;
}

const quote = (value: string) => `"${value.replace(/["\\]/g, "\\$&")}"`;
const list = (values: readonly string[]) => `[${values.map(quote).join(", ")}]`;

function pairs(values: readonly string[]): string {
  const terms: string[] = [];
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      terms.push(`(skills = ${quote(values[i] ?? "")} AND skills = ${quote(values[j] ?? "")})`);
    }
  }
  return `(${terms.join(" OR ")})`;
}

function skillTiers(skills: readonly string[]): Array<{ skills: number | null; filter: string[]; factor: number }> {
  if (skills.length === 0) return [{ skills: null, filter: [], factor: 1 }];
  const any = `skills IN ${list(skills)}`;
  const none = `skills NOT IN ${list(skills)}`;
  if (skills.length >= 2 && skills.length <= MAX_SKILLS_FOR_PAIRS) {
    const two = pairs(skills);
    return [
      { skills: 2, filter: [two], factor: skillFactors[0] },
      { skills: 1, filter: [any, `NOT ${two}`], factor: skillFactors[1] },
      { skills: 0, filter: [none], factor: skillFactors[2] },
    ];
  }
  return [
    { skills: 1, filter: [any], factor: skillFactors[0] },
    { skills: 0, filter: [none], factor: skillFactors[1] },
  ];
}

function placeTiers(ctx: RankingContext): Array<{ place: PlaceTier | null; filter: string[]; sort: string[] }> {
  const soonest = "startsAtTs:asc";
  const { home, nearby } = ctx;
  if (!home) return [{ place: null, filter: [], sort: [soonest] }];
  const notCloser = `buurtCode NOT IN ${list([home.code, ...nearby[0], ...nearby[1]])}`;
  const tiers: Array<{ place: PlaceTier; filter: string[]; sort: string[] }> = [
    { place: "own", filter: [`buurtCode = ${quote(home.code)}`], sort: [soonest] },
  ];
  (["nearby", "nearby2"] as const).forEach((place, ring) => {
    const codes = nearby[ring] ?? [];
    if (codes.length > 0) tiers.push({ place, filter: [`buurtCode IN ${list(codes)}`], sort: [soonest] });
  });
  tiers.push(
    { place: "wijk", filter: [`wijkCode = ${quote(home.wijkCode)}`, notCloser], sort: [soonest] },
    {
      place: "gebied",
      filter: [`gebied = ${quote(home.gebied)}`, `wijkCode != ${quote(home.wijkCode)}`, notCloser],
      sort: [soonest],
    },
    {
      place: "rest",
      filter: [`gebied != ${quote(home.gebied)}`, `wijkCode != ${quote(home.wijkCode)}`, notCloser],
      sort: [soonest],
    },
  );
  return tiers;
}

/** The disjoint tiers of a personal search, best first, each with its federation weight. */
export function rankingTiers(ctx: RankingContext): RankingTier[] {
  return placeTiers(ctx).flatMap((place) =>
    skillTiers(ctx.skills).map((skill) => ({
      place: place.place,
      skills: skill.skills,
      filter: [...place.filter, ...skill.filter],
      sort: place.sort,
      weight: (place.place ? placeWeights[place.place] : 1) * skill.factor,
    })),
  );
}
