import type { NoticeScope } from "../../../db/schema";
import { distanceKm } from "../search/search.ranking";
import type { AvailabilityDay, AvailabilityPart } from "../profiles/profiles.schemas";

/**
 * Who hears about a klus first (issue 11): pure functions, so the order, the wave size and the
 * spacing can be tested without a database. The SQL candidate query applies the hard filters that
 * do not depend on the wave (volunteer, not deleted, not told, no live claim, not a member, not
 * pausing, old enough); `selectWave` applies the rest (scope, availability, weekly cap).
 */

/** Narrow to wide; a wave never goes narrower than the one before it. */
export const noticeScopes: readonly NoticeScope[] = ["near", "wijk", "gebied", "municipality"];
/** "Near": the klus's own buurt and buurten whose centroid lies within this distance of it. */
export const NEAR_KM = 1;

/**
 * How many to tell per spot left. Chosen with the simulation (README "Simulation"): 3 per spot left half
 * the klussen waiting for a second wave; 8 fills most in the first one while notices stay under a
 * quarter of a WhatsApp group's; 10 pushed the busiest volunteers' weeks (p95) past that.
 */
export const WAVE_FACTOR = 8;
/** A wave never tells more than this many, however many spots are left (a big klus fills in several waves). */
export const MAX_WAVE_SIZE = 60;
/** Waves are at least this far apart: people need time to read and answer. */
export const MIN_WAVE_INTERVAL_MS = 15 * 60_000;
/**
 * ...and at most this far: an app notice is read within about an hour, so waiting longer than half an
 * hour only delays the klus (the simulation: 1 to 4 hours doubled the median time to fill); each
 * person's weekly cap, not the interval, keeps anyone from being flooded.
 */
export const MAX_WAVE_INTERVAL_MS = 30 * 60_000;
/** The time left until the start is split into about this many intervals, so all four scopes get a turn. */
const INTERVALS_BEFORE_START = 24;

/** The weights of the score; they add up to 1, so a score lies between 0 and 1. */
export const weights = {
  distance: 0.3,
  skills: 0.25,
  availability: 0.15,
  language: 0.1,
  suitability: 0.05,
  answered: 0.1,
  recent: 0.05,
} as const;
/** Beyond this distance the distance part of the score is 0 (the municipality is about 25 km across). */
const FAR_KM = 10;

/** What the ranking needs of the klus. */
export interface KlusForRanking {
  buurtCode: string;
  wijkCode: string;
  gebiedSlug: string;
  lat: number;
  lon: number;
  skills: readonly string[];
  languages: readonly string[];
  minAge: number | null;
  /** Day and part of the day of the start in Groningen; null when the klus has no start time. */
  slot: { day: AvailabilityDay; part: AvailabilityPart } | null;
}

/** One volunteer who passed the hard filters of the SQL query. */
export interface Candidate {
  userId: string;
  home: { buurtCode: string; wijkCode: string; gebiedSlug: string; lat: number; lon: number } | null;
  skills: readonly string[];
  languages: readonly string[];
  /** Saved slots ("mon-morning"); empty: flexibel. */
  availability: readonly string[];
  /** The volunteer's weekly cap (their choice or the default). */
  cap: number;
  /** Notices in the 7 days before `now`. */
  noticesThisWeek: number;
  /** All their notices so far, and how many of those led to a claim on that klus. */
  noticesTotal: number;
  noticesAnswered: number;
  hasBirthDate: boolean;
}

export type Reason = "near" | "skill" | "available" | "flexible" | "language" | "answeredBefore";

export interface Ranked {
  userId: string;
  score: number;
  distanceKm: number | null;
  scope: NoticeScope;
  reasons: Reason[];
}

/** The part of the day a wall-clock hour (0–23) in Groningen falls in: morning before 12:00, afternoon before 18:00, then evening. */
export const partOfDay = (hour: number): AvailabilityPart =>
  hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening";
const dayNames: Record<string, AvailabilityDay> = {
  Mon: "mon",
  Tue: "tue",
  Wed: "wed",
  Thu: "thu",
  Fri: "fri",
  Sat: "sat",
  Sun: "sun",
};
const dayAndHour = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  weekday: "short",
  hour: "2-digit",
  hourCycle: "h23",
});

