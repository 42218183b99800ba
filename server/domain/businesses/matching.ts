/**
 * The matching rule between a business's offer and an organisation's request for businesses.
 * Pure, so it is tested on its own. A pair matches when the type is the same, the periods overlap,
 * the request's wijk suits the offer (preferred, or the offer has no preference, or the request
 * has no wijk), and they share a skill when both name skills. The score ranks matches: shared
 * skills count most, then a wijk the business chose, then how long the periods overlap.
 */
export interface Matchable {
  type: string;
  /** YYYY-MM-DD, inclusive. */
  periodStart: string;
  periodEnd: string;
  skills: string[];
  wijken: string[];
}

export type WijkFit = "preferred" | "anywhere";

export interface MatchReasons {
  sharedSkills: string[];
  wijk: WijkFit;
  /** The days both periods cover, YYYY-MM-DD inclusive. */
  overlap: { from: string; to: string };
  score: number;
}

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / dayMs) + 1;

export function matchOfferAndRequest(offer: Matchable, request: Matchable): MatchReasons | null {
  if (offer.type !== request.type) return null;
  const from = offer.periodStart > request.periodStart ? offer.periodStart : request.periodStart;
  const to = offer.periodEnd < request.periodEnd ? offer.periodEnd : request.periodEnd;
  if (from > to) return null;

  const requestWijk = request.wijken[0];
  let wijk: WijkFit;
  if (offer.wijken.length === 0 || requestWijk === undefined) wijk = "anywhere";
  else if (offer.wijken.includes(requestWijk)) wijk = "preferred";
  else return null;

  const requestSkills = new Set(request.skills);
  const sharedSkills = offer.skills.filter((skill) => requestSkills.has(skill));
  if (offer.skills.length > 0 && request.skills.length > 0 && sharedSkills.length === 0) return null;

  // Overlap adds at most 1, so it only orders matches that are otherwise equal.
  const score = sharedSkills.length * 10 + (wijk === "preferred" ? 5 : 0) + Math.min(daysBetween(from, to), 365) / 365;
  return { sharedSkills, wijk, overlap: { from, to }, score };
}

/** Every pair of `mine` × `theirs` that matches, best first. */
export function rankMatches<M extends Matchable & { id: string }, T extends Matchable & { id: string }>(
  mine: M[],
  theirs: T[],
  side: "offer" | "request",
): Array<{ mine: M; theirs: T; reasons: MatchReasons }> {
  const matches: Array<{ mine: M; theirs: T; reasons: MatchReasons }> = [];
  for (const own of mine) {
    for (const other of theirs) {
      const reasons = side === "offer" ? matchOfferAndRequest(own, other) : matchOfferAndRequest(other, own);
      if (reasons) matches.push({ mine: own, theirs: other, reasons });
    }
  }
  return matches.sort(
    (a, b) => b.reasons.score - a.reasons.score || a.reasons.overlap.from.localeCompare(b.reasons.overlap.from),
  );
}
