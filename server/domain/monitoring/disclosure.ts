/**
 * The k < 5 rule: what the municipality's and organisations' figures may show, so that no one can be
 * singled out. Counts of people below 5 (0 included) become "<5"; a share or any figure derived from
 * fewer than 5 people (hours given, a median response time) is hidden with its reason. Counts of
 * things (klussen, vacatures, spots) are shown as they are: they are public on every klus page.
 * The service applies this before anything leaves it, so no page, CSV or other caller sees raw small counts.
 */
export const minimumPeople = 5;

export type HiddenReason = "fewPeople" | "noData" | "notApplicable";

export type Disclosed =
  | { status: "shown"; value: number }
  | { status: "fewer"; below: typeof minimumPeople }
  | { status: "hidden"; reason: HiddenReason };

const shown = (value: number): Disclosed => ({ status: "shown", value });
const fewer: Disclosed = { status: "fewer", below: minimumPeople };
const hidden = (reason: HiddenReason): Disclosed => ({ status: "hidden", reason });

/** A count of people: "<5" below five, zero included (a zero next to a four would tell who is who). */
export function people(count: number): Disclosed {
  return count < minimumPeople ? fewer : shown(count);
}

/** A count of things (klussen, vacatures, spots, team sign-ups): always shown. */
export function things(count: number): Disclosed {
  return shown(count);
}

/** A figure computed from `basePeople` people (hours given, a median): hidden when they are fewer than five. */
export function fromPeople(value: number | null, basePeople: number): Disclosed {
  if (basePeople < minimumPeople) return hidden("fewPeople");
  return value === null ? hidden("noData") : shown(value);
}

/** A figure about things (a fill rate, a median time to fill): hidden only when there is nothing to compute from. */
export function fromThings(value: number | null): Disclosed {
  return value === null ? hidden("noData") : shown(value);
}

/** A percentage of people (numerator) in a whole (denominator): hidden when the numerator counts fewer than five. */
export function share(numerator: number, denominator: number | null): Disclosed {
  if (denominator === null || denominator <= 0) return hidden("noData");
  if (numerator < minimumPeople) return hidden("fewPeople");
  // Two decimals: a wijk's share moves in hundredths of a percent for every few people.
  return shown(Math.round((numerator / denominator) * 10_000) / 100);
}

/** A percentage of things (spots taken of spots offered). */
export function percentOfThings(part: number, whole: number): Disclosed {
  return whole <= 0 ? hidden("noData") : shown(round1((part / whole) * 100));
}

export const notApplicable: Disclosed = hidden("notApplicable");

/** The number behind a figure, or null when it is "<5" or hidden: for colouring a map or scaling a chart. */
export function valueOf(figure: Disclosed): number | null {
  return figure.status === "shown" ? figure.value : null;
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