/** The Groningen day and part of the day of an instant: morning before 12:00, afternoon before 18:00, then evening. */
export function slotOf(instant: Date): { day: AvailabilityDay; part: AvailabilityPart } {
  const parts = dayAndHour.formatToParts(instant);
  const weekday = parts.find((p) => p.type === "weekday")?.value ?? "Mon";
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  return { day: dayNames[weekday] ?? "mon", part: partOfDay(hour) };
}

/** Available at the klus's time: flexibel (nothing saved), no start time, or the slot was chosen. */
export function isAvailable(candidate: Pick<Candidate, "availability">, klus: Pick<KlusForRanking, "slot">): boolean {
  if (candidate.availability.length === 0 || klus.slot === null) return true;
  return candidate.availability.includes(`${klus.slot.day}-${klus.slot.part}`);
}

/** The narrowest scope the volunteer's home falls in, seen from the klus; no home buurt: the municipality. */
export function scopeOf(candidate: Pick<Candidate, "home">, klus: KlusForRanking): NoticeScope {
  const home = candidate.home;
  if (!home) return "municipality";
  if (home.buurtCode === klus.buurtCode || distanceKm(home, klus) <= NEAR_KM) return "near";
  if (home.wijkCode === klus.wijkCode) return "wijk";
  if (home.gebiedSlug === klus.gebiedSlug) return "gebied";
  return "municipality";
}

/**
 * The score of a candidate between 0 and 1 (higher first), with the reasons that count in their favour.
 * Answered before: (claims after a notice + 1) / (notices + 2), so a newcomer starts at one half.
 */
export function rankCandidate(candidate: Candidate, klus: KlusForRanking): Ranked {
  const reasons: Reason[] = [];
  const distance = candidate.home ? distanceKm(candidate.home, klus) : null;
  const scope = scopeOf(candidate, klus);
  if (scope === "near") reasons.push("near");
  const distancePart = distance === null ? 0 : Math.max(0, 1 - distance / FAR_KM);

  const matching = klus.skills.filter((skill) => candidate.skills.includes(skill)).length;
  if (matching > 0) reasons.push("skill");
  const skillPart = klus.skills.length === 0 ? 0.5 : matching / klus.skills.length;

  // A chosen slot is a firmer promise than "any time".
  let availabilityPart = 0;
  if (candidate.availability.length === 0) {
    availabilityPart = 0.6;
    reasons.push("flexible");
  } else if (isAvailable(candidate, klus)) {
    availabilityPart = 1;
    reasons.push("available");
  }

  let languagePart = 1;
  if (klus.languages.length > 0) {
    const speaks = klus.languages.some((code) => candidate.languages.includes(code));
    languagePart = speaks ? 1 : 0.2;
    if (speaks) reasons.push("language");
  }

  // Someone whose birth date is unknown must fill it in before claiming a klus with a minimum age.
  const suitabilityPart = klus.minAge !== null && !candidate.hasBirthDate ? 0.3 : 1;

  const answeredPart = (candidate.noticesAnswered + 1) / (candidate.noticesTotal + 2);
  if (candidate.noticesAnswered > 0 && answeredPart > 0.5) reasons.push("answeredBefore");

  const recentPart = candidate.cap > 0 ? Math.max(0, 1 - candidate.noticesThisWeek / candidate.cap) : 0;

  const score =
    weights.distance * distancePart +
    weights.skills * skillPart +
    weights.availability * availabilityPart +
    weights.language * languagePart +
    weights.suitability * suitabilityPart +
    weights.answered * answeredPart +
    weights.recent * recentPart;
  return { userId: candidate.userId, score: Math.round(score * 1e6) / 1e6, distanceKm: distance, scope, reasons };
}

/** Higher score first; ties by user id, so a run is repeatable. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return b.score - a.score || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0);
}

/** How many to tell in a wave: WAVE_FACTOR per spot left, at least one, at most MAX_WAVE_SIZE; no limit on spots: as for 10 spots. */
export function waveSize(spotsLeft: number | null): number {
  if (spotsLeft === null) return Math.min(MAX_WAVE_SIZE, 10 * WAVE_FACTOR);
  return Math.max(0, Math.min(MAX_WAVE_SIZE, spotsLeft * WAVE_FACTOR));
}

/**
 * After a wave that found no one left to tell, the klus is looked at again this much later (people's
 * weekly caps free up over days, not minutes); looking every quarter of an hour only repeats the search.
 */
