/**
 * Every number the simulation assumes, in one place, each with why. They are assumptions about
 * Groningen's volunteers and organisations, not measurements: change them here and rerun.
 */

const minute = 60_000;
const hour = 60 * minute;

/** Milliseconds per unit, for turning the hours and minutes below into simulated time. */
export const units = { minute, hour, day: 24 * hour, week: 7 * 24 * hour };

export const population = {
  /** Share who speak Dutch: most volunteers do; newcomers (COA, Ukrainians) often not yet. */
  dutch: 0.93,
  /** Other languages and how often a volunteer speaks them (besides or instead of Dutch). */
  otherLanguages: { en: 0.3, ar: 0.04, uk: 0.03, tr: 0.02, pl: 0.02, ti: 0.01, fa: 0.01, de: 0.03 } as Record<
    string,
    number
  >,
  /** Skills per volunteer, 0 to 4, weights: most name one to three things they are good at. */
  skillCountWeights: [0.1, 0.3, 0.3, 0.2, 0.1],
  /** Ages 16–85 in bands with weights: students and the recently retired volunteer most (CBS vrijwilligerswerk). */
  ageBands: [
    { from: 16, to: 24, weight: 0.22 },
    { from: 25, to: 44, weight: 0.28 },
    { from: 45, to: 64, weight: 0.27 },
    { from: 65, to: 85, weight: 0.23 },
  ],
  /** Share who say "flexibel" (any time) instead of days and parts of the day. */
  flexible: 0.25,
  /** Others: how many days (1–7) and how many parts of the day (1–3) they can, weights. */
  dayCountWeights: [0.15, 0.25, 0.2, 0.15, 0.1, 0.05, 0.1],
  partCountWeights: [0.5, 0.35, 0.15],
  /** Notices a week they want at most, and how many choose each: most want a few, some want all. */
  wishPerWeek: [
    { value: 2, weight: 0.3 },
    { value: 3, weight: 0.35 },
    { value: 5, weight: 0.25 },
    { value: 10, weight: 0.1 },
  ],
  /** People differ in how keen they are: a factor on every answer, uniform in this range. */
  keenness: { min: 0.5, max: 1.5 },
};

export const stream = {
  /** Organisations posting klussen: the ~25 active ones of a city this size. */
  organisations: 25,
  /** Klussen per organisation per week on average (Poisson, weekend days thinned below): ~33 a week over the city. */
  klussenPerOrganisationWeek: 1.5,
  /** Share of an organisation's klussen in its own buurt; the rest elsewhere in its wijk. */
  ownBuurt: 0.8,
  /** Spots 1–4 and their weights: most klussen need one or two hands. */
  spotWeights: [0.45, 0.3, 0.15, 0.1],
  /** Skills a klus asks for, 0–2, weights: many klussen need only willing hands. */
  skillCountWeights: [0.4, 0.45, 0.15],
  /** Focus skills per organisation, from which its klussen draw theirs. */
  focusSkills: 3,
  /** Languages spoken during the work: mostly Dutch; some klussen welcome English or Arabic/Ukrainian speakers. */
  languageSets: [
    { value: ["nl"], weight: 0.8 },
    { value: ["nl", "en"], weight: 0.12 },
    { value: ["nl", "ar"], weight: 0.04 },
    { value: ["nl", "uk"], weight: 0.04 },
  ],
  /** Days between publishing and the start (1–10), weights: most a few days ahead, some last-minute. */
  leadDayWeights: [0.1, 0.14, 0.14, 0.13, 0.12, 0.1, 0.1, 0.07, 0.05, 0.05],
  /** Start hour of each part of the day, and its weight: mornings and evenings are busiest. */
  startParts: [
    { part: "morning", hour: 10, weight: 0.4 },
    { part: "afternoon", hour: 14, weight: 0.3 },
    { part: "evening", hour: 19, weight: 0.3 },
  ] as const,
  /** Duration of a klus, 1–3 hours: a short, concrete job. */
  durationHours: [1, 2, 3],
  /** Coordinators publish in office hours, 8:00–20:00, on any day (weekend ones are rarer by weight). */
  publishHours: { from: 8, to: 20 },
  publishWeekendWeight: 0.4,
};

export const response = {
  /** The chance of a yes from the best-suited (keen, next door, available, skilled, first notice this week): one in five. */
  base: 0.2,
  /** Distance decay: the chance falls by e per this many km between home buurt and klus buurt. */
  distanceScaleKm: 2.5,
  /** A klus asking for a skill the volunteer has is more tempting; one they lack less so. */
  skillMatch: 2,
  skillMismatch: 0.5,
  /** Outside their days and parts of the day few can rearrange. */
  unavailable: 0.15,
  /** None of the klus's languages: few dare to say yes. */
  noLanguage: 0.1,
  /** Notice fatigue: with n notices already this week the chance is multiplied by scale / (scale + n). */
  fatigueScale: 4,
  /** No one is certain: the chance is capped here. */
  maxChance: 0.9,
  /** Mean hours until a notice is read: a personal app notice vs a message lost in a busy group chat. */
  readDelayMeanHours: { app: 1, group: 3 },
  /** Nobody reads between these hours (local): a notice at night waits for the morning. */
  night: { from: 23, to: 7 },
  /** Mean minutes to act on a yes after reading. */
  decideDelayMeanMinutes: 10,
  /** Share of taken spots given up before the start (illness, other plans), at a uniform time before it. */
  cancel: 0.1,
  /** Share of those still holding a spot at the start who do not turn up. */
  noShow: 0.08,
  /** Asked the day before, this share of would-be no-shows hand the spot over instead. */
  handOverInsteadOfNoShow: 0.5,
  /** Share of those who will come who still forget to tap "confirm". */
  forgetToConfirm: 0.1,
  /** Mean hours until a "confirm or hand over" request is answered. */
  confirmDelayMeanHours: 2,
  /** WhatsApp: a coordinator reposts a given-up spot in the group after this mean (hours). */
  repostDelayMeanHours: 1,
};

export const noaber = {
  /** How often the jobs run (waves due, confirmations, unconfirmed flags), minutes: a 15-minute cron. */
  tickMinutes: 15,
};
