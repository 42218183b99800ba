import { sql } from "kysely";
import type { Actor } from "../actor";
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

export interface SearchResult {
  results: OpportunityCard[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** 'database' means Meilisearch could not be reached: plain full-text search, no typo tolerance. */
  source: "meilisearch" | "database";
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

/** The Meilisearch filter for a query; klussen that are over never show. */
export function meilisearchFilter(query: SearchQuery, now: Date): string[] {
  const filter = [`(endsAtTs IS NULL OR endsAtTs > ${now.getTime()})`];
  if (query.kind) filter.push(`kind = ${quote(query.kind)}`);
  if (query.gebied) filter.push(`gebied = ${quote(query.gebied)}`);
  if (query.wijk) filter.push(`wijkCode = ${quote(query.wijk)}`);
  if (query.buurt) filter.push(`buurtCode = ${quote(query.buurt)}`);
  if (query.skill) filter.push(`skills = ${quote(query.skill)}`);
  if (query.suitable) filter.push(`${suitabilityField[query.suitable].document} = true`);
  return filter;
}

type CardsQuery = ReturnType<typeof selectCards>;

function databaseFilters(query: CardsQuery, input: SearchQuery, now: Date): CardsQuery {
  let q = query.where((eb) => isListed(eb, now));
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

const pageCountOf = (total: number) => Math.min(SEARCH_MAX_PAGE, Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)));

/** Search over vacatures and klussen: Meilisearch first, PostgreSQL full-text search when it is unreachable. */
export function createSearchService(deps: Pick<ServiceDependencies, "db" | "meili" | "logger" | "config">) {
  const { db, meili } = deps;
  const logger = deps.logger.child({ component: "search" });
  const indexUid = opportunitiesIndexName(deps.config);
  let skipMeilisearchUntil = 0;

  async function viaMeilisearch(query: SearchQuery, now: Date): Promise<SearchResult> {
    const response = await meili.index(indexUid).search(
      query.q || null,
      {
        filter: meilisearchFilter(query, now),
        // With words to match, relevance decides and the start date breaks ties; without, newest first.
        sort: query.q ? ["startsAtTs:asc"] : ["publishedAtTs:desc"],
        page: query.page,
        hitsPerPage: SEARCH_PAGE_SIZE,
        attributesToRetrieve: ["id"],
        locales: ["nld"],
      },
      { signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) },
    );
    if (skipMeilisearchUntil !== 0) {
      logger.info("Meilisearch answers again");
      skipMeilisearchUntil = 0;
    }
    const ids = response.hits.map((hit) => String(hit.id));
    // Cards come from PostgreSQL, so a list never shows an opportunity that closed a moment ago.
    const results = await findListedCards(db, ids, now);
    const total = response.totalHits ?? results.length;
    return {
      results,
      total,
      page: query.page,
      pageCount: pageCountOf(total),
      pageSize: SEARCH_PAGE_SIZE,
      source: "meilisearch",
    };
  }

  async function viaDatabase(query: SearchQuery, now: Date): Promise<SearchResult> {
    const filtered = databaseFilters(selectCards(db), query, now);
    let ordered = filtered;
    if (query.q) {
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
    };
  }

  return {
    indexUid,

    /**
     * Finds listed vacatures and klussen by words and filters. When Meilisearch cannot be reached
     * (down, too slow, index not built yet) it answers from PostgreSQL and says so in `source`.
     */
    async search(_actor: Actor, input: SearchInput): Promise<SearchResult> {
      // The actor is there for ranking by the volunteer's buurt and skills (a later issue).
      const query = searchInputSchema.parse(input);
      const now = new Date();
      if (now.getTime() < skipMeilisearchUntil) return viaDatabase(query, now);
      try {
        return await viaMeilisearch(query, now);
      } catch (error) {
        if (!isSearchUnavailable(error)) throw error;
        // One line per outage, not one per search.
        if (skipMeilisearchUntil === 0)
          logger.warn({ err: error }, "Meilisearch unreachable; searching PostgreSQL instead");
        skipMeilisearchUntil = now.getTime() + RETRY_MEILISEARCH_AFTER_MS;
        return viaDatabase(query, now);
      }
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
