import { takenSpots } from "../claims/taken-spots";
import { sql } from "kysely";
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type Meilisearch,
  type Settings,
  type Task,
} from "meilisearch";
import type { Db, Trx } from "../../../db/connect";
import type { OpportunityKind } from "../../../db/schema";
import { isListed } from "../opportunities/opportunities.repository";

/**
 * Bumped whenever the document shape or the index settings change in a way old documents cannot
 * serve: the index name carries it, so a new version starts on an empty index that
 * `populateIfEmpty` fills from PostgreSQL at start, instead of answering from stale documents.
 */
export const SEARCH_DOCUMENT_VERSION = 2;

/** The one index of open vacatures and klussen; the prefix lets installations and test runs share a server. */
export function opportunitiesIndexName(config: { meiliIndexPrefix: string }): string {
  return `${config.meiliIndexPrefix}opportunities_v${SEARCH_DOCUMENT_VERSION}`;
}

/** One document per listed vacature or klus, written from PostgreSQL by the outbox worker. */
export interface OpportunitySearchDocument {
  id: string;
  kind: OpportunityKind;
  title: string;
  description: string;
  organisationId: string;
  organisationName: string;
  buurtCode: string | null;
  buurtName: string | null;
  wijkCode: string | null;
  wijkName: string | null;
  /** Residents still search for some wijken by their old name (Oosterparkwijk → Oud-Oost). */
  wijkFormerName: string | null;
  gebied: string | null;
  gebiedName: string | null;
  skills: string[];
  /** Dutch and English skill names, so "tuinieren" and "gardening" both find a klus. */
  skillNames: string[];
  languages: string[];
  isOnline: boolean;
  /** Unix time in milliseconds; Meilisearch filters and sorts numbers. */
  startsAtTs: number | null;
  endsAtTs: number | null;
  publishedAtTs: number | null;
  vogRequired: boolean;
  suitableNewcomers: boolean;
  suitableStudents: boolean;
  suitableGroups: boolean;
  suitableBusinesses: boolean;
  /** Places still open on a klus (null: no limit, as for vacatures); counted from the active claims. */
  spotsLeft: number | null;
  /** A full klus leaves the results (filter `isFull != true`) until someone cancels. */
  isFull: boolean;
  /** The centroid of the buurt: the place of a klus is a buurt, not an address. */
  _geo?: { lat: number; lng: number };
}

// Common Dutch function words; they carry no meaning in a search for volunteer work.
const dutchStopWords = [
  "de",
  "het",
  "een",
  "en",
  "van",
  "in",
  "op",
  "te",
  "ter",
  "voor",
  "met",
  "aan",
  "bij",
  "om",
  "of",
  "die",
  "dat",
  "is",
  "er",
  "je",
  "u",
  "we",
  "wij",
  "ons",
  "onze",
  "ook",
  "als",
  "naar",
];

/**
 * Every setting is written out, so the index behaves the same on every server and after every
 * upgrade (https://www.meilisearch.com/docs/reference/api/settings). Applying them again is a no-op.
 */
export const opportunitiesIndexSettings = {
  // Order matters: a match in the title counts more than one in the description.
  searchableAttributes: [
    "title",
    "skillNames",
    "description",
    "organisationName",
    "buurtName",
    "wijkName",
    "wijkFormerName",
    "gebiedName",
  ],
  filterableAttributes: [
    "kind",
    "buurtCode",
    "wijkCode",
    "gebied",
    "skills",
    "startsAtTs",
    "endsAtTs",
    "vogRequired",
    "suitableNewcomers",
    "suitableStudents",
    "suitableGroups",
    "suitableBusinesses",
    "languages",
    "isOnline",
    "isFull",
    "organisationId",
    "_geo",
  ],
  sortableAttributes: ["startsAtTs", "publishedAtTs", "_geo"],
  displayedAttributes: ["*"],
  // The defaults, written down: relevance first, then the requested sort (start date / distance).
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  stopWords: dutchStopWords,
  synonyms: {
    klus: ["klusje"],
    klusje: ["klus"],
    senioren: ["ouderen"],
    ouderen: ["senioren"],
    taalcoach: ["taalmaatje"],
    taalmaatje: ["taalcoach"],
    oosterparkwijk: ["oud-oost"],
  },
  // Typos matter for people who are not at ease with spelling: one from 4 letters, two from 8.
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    disableOnWords: [],
    disableOnAttributes: [],
    disableOnNumbers: true,
  },
  // The texts are Dutch; saying so keeps Meilisearch from guessing a language per document.
  localizedAttributes: [
    {
      attributePatterns: [
        "title",
        "description",
        "organisationName",
        "buurtName",
        "wijkName",
        "wijkFormerName",
        "gebiedName",
      ],
      locales: ["nld"],
    },
  ],
  pagination: { maxTotalHits: 1000 },
  faceting: { maxValuesPerFacet: 200 },
  proximityPrecision: "byWord",
  // Nothing searches facet values, and building them costs indexing time on every change.
  facetSearch: false,
} satisfies Settings;

