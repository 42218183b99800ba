import { z } from "zod";
import {
  buurtCodePattern,
  opportunityKinds,
  slugPattern,
  wijkCodePattern,
} from "../opportunities/opportunities.schemas";
import { languageCodes } from "../profiles/profiles.schemas";

export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MAX_PAGE = 50;

export const suitabilities = ["newcomers", "students", "groups", "businesses"] as const;
export type Suitability = (typeof suitabilities)[number];

export const vogFilters = ["required", "not-required"] as const;
export type VogFilter = (typeof vogFilters)[number];
export const searchViews = ["list", "buurten"] as const;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

// A filter that does not make sense (an old link, a typed URL) is dropped rather than refused:
// the person still gets results, as a search form should.
const optionalMatching = (pattern: RegExp) =>
  z.preprocess(blankToUndefined, z.string().trim().max(60).regex(pattern).optional()).catch(undefined);

/** The search form's query string (also the service input). */
export const searchInputSchema = z.object({
  q: z
    .preprocess((v) => (typeof v === "string" ? v : ""), z.string())
    .transform((v) => v.replace(/\s+/g, " ").trim().slice(0, 200))
    .catch(""),
  kind: z.preprocess(blankToUndefined, z.enum(opportunityKinds).optional()).catch(undefined),
  gebied: optionalMatching(slugPattern),
  wijk: optionalMatching(wijkCodePattern),
  buurt: optionalMatching(buurtCodePattern),
  skill: optionalMatching(slugPattern),
  suitable: z.preprocess(blankToUndefined, z.enum(suitabilities).optional()).catch(undefined),
  /** A day (YYYY-MM-DD, in Groningen's time zone): only dated klussen starting on or after it. */
  from: optionalMatching(/^\d{4}-\d{2}-\d{2}$/),
  /** A day: only dated klussen starting on or before it. */
  to: optionalMatching(/^\d{4}-\d{2}-\d{2}$/),
  vog: z.preprocess(blankToUndefined, z.enum(vogFilters).optional()).catch(undefined),
  language: z.preprocess(blankToUndefined, z.enum(languageCodes).optional()).catch(undefined),
  /** Results as a list, or as an overview per wijk and buurt. */
  view: z.preprocess(blankToUndefined, z.enum(searchViews).default("list")).catch("list"),
  page: z
    .preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
      z.number().int().min(1).max(SEARCH_MAX_PAGE).default(1),
    )
    .catch(1),
});

export type SearchInput = z.input<typeof searchInputSchema>;
export type SearchQuery = z.output<typeof searchInputSchema>;
