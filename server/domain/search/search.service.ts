import { takenSpots } from "../claims/taken-spots";
import { sql } from "kysely";
import { hasRole, type Actor } from "../actor";
import { findListedCards, isListed, selectCards, toCard } from "../opportunities/opportunities.repository";
import type { OpportunityCard } from "../opportunities/opportunities.types";
import type { ServiceDependencies } from "../services";
import { tryOutboxLock } from "./outbox.worker";
import {
  allSearchDocuments,
  assertSucceeded,
  ensureOpportunitiesIndex,
  isSearchUnavailable,
  opportunitiesIndexName,
} from "./search.index";
import {
  SEARCH_MAX_PAGE,
  SEARCH_PAGE_SIZE,
  searchInputSchema,
  type SearchInput,
  type SearchQuery,
  type Suitability,
} from "./search.schemas";
import { placeWeights, rankingContext, rankingTiers, skillFactors, type RankingContext } from "./search.ranking";
import { findRankingProfile, listBuurtCentroids, type BuurtCentroid } from "./search.repository";

export interface SearchResult {
  results: OpportunityCard[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** 'database' means Meilisearch could not be reached: plain full-text search, no typo tolerance. */
  source: "meilisearch" | "database";
  /** True when ranked for the volunteer (home buurt, skills). */
  personal: boolean;
}

/** A search must answer quickly; when Meilisearch does not, PostgreSQL does. */
const SEARCH_TIMEOUT_MS = 2_000;
/** After Meilisearch failed to answer, searches go straight to PostgreSQL for a while instead of waiting again. */
const RETRY_MEILISEARCH_AFTER_MS = 10_000;

const suitabilityField = {
  newcomers: { document: "suitableNewcomers", column: "opportunities.suitable_newcomers" },
  students: { document: "suitableStudents", column: "opportunities.suitable_students" },
  groups: { document: "suitableGroups", column: "opportunities.suitable_groups" },
  businesses: { document: "suitableBusinesses", column: "opportunities.suitable_businesses" },
} as const satisfies Record<Suitability, { document: string; column: string }>;

// Values reach a filter only after the schema's patterns (slugs, CBS codes); quoting is a second guard.
const quote = (value: string) => `"${value.replace(/["\\]/g, "\\$&")}"`;

const groningenParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Milliseconds of midnight in Groningen at the start of `day` (YYYY-MM-DD), plus `addDays`; null if no date. */
export function groningenDayStart(day: string, addDays = 0): number | null {
  const [y, m, d] = day.split("-").map(Number);
  if (!y || !m || !d || m > 12 || d > 31) return null;
  const asUtc = Date.UTC(y, m - 1, d + addDays);
  const parts = Object.fromEntries(groningenParts.formatToParts(new Date(asUtc)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - (wall - asUtc);
}

function dateRange(query: SearchQuery): { from: number | null; to: number | null } {
  return {
    from: query.from ? groningenDayStart(query.from) : null,
    // "to" is a whole day: up to the next midnight.
    to: query.to ? groningenDayStart(query.to, 1) : null,
  };
}

/**
 * The Meilisearch filter for a query. Klussen that are over or full never show: "over" is decided
 * at query time (so it holds to the millisecond), "full" by the document, which the outbox worker
 * rewrites within a poll interval of every claim change.
 */
export function meilisearchFilter(query: SearchQuery, now: Date): string[] {
  const filter = [`(endsAtTs IS NULL OR endsAtTs > ${now.getTime()})`, "isFull != true"];
  if (query.kind) filter.push(`kind = ${quote(query.kind)}`);
  if (query.gebied) filter.push(`gebied = ${quote(query.gebied)}`);
  if (query.wijk) filter.push(`wijkCode = ${quote(query.wijk)}`);
  if (query.buurt) filter.push(`buurtCode = ${quote(query.buurt)}`);
  if (query.skill) filter.push(`skills = ${quote(query.skill)}`);
  if (query.suitable) filter.push(`${suitabilityField[query.suitable].document} = true`);
  const { from, to } = dateRange(query);
  if (from !== null) filter.push(`startsAtTs >= ${from}`);
  if (to !== null) filter.push(`startsAtTs < ${to}`);
  if (query.vog) filter.push(`vogRequired = ${query.vog === "required"}`);
  if (query.language) filter.push(`languages = ${quote(query.language)}`);
  return filter;
}

type CardsQuery = ReturnType<typeof selectCards>;

function databaseFilters(query: CardsQuery, input: SearchQuery, now: Date): CardsQuery {
  let q = query
    .where((eb) => isListed(eb, now))
    .where(
      sql<boolean>`(opportunities.spots is null or opportunities.spots > ${takenSpots(sql.ref("opportunities.id"))})`,
    );
  const { from, to } = dateRange(input);
  if (from !== null) q = q.where("opportunities.starts_at", ">=", new Date(from));
  if (to !== null) q = q.where("opportunities.starts_at", "<", new Date(to));
  if (input.vog) q = q.where("opportunities.vog_required", "=", input.vog === "required");
  if (input.language) q = q.where(sql<boolean>`${input.language} = any(opportunities.languages)`);
  if (input.kind) q = q.where("opportunities.kind", "=", input.kind);
  if (input.gebied) q = q.where("buurten.gebied_slug", "=", input.gebied);
  if (input.wijk) q = q.where("buurten.wijk_code", "=", input.wijk);
  if (input.buurt) q = q.where("opportunities.buurt_code", "=", input.buurt);
  if (input.skill) {
    const skill = input.skill;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("opportunity_skills")
          .select("opportunity_skills.skill_slug")
          .whereRef("opportunity_skills.opportunity_id", "=", "opportunities.id")
          .where("opportunity_skills.skill_slug", "=", skill),
      ),
    );
  }
  if (input.suitable) q = q.where(suitabilityField[input.suitable].column, "=", true);
  if (input.q) q = q.where(sql<boolean>`opportunities.search_vector @@ websearch_to_tsquery('dutch', ${input.q})`);
  return q;
}

/**
 * The personal ranking in SQL, the same tiers and weights as the Meilisearch query (search.ranking.ts):
 * (text rank normalised to 0..1, or 1 without words) × place weight × skill factor (the nearby rings
 * come from the distance between the buurten's centroids, equirectangular), then the start date.
 */
function databaseOrder(query: CardsQuery, input: SearchQuery, ctx: RankingContext): CardsQuery {
  const { home, nearby, skills } = ctx;
  const [ring1, ring2] = nearby;
  const placeWeight = home
    ? sql<number>`case
        when opportunities.buurt_code = ${home.code} then ${placeWeights.own}::float8
        when opportunities.buurt_code = any(${ring1}::text[]) then ${placeWeights.nearby}::float8
        when opportunities.buurt_code = any(${ring2}::text[]) then ${placeWeights.nearby2}::float8
        when buurten.wijk_code = ${home.wijkCode} then ${placeWeights.wijk}::float8
        when buurten.gebied_slug = ${home.gebied} then ${placeWeights.gebied}::float8
        else ${placeWeights.rest}::float8 end`
    : sql<number>`1::float8`;
  const matching = sql<number>`(select count(*) from opportunity_skills os
    where os.opportunity_id = opportunities.id and os.skill_slug = any(${skills}::text[]))`;
  const skillFactor =
    skills.length === 0
      ? sql<number>`1::float8`
      : skills.length >= 2 && skills.length <= 8
        ? sql<number>`(case when ${matching} >= 2 then ${skillFactors[0]}::float8
            when ${matching} = 1 then ${skillFactors[1]}::float8 else ${skillFactors[2]}::float8 end)`
        : sql<number>`(case when ${matching} >= 1 then ${skillFactors[0]}::float8 else ${skillFactors[1]}::float8 end)`;
  const textScore = input.q
    ? sql<number>`ts_rank(opportunities.search_vector, websearch_to_tsquery('dutch', ${input.q}), 32)`
    : sql<number>`1::float8`;
  const ordered = query.orderBy(sql`${textScore} * ${placeWeight} * ${skillFactor}`, "desc");
  return ordered.orderBy(sql`opportunities.starts_at asc nulls last`);
}

const pageCountOf = (total: number) => Math.min(SEARCH_MAX_PAGE, Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)));

