/**
 * claim-race: 1,000 concurrent claims by different volunteers on one klus with 10 spots, through the
 * claims service, 20 times (exactly 10 active, the rest waitlisted in arrival order, nothing
 * overbooked); then claims per second over 1,000 klussen against a bare conditional SQL insert under
 * the same klus lock, run the same way. Prints one JSON line last:
 * { name, overbooked, claimsPerSecond, baselinePerSecond, ratio }.
 */
import { randomUUID } from "node:crypto";
import { Meilisearch } from "meilisearch";
import { sql } from "kysely";
import { pino } from "pino";
import { connectDatabase, type Db } from "../../db/connect";
import { createOpportunities, createOrganisation, createVolunteers } from "../../db/factories";
import { migrateToLatest } from "../../db/migrate";
import { seedReferenceData } from "../../db/seed/reference";
import type { Actor } from "../../server/domain/actor";
import { DomainEvents } from "../../server/domain/events";
import { createServices } from "../../server/domain/services";
import { startTestServers } from "../support/real-servers";

const REPETITIONS = 20;
const RACERS = 1_000;
const SPOTS = 10;
const KLUSSEN = 1_000;
const CLAIMS_PER_KLUS = 3;
const POOL = 10;
const IN_FLIGHT = 50;
const hour = 3_600_000;

const log = (message: string) => process.stderr.write(`[claim-race] ${message}\n`);

/** Runs tasks with at most `limit` in flight; resolves when all are done. */
async function runLimited(tasks: Array<() => Promise<unknown>>, limit: number) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

/** The bare rule, for comparison: lock the klus row, then insert active if a spot is left, else waitlisted. */
async function bareClaim(db: Db, opportunityId: string, volunteerId: string) {
  await db.transaction().execute(async (trx) => {
    await sql`select 1 from opportunities where id = ${opportunityId} for update`.execute(trx);
    await sql`
      insert into claims (opportunity_id, volunteer_id, status)
      select o.id, ${volunteerId},
        case when (select count(*) from claims c where c.opportunity_id = o.id and c.status = 'active') < o.spots
          then 'active' else 'waitlisted' end
      from opportunities o where o.id = ${opportunityId}`.execute(trx);
  });
}

async function overbookedOn(db: Db, opportunityIds: string[]) {
  const { rows } = await sql<{ over: string }>`
    select coalesce(sum(greatest(0, n - spots)), 0) as over from (
      select o.spots, count(c.id) as n from opportunities o
      left join claims c on c.opportunity_id = o.id and c.status = 'active'
      where o.id = any(${opportunityIds}::uuid[]) group by o.id) t`.execute(db);
  return Number(rows[0]?.over ?? 0);
}