export const NO_ONE_LEFT_RECHECK_MS = 2 * 3_600_000;

/** When the next wave of a klus is due, given its last wave (`scope` null: it found no one left). */
export function nextWaveDue(
  last: { checkedAt: Date; scope: string | null },
  startsAt: Date | null,
  overrideMs?: number,
): number {
  const wait =
    last.scope === null && overrideMs === undefined
      ? NO_ONE_LEFT_RECHECK_MS
      : waveInterval(startsAt, last.checkedAt, overrideMs);
  return last.checkedAt.getTime() + wait;
}

/**
 * The time between waves: a 24th of the time left until the start, between 15 and 30 minutes.
 * A klus tomorrow widens every half hour; one within six hours every quarter of an hour. `overrideMs` (the
 * WAVE_INTERVAL_SECONDS setting) replaces it, for end-to-end tests.
 */
export function waveInterval(startsAt: Date | null, now: Date, overrideMs?: number): number {
  if (overrideMs !== undefined) return overrideMs;
  if (startsAt === null) return MAX_WAVE_INTERVAL_MS;
  const left = startsAt.getTime() - now.getTime();
  return Math.min(MAX_WAVE_INTERVAL_MS, Math.max(MIN_WAVE_INTERVAL_MS, Math.round(left / INTERVALS_BEFORE_START)));
}

/** What a wave found, for the coordinator's explanation: counts only, never names. */
export interface WaveSummary {
  /** Candidates in the scope that could be told (before the size limit). */
  eligible: number;
  told: number;
  withSkill: number;
  near: number;
  /** Of those told, how many chose the klus's time (not flexibel). */
  available: number;
  flexible: number;
  language: number;
  /** In the scope but passed over: at their weekly cap, or not available then. */
  passedCap: number;
  passedAvailability: number;
}

/** How many of those told were told for each reason. */
export function reasonCounts(chosen: readonly Ranked[]) {
  const count = (reason: Reason) => chosen.filter((r) => r.reasons.includes(reason)).length;
  return {
    told: chosen.length,
    withSkill: count("skill"),
    near: count("near"),
    available: count("available"),
    flexible: count("flexible"),
    language: count("language"),
  };
}

export interface WaveChoice {
  scope: NoticeScope | null;
  chosen: Ranked[];
  summary: WaveSummary;
}

/**
 * The next wave: the narrowest scope (not narrower than `fromScope`) with candidates who are available
 * and under their cap, and the best `size` of them in that scope (the scope includes the narrower ones).
 */
export function selectWave(
  candidates: readonly Candidate[],
  klus: KlusForRanking,
  size: number,
  fromScope: NoticeScope | null,
): WaveChoice {
  const start = fromScope ? noticeScopes.indexOf(fromScope) : 0;
  const ranked = candidates.map((candidate) => ({ candidate, ranked: rankCandidate(candidate, klus) }));
  const empty: WaveSummary = {
    eligible: 0,
    told: 0,
    withSkill: 0,
    near: 0,
    available: 0,
    flexible: 0,
    language: 0,
    passedCap: 0,
    passedAvailability: 0,
  };
  for (let index = start; index < noticeScopes.length; index++) {
    const within = ranked.filter(({ ranked: r }) => noticeScopes.indexOf(r.scope) <= index);
    const passedAvailability = within.filter(({ candidate }) => !isAvailable(candidate, klus)).length;
    const passedCap = within.filter(
      ({ candidate }) => isAvailable(candidate, klus) && candidate.noticesThisWeek >= candidate.cap,
    ).length;
    const eligible = within
      .filter(({ candidate }) => isAvailable(candidate, klus) && candidate.noticesThisWeek < candidate.cap)
      .map(({ ranked: r }) => r)
      .sort(compareRanked);
    if (eligible.length === 0) continue;
    const chosen = eligible.slice(0, size);
    return {
      scope: noticeScopes[index]!,
      chosen,
      summary: { ...empty, eligible: eligible.length, ...reasonCounts(chosen), passedCap, passedAvailability },
    };
  }
  const passedAvailability = ranked.filter(({ candidate }) => !isAvailable(candidate, klus)).length;
  const passedCap = ranked.filter(
    ({ candidate }) => isAvailable(candidate, klus) && candidate.noticesThisWeek >= candidate.cap,
  ).length;
  return { scope: null, chosen: [], summary: { ...empty, passedCap, passedAvailability } };
}