/** Search over vacatures and klussen: Meilisearch first, PostgreSQL full-text search when it is unreachable. */
export function createSearchService(deps: Pick<ServiceDependencies, "db" | "meili" | "logger" | "config">) {
  const { db, meili } = deps;
  const logger = deps.logger.child({ component: "search" });
  const indexUid = opportunitiesIndexName(deps.config);
  let skipMeilisearchUntil = 0;

  let centroids: Promise<BuurtCentroid[]> | null = null;
  /** Reference data: loaded once per process. */
  function buurtCentroids(): Promise<BuurtCentroid[]> {
    centroids ??= listBuurtCentroids(db).catch((error: unknown) => {
      centroids = null;
      throw error;
    });
    return centroids;
  }

  /** The volunteer's home buurt and skills; null for anyone else or an empty profile. */
  async function personalisationFor(actor: Actor): Promise<RankingContext | null> {
    if (actor.kind !== "user" || !hasRole(actor, "volunteer")) return null;
    const [all, profile] = await Promise.all([buurtCentroids(), findRankingProfile(db, actor.userId)]);
    return rankingContext(all, profile);
  }

  function finish(ids: string[], total: number, query: SearchQuery, now: Date, personal: boolean) {
    // Cards come from PostgreSQL, so a list never shows an opportunity that closed a moment ago.
    return findListedCards(db, ids, now).then((results): SearchResult => ({
      results,
      total,
      page: query.page,
      pageCount: pageCountOf(total),
      pageSize: SEARCH_PAGE_SIZE,
      source: "meilisearch",
      personal,
    }));
  }

  /**
   * Without words every hit scores the same, and federated search then merges by the `startsAtTs`
   * sort across the queries, not by weight; so the tiers are fetched as a plain multi-search and
   * concatenated here, in tier order: the first 20 of every tier with each tier's exact count, and,
   * for a later page, a second request for just the tiers that page spans.
   */
  async function tiersInOrder(ctx: RankingContext, filter: string[], page: number, signal: AbortSignal) {
    const tiers = rankingTiers(ctx);
    const queryFor = (tier: (typeof tiers)[number]) => ({
      indexUid,
      q: null,
      filter: [...filter, ...tier.filter],
      sort: tier.sort,
      attributesToRetrieve: ["id"],
    });
    const first = await meili.multiSearch(
      { queries: tiers.map((tier) => ({ ...queryFor(tier), page: 1, hitsPerPage: SEARCH_PAGE_SIZE })) },
      { signal },
    );
    const counts = first.results.map((result) => result.totalHits ?? result.hits.length);
    const total = counts.reduce((sum, n) => sum + n, 0);
    const from = (page - 1) * SEARCH_PAGE_SIZE;
    const until = from + SEARCH_PAGE_SIZE;
    if (page === 1) {
      return {
        ids: first.results.flatMap((result) => result.hits.map((hit) => String(hit.id))).slice(0, until),
        total,
      };
    }
    // Which part of each tier falls on this page.
    const slices: Array<{ tier: number; offset: number; limit: number }> = [];
    let start = 0;
    counts.forEach((count, tier) => {
      const offset = Math.max(from, start) - start;
      const end = Math.min(until, start + count) - start;
      if (end > offset) slices.push({ tier, offset, limit: end - offset });
      start += count;
    });
    if (slices.length === 0) return { ids: [], total };
    const second = await meili.multiSearch(
      {
        queries: slices.map((slice) => ({
          ...queryFor(tiers[slice.tier] ?? tiers[0]!),
          offset: slice.offset,
          limit: slice.limit,
        })),
      },
      { signal },
    );
    return { ids: second.results.flatMap((result) => result.hits.map((hit) => String(hit.id))), total };
  }

  async function viaMeilisearch(query: SearchQuery, now: Date, ctx: RankingContext | null): Promise<SearchResult> {
    const signal = AbortSignal.timeout(SEARCH_TIMEOUT_MS);
    const filter = meilisearchFilter(query, now);
    let ids: string[];
    let total: number;
    if (ctx && query.q) {
      // With words: one federated multi-search, a query per ranking tier, merged by weighted score (search.ranking.ts).
      const response = await meili.multiSearch(
        {
          federation: { offset: (query.page - 1) * SEARCH_PAGE_SIZE, limit: SEARCH_PAGE_SIZE },
          queries: rankingTiers(ctx).map((tier) => ({
            indexUid,
            q: query.q,
            filter: [...filter, ...tier.filter],
            sort: tier.sort,
            attributesToRetrieve: ["id"],
            locales: ["nld" as const],
            federationOptions: { weight: tier.weight },
          })),
        },
        { signal },
      );
      ids = response.hits.map((hit) => String(hit.id));
      total = response.estimatedTotalHits ?? response.totalHits ?? ids.length;
    } else if (ctx) {
      ({ ids, total } = await tiersInOrder(ctx, filter, query.page, signal));
    } else {
      const response = await meili.index(indexUid).search(
        query.q || null,
        {
          filter,
          // With words to match, relevance decides and the start date breaks ties; without, newest first.
          sort: query.q ? ["startsAtTs:asc"] : ["publishedAtTs:desc"],
          page: query.page,
          hitsPerPage: SEARCH_PAGE_SIZE,
          attributesToRetrieve: ["id"],
          locales: ["nld"],
        },
        { signal },
      );
      ids = response.hits.map((hit) => String(hit.id));
      total = response.totalHits ?? ids.length;
    }
    if (skipMeilisearchUntil !== 0) {
      logger.info("Meilisearch answers again");
      skipMeilisearchUntil = 0;
    }
    return finish(ids, total, query, now, ctx !== null);
  }

  async function viaDatabase(query: SearchQuery, now: Date, ctx: RankingContext | null): Promise<SearchResult> {
    const filtered = databaseFilters(selectCards(db), query, now);
    let ordered = filtered;
    if (ctx) {
      ordered = databaseOrder(ordered, query, ctx);
    } else if (query.q) {
      ordered = ordered.orderBy(
        sql`ts_rank(opportunities.search_vector, websearch_to_tsquery('dutch', ${query.q}))`,
        "desc",
      );
      ordered = ordered.orderBy(sql`opportunities.starts_at asc nulls last`);
    }
    const [rows, count] = await Promise.all([
      ordered
        .orderBy("opportunities.published_at", "desc")
        .orderBy("opportunities.id")
        .limit(SEARCH_PAGE_SIZE)
        .offset((query.page - 1) * SEARCH_PAGE_SIZE)
        .execute(),
      db
        .selectFrom(filtered.as("matches"))
        .select((eb) => eb.fn.countAll<string>().as("count"))
        .executeTakeFirstOrThrow(),
    ]);
    const total = Number(count.count);
    return {
      results: rows.map(toCard),
      total,
      page: query.page,
      pageCount: pageCountOf(total),
      pageSize: SEARCH_PAGE_SIZE,
      source: "database",
      personal: ctx !== null,
    };
  }

  return {
    indexUid,

    /**
     * Finds listed vacatures and klussen by words and filters. When Meilisearch cannot be reached
     * (down, too slow, index not built yet) it answers from PostgreSQL and says so in `source`.
     */
    async search(actor: Actor, input: SearchInput): Promise<SearchResult> {
      const query = searchInputSchema.parse(input);
      const now = new Date();
      // A volunteer with a home buurt and/or skills gets the personal ranking; everyone else the same search without.
      const ctx = await personalisationFor(actor);
      if (now.getTime() < skipMeilisearchUntil) return viaDatabase(query, now, ctx);
      try {
        return await viaMeilisearch(query, now, ctx);
      } catch (error) {
        if (!isSearchUnavailable(error)) throw error;
        // One line per outage, not one per search.
        if (skipMeilisearchUntil === 0)
          logger.warn({ err: error }, "Meilisearch unreachable; searching PostgreSQL instead");
        skipMeilisearchUntil = now.getTime() + RETRY_MEILISEARCH_AFTER_MS;
        return viaDatabase(query, now, ctx);
      }
    },

    /**
     * How many results of this search (words and filters; the page is ignored) lie in each buurt,
     * for the buurt overview and map. Online opportunities have no buurt and are counted apart.
     */
    async countPerBuurt(
      _actor: Actor,
      input: SearchInput,
    ): Promise<{ perBuurt: Record<string, number>; total: number; source: SearchResult["source"] }> {
      const query = searchInputSchema.parse(input);
      const now = new Date();
      if (now.getTime() >= skipMeilisearchUntil) {
        try {
          const response = await meili.index(indexUid).search(
            query.q || null,
            {
              filter: meilisearchFilter(query, now),
              facets: ["buurtCode"],
              hitsPerPage: 0,
              page: 1,
              locales: ["nld"],
            },
            { signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) },
          );
          return {
            perBuurt: response.facetDistribution?.buurtCode ?? {},
            total: response.totalHits ?? 0,
            source: "meilisearch",
          };
        } catch (error) {
          if (!isSearchUnavailable(error)) throw error;
          skipMeilisearchUntil = now.getTime() + RETRY_MEILISEARCH_AFTER_MS;
        }
      }
      const rows = await db
        .selectFrom(databaseFilters(selectCards(db), query, now).as("matches"))
        .innerJoin("opportunities", "opportunities.id", "matches.id")
        .select(["opportunities.buurt_code as buurtCode", (eb) => eb.fn.countAll<string>().as("count")])
        .groupBy("opportunities.buurt_code")
        .execute();
      const perBuurt: Record<string, number> = {};
      let total = 0;
      for (const row of rows) {
        total += Number(row.count);
        if (row.buurtCode) perBuurt[row.buurtCode] = Number(row.count);
      }
      return { perBuurt, total, source: "database" };
    },

    /**
     * Fills the index from PostgreSQL when it has no documents while listed opportunities exist:
     * a new installation on an existing database, or a new SEARCH_DOCUMENT_VERSION.
     */
    async populateIfEmpty(): Promise<{ indexed: number } | null> {
      const stats = await meili
        .index(indexUid)
        .getStats()
        .catch((error: unknown) => {
          const code =
            (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
          if (code === "index_not_found") return null;
          throw error;
        });
      if (stats && stats.numberOfDocuments > 0) return null;
      const listed = await db
        .selectFrom("opportunities")
        .select((eb) => eb.fn.countAll<string>().as("count"))
        .where("status", "=", "open")
        .executeTakeFirstOrThrow();
      if (Number(listed.count) === 0) return null;
      return this.reindexAll();
    },

    /**
     * Rebuilds the index from PostgreSQL into a fresh index and swaps it in, so search keeps
     * answering meanwhile. Holds the outbox lock throughout: changes made during the rebuild
     * wait in the outbox and are applied on top of the new index right after.
     */
    async reindexAll(options: { taskTimeoutMs?: number } = {}): Promise<{ indexed: number }> {
      const timeout = options.taskTimeoutMs ?? 120_000;
      const rebuildUid = `${indexUid}_rebuild`;
      return db.transaction().execute(async (trx) => {
        // Wait for a running outbox round to finish rather than fail.
        for (let attempt = 0; !(await tryOutboxLock(trx)); attempt++) {
          if (attempt > 600) throw new Error("The search outbox stayed busy; try the reindex again");
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await ensureOpportunitiesIndex(meili, indexUid, timeout);
        await meili.deleteIndexIfExists(rebuildUid);
        await ensureOpportunitiesIndex(meili, rebuildUid, timeout);
        const rebuild = meili.index(rebuildUid);
        let indexed = 0;
        for await (const documents of allSearchDocuments(trx)) {
          assertSucceeded(await rebuild.addDocuments(documents, { primaryKey: "id" }).waitTask({ timeout }));
          indexed += documents.length;
        }
        assertSucceeded(
          await meili.swapIndexes([{ indexes: [indexUid, rebuildUid], rename: false }]).waitTask({ timeout }),
        );
        assertSucceeded(await meili.deleteIndex(rebuildUid).waitTask({ timeout }));
        logger.info({ indexed, index: indexUid }, "search index rebuilt");
        return { indexed };
      });
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