async function main() {
  const servers = await startTestServers();
  let db = connectDatabase(servers.databaseUrl, { max: POOL });
  try {
    // A throw-away database: skip waiting for each commit's WAL flush. On a shared machine the disk's
    // fsync would otherwise dominate (it is paid under the klus lock, once per claim, on both sides),
    // and the bench measures the locking and the service's work, not the disk.
    await sql
      .raw(`alter database "${new URL(servers.databaseUrl).pathname.slice(1)}" set synchronous_commit = off`)
      .execute(db);
    await db.destroy();
    db = connectDatabase(servers.databaseUrl, { max: POOL });
    await migrateToLatest(db);
    await seedReferenceData(db);
    const services = createServices({
      db,
      meili: new Meilisearch({ host: servers.meiliUrl, apiKey: servers.meiliMasterKey }),
      events: new DomainEvents(),
      logger: pino({ level: "silent" }),
      // The same volunteers claim many klussen within a minute: the per-person limit is not what is measured.
      config: { meiliIndexPrefix: `bench${randomUUID().slice(0, 6)}_`, rateLimitMultiplier: 1_000 },
    });
    const organisation = await createOrganisation(db);
    const volunteers = (await createVolunteers(db, RACERS)).map((user): Actor => ({
      kind: "user",
      userId: user.id,
      roles: ["volunteer"],
    }));
    const start = Date.now() + 2 * 24 * hour;

    // 1. The race: every repetition a new klus (at its own time, so the same volunteers never overlap).
    let overbooked = 0;
    let outOfOrder = 0;
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const [klus] = await createOpportunities(db, [
        {
          organisation_id: organisation.id,
          spots: SPOTS,
          starts_at: new Date(start + rep * 4 * hour),
          ends_at: new Date(start + rep * 4 * hour + 2 * hour),
        },
      ]);
      const id = klus!.id;
      const t0 = performance.now();
      const results = await Promise.all(volunteers.map((actor) => services.claims.claim(actor, { opportunityId: id })));
      const ms = performance.now() - t0;
      const rows = await db
        .selectFrom("claims")
        .select(["id", "status"])
        .where("opportunity_id", "=", id)
        .orderBy("seq")
        .execute();
      const active = rows.filter((r) => r.status === "active").length;
      overbooked += Math.max(0, active - SPOTS);
      // Arrival order: the first SPOTS by seq are active, then the waitlist 1, 2, 3… by seq.
      const positionOf = new Map(results.map((r) => [r.claim.id, r.claim.position]));
      rows.forEach((row, i) => {
        const expected = i < SPOTS ? "active" : "waitlisted";
        const position = i < SPOTS ? null : i - SPOTS + 1;
        if (row.status !== expected || positionOf.get(row.id) !== position) outOfOrder += 1;
      });
      if (rows.length !== RACERS || active !== SPOTS) {
        throw new Error(`repetition ${rep}: ${rows.length} claims, ${active} active (expected ${RACERS}, ${SPOTS})`);
      }
      log(`race ${rep + 1}/${REPETITIONS}: ${active} active, ${rows.length - active} waitlisted, ${ms.toFixed(0)} ms`);
    }
    if (outOfOrder > 0) throw new Error(`${outOfOrder} claims out of arrival order`);

    // 2. Throughput over many klussen: the service and the bare SQL, each on its own fresh klussen.
    async function klussen(offset: number) {
      const rows = await createOpportunities(
        db,
        Array.from({ length: KLUSSEN }, (_, i) => ({
          organisation_id: organisation.id,
          spots: 2,
          // Each klus its own hour: no claim is refused for overlap, so both sides do the same work.
          starts_at: new Date(start + (offset + i) * hour + 100 * 24 * hour),
          ends_at: new Date(start + (offset + i) * hour + 100 * 24 * hour + 30 * 60_000),
        })),
      );
      return rows.map((r) => r.id);
    }
    // Claim i goes to klus i mod KLUSSEN by volunteer ⌊i / KLUSSEN⌋ + a stride, so no pair repeats.
    const plan = (ids: string[]) =>
      Array.from({ length: KLUSSEN * CLAIMS_PER_KLUS }, (_, i) => ({
        opportunityId: ids[i % KLUSSEN]!,
        volunteer: volunteers[(i + Math.floor(i / KLUSSEN) * 337) % volunteers.length]!,
      }));

    const serviceIds = await klussen(0);
    const servicePlan = plan(serviceIds);
    let t0 = performance.now();
    await runLimited(
      servicePlan.map((p) => () => services.claims.claim(p.volunteer, { opportunityId: p.opportunityId })),
      IN_FLIGHT,
    );
    const claimsPerSecond = servicePlan.length / ((performance.now() - t0) / 1000);
    overbooked += await overbookedOn(db, serviceIds);

    const baselineIds = await klussen(KLUSSEN);
    const baselinePlan = plan(baselineIds);
    t0 = performance.now();
    await runLimited(
      baselinePlan.map((p) => () => bareClaim(db, p.opportunityId, (p.volunteer as { userId: string }).userId)),
      IN_FLIGHT,
    );
    const baselinePerSecond = baselinePlan.length / ((performance.now() - t0) / 1000);
    overbooked += await overbookedOn(db, baselineIds);
    log(`throughput: service ${claimsPerSecond.toFixed(0)}/s, bare SQL ${baselinePerSecond.toFixed(0)}/s`);
    // Klus groups made after claims: finished before the pool closes.
    await services.background.drain();

    console.log(
      JSON.stringify({
        name: "claim-race",
        overbooked,
        claimsPerSecond: Math.round(claimsPerSecond),
        baselinePerSecond: Math.round(baselinePerSecond),
        ratio: Number((claimsPerSecond / baselinePerSecond).toFixed(3)),
      }),
    );
  } finally {
    await db.destroy();
    await servers.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
