/**
 * search: 100,000 generated opportunities over the real buurten (inserted in bulk with generate_series,
 * indexed in batches straight from PostgreSQL through the app's document mapping). Then the personal
 * ranked search through the app's search service (personal ranking, filters, loading the cards) for a
 * Florabuurt volunteer who likes tuinieren and koken, against a plain unpersonalised query for the same
 * words sent straight to Meilisearch, interleaved in the same run. Then freshness: with the app's outbox
 * worker running, the last spot of each of FULL_KLUSSEN one-spot klussen is claimed, and the time from the
 * claim's commit until the search no longer returns that klus is measured (polled every few ms, so it
 * includes one search). Prints one JSON line last:
 * { name, p50Ms, p95Ms, p99Ms, baselineP95Ms, ratioP95, indexSeconds, fullLeavesP50Ms, fullLeavesP95Ms }.
 * BENCH_SEARCH_DOCUMENTS=<n> uses fewer documents for a quick try (the default is what is reported).
 */
import { Meilisearch } from "meilisearch";
import { sql } from "kysely";
import { pino } from "pino";
import { connectDatabase } from "../../db/connect";
import { createCoordinator, createOrganisation, createVolunteer } from "../../db/factories";
import { migrateToLatest } from "../../db/migrate";
import { seedReferenceData } from "../../db/seed/reference";
import type { Actor } from "../../server/domain/actor";
import { DomainEvents } from "../../server/domain/events";
import { createOutboxWorker } from "../../server/domain/search/outbox.worker";
import {
  allSearchDocuments,
  ensureOpportunitiesIndex,
  opportunitiesIndexName,
} from "../../server/domain/search/search.index";
import { createServices } from "../../server/domain/services";
import { startTestServers } from "../support/real-servers";

const DOCUMENTS = Number(process.env.BENCH_SEARCH_DOCUMENTS ?? 100_000);
const FULL_KLUSSEN = 20;
const POLL_MS = 5;
const BATCH = 10_000;
const QUERIES = 300;
const WARMUP = 20;
const words = [
  "tuinieren",
  "koken",
  "voorlezen",
  "boodschappen",
  "taalmaatje",
  "fietsen",
  "schilderen",
  "computerhulp",
];
// Half the queries as typed by someone in a hurry: the typo tolerance is part of what is measured.
const queries = [
  ...words,
  "tuinierne",
  "kokne",
  "voorleezn",
  "boodschapen",
  "taalmatje",
  "schilderne",
  "ouderen",
  "moestuin",
];

const log = (message: string) => process.stderr.write(`[search] ${message}\n`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
const round = (n: number) => Math.round(n * 100) / 100;

async function main() {
  const servers = await startTestServers();
  const db = connectDatabase(servers.databaseUrl, { max: 5 });
  try {
    await migrateToLatest(db);
    await seedReferenceData(db);
    const meili = new Meilisearch({ host: servers.meiliUrl, apiKey: servers.meiliMasterKey });
    const config = { meiliIndexPrefix: `bench${Date.now()}_`, rateLimitMultiplier: 1 };
    const events = new DomainEvents();
    const logger = pino({ level: "silent" });
    const services = createServices({ db, meili, events, logger, config });
    const indexUid = opportunitiesIndexName(config);

    const organisation = await createOrganisation(db, { name: "Benchmarkvereniging" });
    log(`inserting ${DOCUMENTS} opportunities`);
    const titleWords = sql.lit(`{${words.join(",")},ouderen,moestuin,buurthuis,wandelen,opruimen}`);
    await sql`
      with b as (select array_agg(code order by code) as codes from buurten),
      s as (select array_agg(slug order by slug) as slugs from skills)
      insert into opportunities (organisation_id, kind, status, title, description, buurt_code, starts_at, ends_at,
        spots, published_at, vog_required, suitable_newcomers, suitable_groups, languages)
      select ${organisation.id}, 'task', 'open',
        initcap(w[1 + (i * 7) % array_length(w, 1)]) || ' en ' || w[1 + (i * 13) % array_length(w, 1)] || ' ' || i,
        'Help mee met ' || w[1 + (i * 11) % array_length(w, 1)] || ' in de buurt. Samen met andere vrijwilligers, een ochtend lang.',
        b.codes[1 + (i * 31) % array_length(b.codes, 1)],
        now() + make_interval(hours => 24 + (i % 2000)), now() + make_interval(hours => 27 + (i % 2000)),
        2 + i % 8, now(), i % 10 = 0, i % 3 = 0, i % 5 = 0, '{nl}'
      from generate_series(1, ${DOCUMENTS}) as i, b, (select ${titleWords}::text[] as w) as words`.execute(db);
    await sql`
      insert into opportunity_skills (opportunity_id, skill_slug)
      select o.id, s.slugs[1 + (abs(hashtext(o.id::text)) + k * 17) % array_length(s.slugs, 1)]
      from opportunities o, (select array_agg(slug order by slug) as slugs from skills) s, generate_series(0, 1) as k
      where o.organisation_id = ${organisation.id}
      on conflict do nothing`.execute(db);

    log("indexing");
    const started = performance.now();
    await ensureOpportunitiesIndex(meili, indexUid, 300_000);
    const index = meili.index(indexUid);
    let indexed = 0;
    const enqueued = [];
    for await (const documents of allSearchDocuments(db, BATCH)) {
      enqueued.push(await index.addDocuments(documents, { primaryKey: "id" }));
      indexed += documents.length;
    }
    const done = await meili.tasks.waitForTasks(enqueued, { timeout: 600_000, interval: 200 });
    const failed = done.find((task) => task.status !== "succeeded");
    if (failed) throw new Error(`indexing failed: ${failed.error?.message ?? failed.status}`);
    const stats = await index.getStats();
    if (stats.numberOfDocuments < DOCUMENTS) throw new Error(`only ${stats.numberOfDocuments} documents indexed`);
    const indexSeconds = (performance.now() - started) / 1000;
    log(`indexed ${indexed} in ${indexSeconds.toFixed(1)} s`);

    const { user } = await createVolunteer(db, {
      profile: { home_buurt_code: "BU00140403" },
      skills: ["tuinieren", "koken"],
    });
    const volunteer: Actor = { kind: "user", userId: user.id, roles: ["volunteer"] };

    const personal: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < WARMUP + QUERIES; i++) {
      const q = queries[i % queries.length] ?? "tuinieren";
      let t0 = performance.now();
      const result = await services.search.search(volunteer, { q });
      const personalMs = performance.now() - t0;
      if (result.source !== "meilisearch" || !result.personal) throw new Error("not a personal Meilisearch search");
      t0 = performance.now();
      await index.search(q, { hitsPerPage: 20, page: 1, attributesToRetrieve: ["id"] });
      const baselineMs = performance.now() - t0;
      if (i >= WARMUP) {
        personal.push(personalMs);
        baseline.push(baselineMs);
      }
    }
    personal.sort((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    const p95 = percentile(personal, 95);
    const baselineP95 = percentile(baseline, 95);

    log(`freshness: claiming the last spot of ${FULL_KLUSSEN} klussen`);
    const fullLeaves = await measureFullLeaves(services, { db, meili, events, logger, config }, organisation.id);
    fullLeaves.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        name: "search",
        p50Ms: round(percentile(personal, 50)),
        p95Ms: round(p95),
        p99Ms: round(percentile(personal, 99)),
        baselineP95Ms: round(baselineP95),
        ratioP95: round(p95 / baselineP95),
        indexSeconds: round(indexSeconds),
        fullLeavesP50Ms: round(percentile(fullLeaves, 50)),
        fullLeavesP95Ms: round(percentile(fullLeaves, 95)),
      }),
    );
  } finally {
    await db.destroy();
    await servers.stop();
  }
}

