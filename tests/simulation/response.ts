/**
 * The response model: whether and when a volunteer told about a klus says yes, and what they do with
 * a spot afterwards. Pure functions of the volunteer, the klus and dice; parameters in parameters.ts.
 */
import { distanceKm } from "../../server/domain/search/search.ranking";
import { localTime, type Slot } from "./calendar";
import { response as defaults, units } from "./parameters";
import type { Random } from "./prng";

export type ResponseParameters = typeof defaults;

export interface VolunteerTraits {
  lat: number;
  lon: number;
  skills: readonly string[];
  languages: readonly string[];
  /** Null means "flexibel". */
  availability: readonly Slot[] | null;
  keenness: number;
}

export interface KlusTraits {
  lat: number;
  lon: number;
  skills: readonly string[];
  languages: readonly string[];
  slot: Slot;
}

export function isAvailable(volunteer: Pick<VolunteerTraits, "availability">, slot: Slot): boolean {
  return volunteer.availability === null || volunteer.availability.includes(slot);
}

/**
 * The chance of a yes: higher when near, skilled and available, lower without a shared language, and
 * falling with the notices already received this week (`noticesThisWeek`, this one not counted).
 */
export function answerChance(
  volunteer: VolunteerTraits,
  klus: KlusTraits,
  noticesThisWeek: number,
  p: ResponseParameters = defaults,
): number {
  let chance = p.base * volunteer.keenness;
  chance *= Math.exp(-distanceKm(volunteer, klus) / p.distanceScaleKm);
  if (klus.skills.length > 0) {
    chance *= klus.skills.some((skill) => volunteer.skills.includes(skill)) ? p.skillMatch : p.skillMismatch;
  }
  if (!isAvailable(volunteer, klus.slot)) chance *= p.unavailable;
  if (!klus.languages.some((language) => volunteer.languages.includes(language))) chance *= p.noLanguage;
  chance *= p.fatigueScale / (p.fatigueScale + Math.max(0, noticesThisWeek));
  return Math.min(p.maxChance, Math.max(0, chance));
}

/** An exponential delay with this mean. */
export function exponential(random: Random, mean: number): number {
  return -Math.log(1 - random.next()) * mean;
}

/** The first moment at or after `t` (ms since the start) when people are awake to read. */
export function awake(t: number, p: ResponseParameters = defaults): number {
  const { dayIndex, hour } = localTime(t);
  if (hour >= p.night.from) return (dayIndex + 1) * units.day + p.night.to * units.hour;
  if (hour < p.night.to) return dayIndex * units.day + p.night.to * units.hour;
  return t;
}

/**
 * When a notice sent at `t` has been read and answered: an exponential reading delay (app or group),
 * pushed out of the night, plus a short moment to decide.
 */
export function answerMoment(random: Random, t: number, channel: "app" | "group", p: ResponseParameters = defaults) {
  const read = awake(t + exponential(random, p.readDelayMeanHours[channel] * units.hour), p);
  return read + exponential(random, p.decideDelayMeanMinutes * units.minute);
}

/** What a volunteer who took a spot will do with it: all drawn once, when the spot is taken. */
export interface SpotFate {
  /** Gives it up before the start, at this fraction of the time between taking it and the start; null if not. */
  cancelAt: number | null;
  /** Would not turn up. */
  noShow: boolean;
  /** Asked the day before (Noaber), hands over instead of not turning up. */
  handsOver: boolean;
  /** Comes, but does not tap "confirm". */
  forgetsToConfirm: boolean;
}

export function spotFate(random: Random, p: ResponseParameters = defaults): SpotFate {
  const cancels = random.chance(p.cancel);
  const cancelAt = random.next();
  const noShow = random.chance(p.noShow);
  const handsOver = random.chance(p.handOverInsteadOfNoShow);
  const forgets = random.chance(p.forgetToConfirm);
  return {
    cancelAt: cancels ? cancelAt : null,
    noShow: !cancels && noShow,
    handsOver: !cancels && noShow && handsOver,
    forgetsToConfirm: !cancels && !noShow && forgets,
  };
}
