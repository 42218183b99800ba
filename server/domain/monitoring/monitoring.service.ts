import { requireGemeente, requireUser, type Actor } from "../actor";
import { forbidden, invalid } from "../errors";
import { isCoordinator } from "../organisations/memberships.repository";
import { parseInput } from "../parse-input";
import type { ServiceDependencies } from "../services";
import { areaMap } from "./area-map";
import {
  fromPeople,
  fromThings,
  notApplicable,
  people,
  percentOfThings,
  round1,
  share,
  things,
  type Disclosed,
} from "./disclosure";
import { volunteeringTarget, type AreaFigures } from "./monitoring.figures";
import { monthsOf, presetPeriod, type ChosenPeriod } from "./monitoring.period";
import * as repo from "./monitoring.repository";
import { figuresQuerySchema, organisationFiguresQuerySchema, type FiguresQuery } from "./monitoring.schemas";
import { residentsByArea, residentsPerWijk, type Residents } from "./residents";

/** Raw counts of one place (or month) before the k < 5 rule; they never leave this module. */
interface RawFigures {
  klussen: number;
  klussenFilled: number;
  spots: number;
  spotsTaken: number;
  medianFillHours: number | null;
  noShows: number;
  teams: number;
  vacancies: number;
  vacanciesFilled: number;
  people: number;
  hours: number;
  businessPeople: number;
  businessHours: number;
  partnerPeople: number;
  partnerHours: number;
  active: number;
  newVolunteers: number;
  applications: number;
  answered: number;
  medianResponseHours: number | null;
}

const emptyRaw = (): RawFigures => ({
  klussen: 0,
  klussenFilled: 0,
  spots: 0,
  spotsTaken: 0,
  medianFillHours: null,
  noShows: 0,
  teams: 0,
  vacancies: 0,
  vacanciesFilled: 0,
  people: 0,
  hours: 0,
  businessPeople: 0,
  businessHours: 0,
  partnerPeople: 0,
  partnerHours: 0,
  active: 0,
  newVolunteers: 0,
  applications: 0,
  answered: 0,
  medianResponseHours: null,
});

const keyOf = (key: repo.GroupKey) => `${key.level}:${key.code}|${key.month ?? ""}`;

/** Applies the k < 5 rule to one place's raw counts: the only way figures leave the service. */
function disclose(raw: RawFigures, residents: number | null): AreaFigures {
  const round = (value: number | null) => (value === null ? null : round1(value));
  return {
    klussen: things(raw.klussen),
    klussenOpen: things(raw.klussen - raw.klussenFilled),
    klussenFilled: things(raw.klussenFilled),
    spots: things(raw.spots),
    // Spots taken are public on every klus page ("2 plekken vrij"), so they are things, not people.
    spotsTaken: things(raw.spotsTaken),
    fillRate: percentOfThings(raw.spotsTaken, raw.spots),
    timeToFill: fromThings(round(raw.medianFillHours)),
    noShows: people(raw.noShows),
    vacancies: things(raw.vacancies),
    vacanciesOpen: things(raw.vacancies - raw.vacanciesFilled),
    vacanciesFilled: things(raw.vacanciesFilled),
    activeVolunteers: people(raw.active),
    activeShare: residents === null ? notApplicable : share(raw.active, residents),
    hours: fromPeople(round(raw.hours), raw.people),
    newVolunteers: people(raw.newVolunteers),
    businessPeople: people(raw.businessPeople),
    businessHours: fromPeople(round(raw.businessHours), raw.businessPeople),
    partnerPeople: people(raw.partnerPeople),
    partnerHours: fromPeople(round(raw.partnerHours), raw.partnerPeople),
    teamSignUps: things(raw.teams),
    applications: people(raw.applications),
    responseTime: fromPeople(round(raw.medianResponseHours), raw.answered),
  };
}

type Place = repo.Place & { name: string; formerName: string | null };