/**
 * Milliseconds from the commit of the claim that fills a klus until the app's search no longer
 * returns it, for FULL_KLUSSEN one-spot klussen, one after the other, with the outbox worker running
 * as in the app (woken by the claim's domain event, polling otherwise).
 */
async function measureFullLeaves(
  services: ReturnType<typeof createServices>,
  deps: Parameters<typeof createOutboxWorker>[0],
  organisationId: string,
): Promise<number[]> {
  const worker = createOutboxWorker(deps);
  await worker.start();
  try {
    const { user: coordinatorUser } = await createCoordinator(deps.db, { id: organisationId, kind: "organisation" });
    const coordinator: Actor = { kind: "user", userId: coordinatorUser.id, roles: ["organisation_coordinator"] };
    const anonymous: Actor = { kind: "anonymous" };
    const found = async (q: string, id: string) =>
      (await services.search.search(anonymous, { q })).results.some((card) => card.id === id);
    const delays: number[] = [];
    // Where the time goes, on stderr: from the commit until Meilisearch enqueued the update (the
    // worker's part) and from then until Meilisearch finished it (the index's part).
    const untilEnqueued: number[] = [];
    const inMeilisearch: number[] = [];
    for (let i = 0; i < FULL_KLUSSEN; i++) {
      const word = `volxklus${i}q${Date.now().toString(36)}`;
      const startsAt = new Date(Date.now() + 3 * 24 * 3_600_000);
      const klus = await services.opportunities.publish(coordinator, {
        organisationId,
        kind: "task",
        title: `Stoelen zetten ${word}`,
        description: "Voor de buurtavond zetten we stoelen en tafels klaar in de grote zaal.",
        place: "BU00140403",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        spots: 1,
        skills: [],
      });
      await until(() => found(word, klus.id), `klus ${i} to be found`);
      const { user } = await createVolunteer(deps.db);
      await services.claims.claim({ kind: "user", userId: user.id, roles: ["volunteer"] }, { opportunityId: klus.id });
      // claim() resolves after its transaction committed.
      const committed = performance.now();
      const committedAt = Date.now();
      await until(async () => !(await found(word, klus.id)), `full klus ${i} to leave the results`);
      delays.push(performance.now() - committed);
      const [task] = (
        await deps.meili.tasks.getTasks({ indexUids: [worker.indexUid], types: ["documentAdditionOrUpdate"], limit: 1 })
      ).results;
      if (task?.finishedAt) {
        untilEnqueued.push(new Date(task.enqueuedAt).getTime() - committedAt);
        inMeilisearch.push(new Date(task.finishedAt).getTime() - new Date(task.enqueuedAt).getTime());
      }
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
    log(
      `full klus leaves: median ${Math.round(median([...delays]))} ms; commit to Meilisearch task ${median(untilEnqueued)} ms, task enqueued to finished ${median(inMeilisearch)} ms`,
    );
    return delays;
  } finally {
    await worker.stop();
  }
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