export class SearchTaskError extends Error {
  override name = "SearchTaskError";
  constructor(readonly task: Task) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? "no error given"}`);
  }
}

/** Throws unless the task succeeded. */
export function assertSucceeded(task: Task): Task {
  if (task.status !== "succeeded") throw new SearchTaskError(task);
  return task;
}

/**
 * True when Meilisearch cannot be reached or is not ready to answer (down, slow, index not built
 * yet), as opposed to a request it refuses: only the first kind falls back to PostgreSQL.
 */
export function isSearchUnavailable(error: unknown): boolean {
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchTaskTimeOutError) return true;
  if (error instanceof MeilisearchApiError) {
    return error.response.status >= 500 || error.cause?.code === "index_not_found";
  }
  return false;
}

/** Creates the index when missing and applies the settings; safe to run at every start. */
export async function ensureOpportunitiesIndex(meili: Meilisearch, uid: string, timeoutMs = 60_000): Promise<void> {
  const created = await meili.createIndex(uid, { primaryKey: "id" }).waitTask({ timeout: timeoutMs });
  if (created.status !== "succeeded" && created.error?.code !== "index_already_exists") {
    throw new SearchTaskError(created);
  }
  assertSucceeded(await meili.index(uid).updateSettings(opportunitiesIndexSettings).waitTask({ timeout: timeoutMs }));
}

const toMillis = (date: Date | null) => (date ? date.getTime() : null);

function selectSearchDocuments(db: Db | Trx, now: Date) {
  return db
    .selectFrom("opportunities")
    .innerJoin("organisations", "organisations.id", "opportunities.organisation_id")
    .leftJoin("buurten", "buurten.code", "opportunities.buurt_code")
    .leftJoin("wijken", "wijken.code", "buurten.wijk_code")
    .leftJoin("gebieden", "gebieden.slug", "buurten.gebied_slug")
    .select([
      "opportunities.id",
      "opportunities.kind",
      "opportunities.title",
      "opportunities.description",
      "opportunities.organisation_id as organisationId",
      "organisations.name as organisationName",
      "buurten.code as buurtCode",
      "buurten.name as buurtName",
      "buurten.lat",
      "buurten.lon",
      "wijken.code as wijkCode",
      "wijken.name as wijkName",
      "wijken.former_name as wijkFormerName",
      "gebieden.slug as gebied",
      "gebieden.name as gebiedName",
      "opportunities.languages",
      "opportunities.is_online as isOnline",
      "opportunities.starts_at as startsAt",
      "opportunities.ends_at as endsAt",
      "opportunities.published_at as publishedAt",
      "opportunities.vog_required as vogRequired",
      "opportunities.suitable_newcomers as suitableNewcomers",
      "opportunities.suitable_students as suitableStudents",
      "opportunities.suitable_groups as suitableGroups",
      "opportunities.suitable_businesses as suitableBusinesses",
      "opportunities.spots",
      takenSpots(sql.ref("opportunities.id")).as("activeClaims"),
      sql<string[]>`coalesce((
        select array_agg(s.slug order by s.slug)
        from opportunity_skills os join skills s on s.slug = os.skill_slug
        where os.opportunity_id = opportunities.id), '{}')`.as("skills"),
      sql<string[]>`coalesce((
        select array_agg(n order by n)
        from opportunity_skills os join skills s on s.slug = os.skill_slug,
        lateral unnest(array[s.name_nl, s.name_en]) as n
        where os.opportunity_id = opportunities.id), '{}')`.as("skillNames"),
    ])
    .where((eb) => isListed(eb, now));
}

type DocumentRow = Awaited<ReturnType<ReturnType<typeof selectSearchDocuments>["executeTakeFirstOrThrow"]>>;

function toDocument(row: DocumentRow): OpportunitySearchDocument {
  const { lat, lon, startsAt, endsAt, publishedAt, spots, activeClaims, ...rest } = row;
  const spotsLeft = spots === null ? null : Math.max(0, spots - Number(activeClaims));
  return {
    ...rest,
    spotsLeft,
    isFull: spotsLeft === 0,
    startsAtTs: toMillis(startsAt),
    endsAtTs: toMillis(endsAt),
    publishedAtTs: toMillis(publishedAt),
    ...(lat !== null && lon !== null ? { _geo: { lat, lng: lon } } : {}),
  };
}

/** Documents for those of `ids` that search should show; the others should leave the index. */
export async function loadSearchDocuments(db: Db | Trx, ids: readonly string[], now = new Date()) {
  if (ids.length === 0) return [];
  const rows = await selectSearchDocuments(db, now).where("opportunities.id", "in", ids).execute();
  return rows.map(toDocument);
}

/** Every document search should show, in pages of `pageSize`, for a full rebuild. */
export async function* allSearchDocuments(db: Db | Trx, pageSize = 500, now = new Date()) {
  let after: string | null = null;
  for (;;) {
    let query = selectSearchDocuments(db, now).orderBy("opportunities.id").limit(pageSize);
    if (after) query = query.where("opportunities.id", ">", after);
    const rows = await query.execute();
    if (rows.length === 0) return;
    yield rows.map(toDocument);
    after = rows[rows.length - 1]?.id ?? null;
    if (rows.length < pageSize) return;
  }
}
