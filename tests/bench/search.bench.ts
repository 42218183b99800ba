/**
 * search: 100,000 generated opportunities over the real buurten (inserted in bulk with generate_series,
 * indexed in batches straight from PostgreSQL through the app's document mapping). Then the personal
 * ranked search through the app's search service (personal ranking, filters, loading the cards) for a
 * Florabuurt volunteer who likes tuinieren and koken, against a plain unpersonalised query for the same
 * words sent straight to Meilisearch, interleaved in the same run. Prints one JSON line last:
 * { name, p50Ms, p95Ms, p99Ms, baselineP95Ms, ratioP95, indexSeconds }.
 */
import { Meilisearch } from "meilisearch";
import { sql } from "kysely";
import { pino } from "pino";
import { connectDatabase } from "../../db/connect";
import { createOrganisation, createVolunteer } from "../../db/factories";
import { migrateToLatest } from "../../db/migrate";
import { seedReferenceData } from "../../db/seed/reference";
import type { Actor } from "../../server/domain/actor";
import { DomainEvents } from "../../server/domain/events";
import {
  allSearchDocuments,
  ensureOpportunitiesIndex,
  opportunitiesIndexName,
} from "../../server/domain/search/search.index";
import { createServices } from "../../server/domain/services";
import { startTestServers } from "../support/real-servers";

const DOCUMENTS = 100_000;
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
    const services = createServices({
      db,
      meili,
      events: new DomainEvents(),
      logger: pino({ level: "silent" }),
      config,
    });
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
    console.log(
      JSON.stringify({
        name: "search",
        p50Ms: round(percentile(personal, 50)),
        p95Ms: round(p95),
        p99Ms: round(percentile(personal, 99)),
        baselineP95Ms: round(baselineP95),
        ratioP95: round(p95 / baselineP95),
        indexSeconds: round(indexSeconds),
      }),
    );
  } finally {
    await db.destroy();
    await servers.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