/**
 * The municipality's figures per gebied and wijk over a period, and an organisation's figures for its
 * own work: the same queries (narrowed to the organisation), the same k < 5 rule, the same shape.
 */
export function createMonitoringService(deps: Pick<ServiceDependencies, "db">) {
  const { db } = deps;
  let placesOnce: Promise<Awaited<ReturnType<typeof repo.places>> & { residents: Residents }> | null = null;

  // Reference data is loaded at start and does not change while the app runs.
  function loadPlaces() {
    placesOnce ??= repo.places(db).then((places) => ({
      ...places,
      residents: residentsByArea(residentsPerWijk, places.buurten),
    }));
    placesOnce.catch(() => {
      placesOnce = null;
    });
    return placesOnce;
  }

  function periodOf(query: ReturnType<typeof figuresQuerySchema.parse>, now: Date): ChosenPeriod {
    if (query.preset === "custom" || (query.preset === undefined && query.from && query.to)) {
      return { preset: "custom", from: query.from ?? "", to: query.to ?? "" };
    }
    return presetPeriod(query.preset ?? "last12Months", now);
  }

  async function compute(input: FiguresQuery, organisation: { id: string; name: string } | null, now: Date) {
    const query = parseInput(figuresQuerySchema, input);
    const places = await loadPlaces();
    let place: Place = { level: "municipality", name: "Gemeente Groningen", formerName: null };
    if (query.wijk) {
      const wijk = places.wijken.find((w) => w.code === query.wijk);
      if (!wijk) throw invalid("Unknown wijk", { wijk: ["figures:errors.place.unknown"] });
      place = { level: "wijk", code: wijk.code, name: wijk.name, formerName: wijk.formerName };
    } else if (query.gebied) {
      const gebied = places.gebieden.find((g) => g.slug === query.gebied);
      if (!gebied) throw invalid("Unknown gebied", { gebied: ["figures:errors.place.unknown"] });
      place = { level: "gebied", slug: gebied.slug, name: gebied.name, formerName: null };
    }
    const period = periodOf(query, now);
    const months = monthsOf(period);
    const filter: repo.Filter = { period, organisationId: organisation?.id ?? null };

    const [klussen, vacancies, hours, active, fresh, responses, skills, offers] = await Promise.all([
      repo.klusFigures(db, filter),
      repo.vacancyFigures(db, filter),
      repo.hoursFigures(db, filter),
      repo.activeVolunteerFigures(db, filter, months),
      repo.newVolunteerFigures(db, filter),
      repo.responseFigures(db, filter),
      repo.skillFigures(db, filter, place),
      organisation ? Promise.resolve(null) : repo.offersMade(db, period, place),
    ]);

    const raw = new Map<string, RawFigures>();
    const at = (key: repo.GroupKey) => {
      const k = keyOf(key);
      let figures = raw.get(k);
      if (!figures) {
        figures = emptyRaw();
        raw.set(k, figures);
      }
      return figures;
    };
    for (const row of klussen) {
      Object.assign(at(row), {
        klussen: row.klussen,
        klussenFilled: row.filled,
        spots: row.spots,
        spotsTaken: row.taken,
        medianFillHours: row.medianFillHours,
        noShows: row.noShows,
        teams: row.teams,
      });
    }
    for (const row of vacancies) Object.assign(at(row), { vacancies: row.vacancies, vacanciesFilled: row.filled });
    for (const row of hours) {
      Object.assign(at(row), {
        people: row.people,
        hours: row.hours,
        businessPeople: row.businessPeople,
        businessHours: row.businessHours,
        partnerPeople: row.partnerPeople,
        partnerHours: row.partnerHours,
      });
    }
    for (const row of active) at(row).active = row.active;
    for (const row of fresh) at(row).newVolunteers = row.people;
    for (const row of responses) {
      Object.assign(at(row), {
        applications: row.applications,
        answered: row.answered,
        medianResponseHours: row.medianResponseHours,
      });
    }

    // An organisation's volunteers are not a share of a wijk's residents: that figure is the municipality's.
    const residentsOf = (level: repo.GroupKey["level"], code: string) =>
      organisation
        ? null
        : level === "wijk"
          ? (places.residents.wijk.get(code) ?? null)
          : level === "gebied"
            ? (places.residents.gebied.get(code) ?? null)
            : places.residents.total;
    const figuresOf = (level: repo.GroupKey["level"], code: string, month: string | null = null) =>
      disclose(raw.get(keyOf({ level, code, month })) ?? emptyRaw(), residentsOf(level, code));

    const placeCode = place.level === "wijk" ? place.code : place.level === "gebied" ? place.slug : "";
    const disclosedSkills = skills
      .filter((skill) => skill.opportunities > 0 || skill.volunteers >= 5)
      .map((skill) => ({
        slug: skill.slug,
        nameNl: skill.nameNl,
        nameEn: skill.nameEn,
        opportunities: things(skill.opportunities),
        spots: things(skill.spots),
        volunteers: people(skill.volunteers),
      }));

    return {
      kind: organisation ? ("organisation" as const) : ("municipality" as const),
      organisation,
      period,
      months,
      mapFigure: query.mapFigure ?? ("activeShare" as const),
      place: {
        level: place.level,
        code: placeCode,
        name: place.name,
        formerName: place.formerName,
        residents: residentsOf(place.level, placeCode),
      },
      target: volunteeringTarget,
      totals: figuresOf(place.level, placeCode),
      perMonth: months.map((month) => ({ month, figures: figuresOf(place.level, placeCode, month) })),
      municipality: figuresOf("municipality", ""),
      municipalityResidents: residentsOf("municipality", ""),
      gebieden: places.gebieden.map((gebied) => ({
        slug: gebied.slug,
        name: gebied.name,
        residents: residentsOf("gebied", gebied.slug),
        figures: figuresOf("gebied", gebied.slug),
      })),
      wijken: places.wijken.map((wijk) => ({
        code: wijk.code,
        name: wijk.name,
        formerName: wijk.formerName,
        gebiedSlugs: [...new Set(places.buurten.filter((b) => b.wijkCode === wijk.code).map((b) => b.gebiedSlug))],
        residents: residentsOf("wijk", wijk.code),
        figures: figuresOf("wijk", wijk.code),
      })),
      skills: disclosedSkills,
      offers: offers === null ? notApplicable : (things(offers) as Disclosed),
    };
  }

  return {
    /** The municipality's figures for a place (municipality, gebied or wijk) and period. */
    async figures(actor: Actor, input: FiguresQuery, now = new Date()) {
      requireGemeente(actor);
      return compute(input, null, now);
    },

    /** One organisation's figures for its own klussen and vacatures; only its coordinators see them. */
    async organisationFigures(actor: Actor, input: FiguresQuery & { organisationId: string }, now = new Date()) {
      const user = requireUser(actor);
      const { organisationId } = parseInput(organisationFiguresQuerySchema, input);
      const organisation = (await repo.coordinatedOrganisations(db, user.userId)).find((o) => o.id === organisationId);
      if (!organisation || !(await isCoordinator(db, organisationId, user.userId))) {
        throw forbidden("Only the organisation's own coordinators see its figures");
      }
      return compute(input, organisation, now);
    },

    /** The organisations whose figures this person may see (those they coordinate). */
    async myOrganisations(actor: Actor) {
      const user = requireUser(actor);
      return repo.coordinatedOrganisations(db, user.userId);
    },

    /** The outlines of wijken and buurten (public reference data), drawn once at start. */
    areaMap() {
      return areaMap;
    },
  };
}

export type MonitoringService = ReturnType<typeof createMonitoringService>;
export type Figures = Awaited<ReturnType<MonitoringService["figures"]>>;
