/**
 * Runs one policy over a planned world on a fresh database: publishes the klussen as their
 * coordinators at their moments, rolls every told volunteer's answer, turns yeses into replies,
 * plays out cancellations, the day-before confirmation and no-shows, and records what happened.
 * Events run one at a time in (time, sequence) order, so a seed always gives the same run.
 */
import { sql } from "kysely";
import type { Actor } from "../../server/domain/actor";
import type { Db } from "../../db/connect";
import { EventQueue } from "./event-queue";
import type { KlusRecord, RunRecord } from "./metrics";
import { response, units } from "./parameters";
import type { Engine, Klus, Policy } from "./policies/policy";
import { createRandom, type Random } from "./prng";
import { answerChance, answerMoment, exponential, spotFate, type SpotFate } from "./response";
import type { PlannedKlus, World } from "./world";

interface ClaimState {
  id: string;
  volunteer: number;
  klus: number;
  status: string;
  /** When it became active (ms since the start), or null while waitlisted. */
  activeSince: number | null;
  fate: SpotFate;
  handedOver: boolean;
}

/** A generator for one (purpose, volunteer, klus, n) decision: the same dice under both policies. */
export function keyedRandom(seed: number, ...keys: number[]): Random {
  let h = seed >>> 0;
  for (const key of keys) {
    h = Math.imul(h ^ (key >>> 0), 0x9e3779b1) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return createRandom(h);
}

const PURPOSE = { answer: 1, fate: 2, delay: 3, confirm: 4 } as const;

export async function runPolicy(input: {
  db: Db;
  world: World;
  policy: Policy;
  seed: number;
  start: Date;
  weeks: number;
  /** Publishes as the organisation's coordinator through the real service. */
  publish(klus: PlannedKlus, coordinator: Actor): Promise<string>;
  log?: (message: string) => void;
}): Promise<RunRecord> {
  const { db, world, policy, seed, start } = input;
  const queue = new EventQueue<() => Promise<void>>();
  let clock = 0;
  const volunteerByUserId = new Map(world.volunteers.map((v) => [v.id, v]));
  const actorOf = (index: number): Actor => ({
    kind: "user",
    userId: world.volunteers[index]!.id,
    roles: ["volunteer"],
  });
  const klussen: Array<Klus & { record: KlusRecord; started: boolean }> = [];
  const klusById = new Map<string, (typeof klussen)[number]>();
  const claims = new Map<string, ClaimState>();
  /** "volunteer:klus" for every claim ever made. */
  const claimed = new Set<string>();
  const noticeTimes: number[][] = world.volunteers.map(() => []);
  const toldCount = new Map<string, number>();
  const stats = {
    claimsMade: 0,
    repliesLost: 0,
    waitlisted: 0,
    cancellations: 0,
    handOvers: 0,
    confirmations: 0,
    flaggedUnconfirmed: 0,
  };
  const groups = new Map(
    [...world.groups].map(([wijk, members]) => [wijk, members.map((i) => world.volunteers[i]!.id)]),
  );

  /** Reads a klus's claims from the database: new ones get their fate, newly active ones may cancel later. */
  async function sync(klus: (typeof klussen)[number]) {
    const rows = await sql<{ id: string; volunteer_id: string; status: string }>`
      select id, volunteer_id, status from claims where opportunity_id = ${klus.id} order by seq`.execute(db);
    let taken = 0;
    for (const row of rows.rows) {
      const volunteer = volunteerByUserId.get(row.volunteer_id);
      if (!volunteer) continue;
      let claim = claims.get(row.id);
      if (!claim) {
        claim = {
          id: row.id,
          volunteer: volunteer.index,
          klus: klus.plan.index,
          status: row.status,
          activeSince: null,
          fate: spotFate(keyedRandom(seed, PURPOSE.fate, volunteer.index, klus.plan.index)),
          handedOver: false,
        };
        claims.set(row.id, claim);
        claimed.add(`${volunteer.index}:${klus.plan.index}`);
      }
      claim.status = row.status;
      if (row.status === "active") {
        taken += 1;
        if (claim.activeSince === null) becameActive(claim, klus);
      }
    }
    klus.taken = taken;
    klus.record.maxTaken = Math.max(klus.record.maxTaken, taken);
    if (taken >= klus.plan.spots && klus.record.fullAt === null) klus.record.fullAt = clock;
  }

  function becameActive(claim: ClaimState, klus: (typeof klussen)[number]) {
    claim.activeSince = clock;
    if (claim.fate.cancelAt === null) return;
    const at = clock + claim.fate.cancelAt * (klus.plan.startsAt - clock);
    queue.schedule(at, async () => {
      if (claim.status !== "active" || klus.started) return;
      await policy.cancel(actorOf(claim.volunteer), klus, claim.id);
      stats.cancellations += 1;
      const before = klus.taken;
      await sync(klus);
      if (klus.taken < before) await policy.spotFreed(klus);
    });
  }

  const engine: Engine = {
    tell(klus, userIds) {
      const k = klusById.get(klus.id)!;
      for (const userId of userIds) {
        const volunteer = volunteerByUserId.get(userId);
        if (!volunteer) continue;
        const times = noticeTimes[volunteer.index]!;
        const weekStart = Math.floor(clock / units.week) * units.week;
        const thisWeek = times.filter((t) => t >= weekStart).length;
        times.push(clock);
        k.record.notices += 1;
        const key = `${volunteer.index}:${k.plan.index}`;
        const n = (toldCount.get(key) ?? 0) + 1;
        toldCount.set(key, n);
        const dice = keyedRandom(seed, PURPOSE.answer, volunteer.index, k.plan.index, n);
        const chance = answerChance({ ...volunteer.buurt, ...volunteer }, { ...k.plan.buurt, ...k.plan }, thisWeek);
        if (!dice.chance(chance)) continue;
        const at = answerMoment(dice, clock, policy.channel);
        queue.schedule(at, async () => {
          if (at >= k.plan.startsAt) return;
          // Already on it, or gave it up before: they do not reply again.
          if (claimed.has(`${volunteer.index}:${k.plan.index}`)) return;
          const outcome = await policy.reply(actorOf(volunteer.index), k);
          if (outcome === "lost") {
            stats.repliesLost += 1;
            return;
          }
          stats.claimsMade += 1;
          if (outcome === "waitlisted") stats.waitlisted += 1;
          await sync(k);
        });
      }
    },
    group: (wijkCode) => groups.get(wijkCode) ?? [],
    later: (at, work) => queue.schedule(Math.max(at, clock), work),
    t: () => clock,
    now: () => new Date(start.getTime() + clock),
    klusById(opportunityId) {
      const klus = klusById.get(opportunityId);
      if (!klus) throw new Error(`unknown klus ${opportunityId}`);
      return klus;
    },
  };

  await policy.prepare(engine);

  const lastStart = Math.max(0, ...world.klussen.map((k) => k.startsAt));
  for (const plan of world.klussen) {
    queue.schedule(plan.publishAt, async () => {
      const organisation = world.organisations[plan.organisation]!;
      const coordinator: Actor = {
        kind: "user",
        userId: organisation.coordinatorId,
        roles: ["organisation_coordinator"],
      };
      const id = await input.publish(plan, coordinator);
      const klus = {
        plan,
        id,
        taken: 0,
        started: false,
        record: {
          spots: plan.spots,
          publishedAt: clock,
          startsAt: plan.startsAt,
          fullAt: null,
          heldAtStart: 0,
          noShows: 0,
          wijkCode: plan.buurt.wijkCode,
          maxTaken: 0,
          notices: 0,
        },
      };
      klussen.push(klus);
      klusById.set(id, klus);
      if (policy.dayBefore) scheduleDayBefore(klus);
      queue.schedule(plan.startsAt, () => startKlus(klus));
      await policy.published(klus);
    });
  }

  function scheduleDayBefore(klus: (typeof klussen)[number]) {
    const tick = policy.tickMs ?? units.hour;
    const window = klus.plan.startsAt - units.day;
    // The first tick at or after the window opens asks; this runs just after that tick.
    const asked = Math.max(clock, Math.ceil(window / tick) * tick) + 1;
    queue.schedule(asked, async () => {
      await sync(klus);
      for (const claim of claims.values()) {
        if (claim.klus !== klus.plan.index || claim.status !== "active") continue;
        if (claim.activeSince === null || claim.activeSince >= window) continue;
        const dice = keyedRandom(seed, PURPOSE.confirm, claim.volunteer, klus.plan.index);
        const at = asked + exponential(dice, response.confirmDelayMeanHours * units.hour);
        if (at >= klus.plan.startsAt) continue;
        const { fate } = claim;
        if (fate.handsOver) {
          queue.schedule(at, async () => {
            if (claim.status !== "active") return;
            await policy.dayBefore!.handOver(actorOf(claim.volunteer), claim.id);
            claim.handedOver = true;
            stats.handOvers += 1;
            await sync(klus);
          });
        } else if (!fate.noShow && !fate.forgetsToConfirm && fate.cancelAt === null) {
          queue.schedule(at, async () => {
            if (claim.status !== "active") return;
            await policy.dayBefore!.confirm(actorOf(claim.volunteer), claim.id);
            stats.confirmations += 1;
          });
        }
      }
    });
  }

  async function startKlus(klus: (typeof klussen)[number]) {
    await sync(klus);
    klus.started = true;
    for (const claim of claims.values()) {
      if (claim.klus !== klus.plan.index || claim.status !== "active") continue;
      klus.record.heldAtStart += 1;
      if (claim.fate.noShow) klus.record.noShows += 1;
    }
  }

  if (policy.tickMs !== null) {
    const every = policy.tickMs;
    const tick = async () => {
      const { flagged } = await policy.tick();
      stats.flaggedUnconfirmed += flagged;
      if (clock + every <= lastStart) queue.schedule(clock + every, tick);
    };
    queue.schedule(0, tick);
  }

  let processed = 0;
  for (let next = queue.take(); next; next = queue.take()) {
    clock = next.at;
    await next.event();
    if (++processed % 2000 === 0)
      input.log?.(`${policy.name}: day ${(clock / units.day).toFixed(1)}, ${processed} events`);
  }
  await policy.finish();

  return {
    klussen: [...klussen].sort((a, b) => a.plan.index - b.plan.index).map((k) => k.record),
    noticeTimes,
    weeks: input.weeks,
    ...stats,
  };
}
