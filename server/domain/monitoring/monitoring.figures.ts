import type { Disclosed } from "./disclosure";

/** The figures of one place (or one month of it), after the k < 5 rule. Pure types and lists, shared with the pages. */
export interface AreaFigures {
  klussen: Disclosed;
  klussenOpen: Disclosed;
  klussenFilled: Disclosed;
  spots: Disclosed;
  spotsTaken: Disclosed;
  /** Percentage of spots taken. */
  fillRate: Disclosed;
  /** Median hours from publication to the claim that took the last spot. */
  timeToFill: Disclosed;
  noShows: Disclosed;
  vacancies: Disclosed;
  vacanciesOpen: Disclosed;
  vacanciesFilled: Disclosed;
  activeVolunteers: Disclosed;
  /** Percentage of residents who were active volunteers. */
  activeShare: Disclosed;
  hours: Disclosed;
  newVolunteers: Disclosed;
  businessPeople: Disclosed;
  businessHours: Disclosed;
  partnerPeople: Disclosed;
  partnerHours: Disclosed;
  teamSignUps: Disclosed;
  applications: Disclosed;
  /** Median hours from an application to the organisation's first answer. */
  responseTime: Disclosed;
}

export type FigureKey = keyof AreaFigures;

/** How a figure reads: a count, a percentage, or a duration in hours. */
export const figureUnits: Record<FigureKey, "count" | "percent" | "hours" | "duration"> = {
  klussen: "count",
  klussenOpen: "count",
  klussenFilled: "count",
  spots: "count",
  spotsTaken: "count",
  fillRate: "percent",
  timeToFill: "duration",
  noShows: "count",
  vacancies: "count",
  vacanciesOpen: "count",
  vacanciesFilled: "count",
  activeVolunteers: "count",
  activeShare: "percent",
  hours: "hours",
  newVolunteers: "count",
  businessPeople: "count",
  businessHours: "hours",
  partnerPeople: "count",
  partnerHours: "hours",
  teamSignUps: "count",
  applications: "count",
  responseTime: "duration",
};

/** Figures the map can colour the wijken by; the first is the default. */
export const mapFigures = [
  "activeShare",
  "activeVolunteers",
  "klussen",
  "klussenFilled",
  "fillRate",
  "timeToFill",
  "noShows",
  "hours",
  "newVolunteers",
  "vacancies",
  "responseTime",
] as const satisfies readonly FigureKey[];
export type MapFigure = (typeof mapFigures)[number];

/** Figures drawn per month. */
export const chartFigures = [
  "activeShare",
  "activeVolunteers",
  "klussenFilled",
  "fillRate",
  "noShows",
  "hours",
  "newVolunteers",
  "responseTime",
] as const satisfies readonly FigureKey[];

/** Figures in the overview and the CSV, in this order, grouped as on the page. */
export const figureGroups: ReadonlyArray<{ id: string; keys: readonly FigureKey[] }> = [
  { id: "volunteers", keys: ["activeVolunteers", "activeShare", "newVolunteers", "hours", "noShows"] },
  { id: "klussen", keys: ["klussen", "klussenOpen", "klussenFilled", "spots", "spotsTaken", "fillRate", "timeToFill"] },
  { id: "vacancies", keys: ["vacancies", "vacanciesOpen", "vacanciesFilled", "applications", "responseTime"] },
  {
    id: "involvement",
    keys: ["businessPeople", "businessHours", "partnerPeople", "partnerHours", "teamSignUps"],
  },
];

/** The municipality's target: 32 % of residents volunteer. */
export const volunteeringTarget = 32;
