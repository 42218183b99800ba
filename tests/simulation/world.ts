/**
 * The simulated Groningen, planned before any database is touched: volunteers over the real buurten
 * (each wijk as likely as its residents, its buurten sharing them equally: CBS gives residents per wijk
 * here), organisations and the klussen they will post. Pure: a seed gives the same world every time,
 * and both policies get this very world.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { loadReferenceData } from "../../db/seed/reference-data";
import { allSlots, at, partsOfDay, slotOf, weekdays, type Slot } from "./calendar";
import { population as pop, stream, units } from "./parameters";
import type { Random } from "./prng";

export interface Buurt {
  code: string;
  wijkCode: string;
  lat: number;
  lon: number;
  weight: number;
}

export interface PlannedVolunteer {
  index: number;
  id: string;
  buurt: Buurt;
  skills: string[];
  languages: string[];
  /** Days before the simulation start on which they were born. */
  ageDays: number;
  /** Null means "flexibel". */
  availability: Slot[] | null;
  wishPerWeek: number;
  keenness: number;
}

export interface PlannedOrganisation {
  index: number;
  id: string;
  coordinatorId: string;
  buurt: Buurt;
  focusSkills: string[];
}

export interface PlannedKlus {
  index: number;
  organisation: number;
  buurt: Buurt;
  publishAt: number;
  startsAt: number;
  endsAt: number;
  spots: number;
  skills: string[];
  languages: string[];
  slot: Slot;
}

export interface World {
  volunteers: PlannedVolunteer[];
  organisations: PlannedOrganisation[];
  klussen: PlannedKlus[];
  /** The volunteers of each wijk: the WhatsApp group of that wijk. */
  groups: Map<string, number[]>;
}

const residentsSchema = z.array(z.object({ code: z.string(), residents: z.number() }));

export async function loadBuurten(): Promise<{ buurten: Buurt[]; skills: string[] }> {
  const data = await loadReferenceData();
  const residents = residentsSchema.parse(
    JSON.parse(await readFile(new URL("../../db/seed/data/inwoners-wijk-2022.json", import.meta.url), "utf8")),
  );
  const byWijk = new Map(residents.map((r) => [r.code, r.residents]));
  const buurtenPerWijk = new Map<string, number>();
  for (const b of data.buurten) buurtenPerWijk.set(b.wijkCode, (buurtenPerWijk.get(b.wijkCode) ?? 0) + 1);
  const buurten = data.buurten.map((b) => ({
    code: b.code,
    wijkCode: b.wijkCode,
    lat: b.lat,
    lon: b.lon,
    weight: (byWijk.get(b.wijkCode) ?? 0) / (buurtenPerWijk.get(b.wijkCode) ?? 1),
  }));
  return { buurten, skills: data.skills.skills.map((s) => s.slug) };
}

function countFrom(random: Random, weights: readonly number[]): number {
  return random.weighted(
    weights.map((weight, count) => ({ count, weight })),
    (w) => w.weight,
  ).count;
}

function availability(random: Random): Slot[] | null {
  if (random.chance(pop.flexible)) return null;
  const days = random.sample(weekdays, countFrom(random, pop.dayCountWeights) + 1);
  const parts = random.sample(partsOfDay, countFrom(random, pop.partCountWeights) + 1);
  const chosen = new Set(days.flatMap((day) => parts.map((part) => `${day}-${part}` as Slot)));
  return allSlots.filter((slot) => chosen.has(slot));
}

function languages(random: Random): string[] {
  const spoken = random.chance(pop.dutch) ? ["nl"] : [];
  for (const [language, share] of Object.entries(pop.otherLanguages)) if (random.chance(share)) spoken.push(language);
  return spoken.length > 0 ? spoken : [random.pick(["ar", "uk", "ti", "fa"])];
}

/** The volunteers, organisations and klussen of one run. */
export function planWorld(
  random: Random,
  input: { buurten: Buurt[]; skills: string[]; volunteers: number; weeks: number },
): World {
  const people = random.fork();
  const volunteers: PlannedVolunteer[] = Array.from({ length: input.volunteers }, (_, index) => {
    const band = people.weighted(pop.ageBands, (b) => b.weight);
    return {
      index,
      id: people.uuid(),
      buurt: people.weighted(input.buurten, (b) => b.weight),
      skills: people.sample(input.skills, countFrom(people, pop.skillCountWeights)).sort(),
      languages: languages(people),
      ageDays: Math.floor((people.int(band.from, band.to) + people.next()) * 365.25),
      availability: availability(people),
      wishPerWeek: people.weighted(pop.wishPerWeek, (w) => w.weight).value,
      keenness: pop.keenness.min + people.next() * (pop.keenness.max - pop.keenness.min),
    };
  });

  const orgs = random.fork();
  const organisations: PlannedOrganisation[] = Array.from({ length: stream.organisations }, (_, index) => ({
    index,
    id: orgs.uuid(),
    coordinatorId: orgs.uuid(),
    buurt: orgs.weighted(input.buurten, (b) => b.weight),
    focusSkills: orgs.sample(input.skills, stream.focusSkills),
  }));

  const posts = random.fork();
  const klussen: PlannedKlus[] = [];
  for (const organisation of organisations) {
    const wijkBuurten = input.buurten.filter((b) => b.wijkCode === organisation.buurt.wijkCode);
    // Poisson arrivals: exponential gaps, in days, mean 7 / rate; each lands in office hours of its day.
    let day = 0;
    for (;;) {
      day += -Math.log(1 - posts.next()) * (7 / stream.klussenPerOrganisationWeek);
      const dayIndex = Math.floor(day);
      if (dayIndex >= input.weeks * 7) break;
      if (dayIndex % 7 >= 5 && !posts.chance(stream.publishWeekendWeight)) continue;
      const publishAt = at(
        dayIndex,
        stream.publishHours.from + posts.next() * (stream.publishHours.to - stream.publishHours.from),
      );
      const lead = countFrom(posts, stream.leadDayWeights) + 1;
      const part = posts.weighted(stream.startParts, (p) => p.weight);
      const startsAt = at(dayIndex + lead, part.hour);
      const skillCount = countFrom(posts, stream.skillCountWeights);
      klussen.push({
        index: 0,
        organisation: organisation.index,
        buurt: posts.chance(stream.ownBuurt) ? organisation.buurt : posts.pick(wijkBuurten),
        publishAt,
        startsAt,
        endsAt: startsAt + posts.pick(stream.durationHours) * units.hour,
        spots: countFrom(posts, stream.spotWeights) + 1,
        skills: posts.sample(organisation.focusSkills, skillCount).sort(),
        languages: posts.weighted(stream.languageSets, (l) => l.weight).value,
        slot: slotOf(startsAt),
      });
    }
  }
  klussen.sort((a, b) => a.publishAt - b.publishAt || a.organisation - b.organisation);
  klussen.forEach((k, index) => (k.index = index));

  const groups = new Map<string, number[]>();
  for (const v of volunteers) groups.set(v.buurt.wijkCode, [...(groups.get(v.buurt.wijkCode) ?? []), v.index]);
  return { volunteers, organisations, klussen, groups };
}
