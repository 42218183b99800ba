import { sql } from "kysely";
import type { DbOrTrx, Trx } from "../../../db/connect";
import type { NoticeScope } from "../../../db/schema";
import { takenSpots } from "../claims/taken-spots";
import type { Candidate } from "./notices.ranking";

/** The klus, locked for this transaction: waves of one klus (and claims on it) go one at a time. */
export async function lockKlus(trx: Trx, opportunityId: string) {
  const { rows } = await sql<{
    id: string;
    kind: string;
    status: string;
    title: string;
    organisationId: string;
    createdBy: string | null;
    publishedAt: Date | null;
    hiddenAt: Date | null;
    startsAt: Date | null;
    spots: number | null;
    minAge: number | null;
    languages: string[];
    buurtCode: string | null;
    wijkCode: string | null;
    gebiedSlug: string | null;
    lat: number | null;
    lon: number | null;
    taken: number;
    skills: string[];
  }>`
    select o.id, o.kind, o.status, o.title, o.organisation_id as "organisationId", o.created_by as "createdBy",
      o.published_at as "publishedAt", o.hidden_at as "hiddenAt", o.starts_at as "startsAt", o.spots,
      o.min_age as "minAge", o.languages, o.buurt_code as "buurtCode",
      (select wijk_code from buurten where code = o.buurt_code) as "wijkCode",
      (select gebied_slug from buurten where code = o.buurt_code) as "gebiedSlug",
      (select lat from buurten where code = o.buurt_code) as lat,
      (select lon from buurten where code = o.buurt_code) as lon,
      ${takenSpots(sql.ref("o.id"))} as taken,
      coalesce((select array_agg(skill_slug order by skill_slug) from opportunity_skills
        where opportunity_id = o.id), '{}') as skills
    from opportunities o where o.id = ${opportunityId}
    for update of o
  `.execute(trx);
  return rows[0];
}

export type LockedKlus = NonNullable<Awaited<ReturnType<typeof lockKlus>>>;

/** The last wave of a klus, if any. */
export async function lastWave(db: DbOrTrx, opportunityId: string) {
  return db
    .selectFrom("notice_waves")
    .select(["id", "number", "scope", "sent_at as sentAt", "checked_at as checkedAt"])
    .where("opportunity_id", "=", opportunityId)
    .orderBy("number", "desc")
    .limit(1)
    .executeTakeFirst();
}

/**
 * The one candidate query: volunteers (not deleted) with a home buurt who were not told about this klus, hold no live
 * claim on it, are not members of its organisation, are not pausing alerts on `today` and are old
 * enough (when their birth date is known), with what the ranking needs. Availability, the weekly
 * cap and the scope are applied by `selectWave`, so the explanation can count who they passed over.
 */
export async function candidates(
  db: DbOrTrx,
  klus: { id: string; organisationId: string; minAge: number | null; startDay: string },
  today: string,
  now: Date,
  defaultCap: number,
): Promise<Candidate[]> {
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3_600_000);
  const { rows } = await sql<{
    userId: string;
    buurtCode: string | null;
    wijkCode: string | null;
    gebiedSlug: string | null;
    lat: number | null;
    lon: number | null;
    skills: string[];
    languages: string[];
    availability: string[];
    cap: number;
    thisWeek: number;
    total: number;
    answered: number;
    hasBirthDate: boolean;
  }>`
    select vp.user_id as "userId", b.code as "buurtCode", b.wijk_code as "wijkCode", b.gebied_slug as "gebiedSlug",
      b.lat, b.lon, vp.languages, vp.availability,
      coalesce(vp.notices_per_week, ${defaultCap})::int as cap,
      vp.birth_date is not null as "hasBirthDate",
      coalesce((select array_agg(vs.skill_slug) from volunteer_skills vs where vs.user_id = vp.user_id), '{}') as skills,
      (select count(*) from notices n where n.volunteer_id = vp.user_id
        and n.told_at > ${weekAgo} and n.told_at <= ${now})::int as "thisWeek",
      (select count(*) from notices n where n.volunteer_id = vp.user_id and n.told_at <= ${now})::int as total,
      (select count(*) from notices n where n.volunteer_id = vp.user_id and n.told_at <= ${now}
        and exists (select 1 from claims c where c.opportunity_id = n.opportunity_id
          and c.volunteer_id = n.volunteer_id))::int as answered
    from volunteer_profiles vp
    join users u on u.id = vp.user_id and u.deleted_at is null
    join user_roles r on r.user_id = vp.user_id and r.role_slug = 'volunteer'
    join buurten b on b.code = vp.home_buurt_code
    left join notification_preferences p on p.user_id = vp.user_id
    where not exists (select 1 from notices n where n.opportunity_id = ${klus.id} and n.volunteer_id = vp.user_id)
      and not exists (select 1 from claims c where c.opportunity_id = ${klus.id} and c.volunteer_id = vp.user_id
        and c.status <> 'cancelled')
      and not exists (select 1 from memberships m where m.organisation_id = ${klus.organisationId}
        and m.user_id = vp.user_id)
      and (p.alerts_paused_until is null or p.alerts_paused_until < ${today}::date)
      and (${klus.minAge}::int is null or vp.birth_date is null
        or vp.birth_date <= (${klus.startDay}::date - make_interval(years => ${klus.minAge}::int))::date)
    order by vp.user_id
  `.execute(db);
  return rows.map((row) => ({
    userId: row.userId,
    home:
      row.buurtCode && row.wijkCode && row.gebiedSlug && row.lat !== null && row.lon !== null
        ? { buurtCode: row.buurtCode, wijkCode: row.wijkCode, gebiedSlug: row.gebiedSlug, lat: row.lat, lon: row.lon }
        : null,
    skills: row.skills,
    languages: row.languages,
    availability: row.availability,
    cap: row.cap,
    noticesThisWeek: row.thisWeek,
    noticesTotal: row.total,
    noticesAnswered: row.answered,
    hasBirthDate: row.hasBirthDate,
  }));
}

/**
 * Locks the chosen volunteers' profiles (in id order, so two waves cannot deadlock) and returns how
 * many notices each got in the 7 days before `now`: the cap holds when two klussen send at once.
 */
export async function lockAndCountWeek(trx: Trx, userIds: string[], now: Date): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const sorted = [...userIds].sort();
  await trx
    .selectFrom("volunteer_profiles")
    .select("user_id")
    .where("user_id", "in", sorted)
    .orderBy("user_id")
    .forUpdate()
    .execute();
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3_600_000);
  const rows = await trx
    .selectFrom("notices")
    .select(["volunteer_id as userId", sql<number>`count(*)::int`.as("count")])
    .where("volunteer_id", "in", sorted)
    .where("told_at", ">", weekAgo)
    .where("told_at", "<=", now)
    .groupBy("volunteer_id")
    .execute();
  return new Map(rows.map((row) => [row.userId, row.count]));
}

export async function insertWave(
  trx: Trx,
  wave: {
    opportunityId: string;
    number: number;
    scope: NoticeScope | null;
    now: Date;
    told: number;
    summary: Record<string, unknown>;
  },
): Promise<string> {
  const row = await trx
    .insertInto("notice_waves")
    .values({
      opportunity_id: wave.opportunityId,
      number: wave.number,
      scope: wave.scope,
      sent_at: wave.now,
      checked_at: wave.now,
      told: wave.told,
      summary: wave.summary,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An empty wave tried again and still no one: only the moment of the try moves on. */
export async function touchWave(trx: Trx, waveId: string, now: Date, summary: Record<string, unknown>) {
  await trx.updateTable("notice_waves").set({ checked_at: now, summary }).where("id", "=", waveId).execute();
}

export async function insertNotices(
  trx: Trx,
  rows: Array<{
    opportunityId: string;
    volunteerId: string;
    waveId: string;
    now: Date;
    score: number;
    reasons: string[];
  }>,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await trx
    .insertInto("notices")
    .values(
      rows.map((row) => ({
        opportunity_id: row.opportunityId,
        volunteer_id: row.volunteerId,
        wave_id: row.waveId,
        told_at: row.now,
        score: row.score,
        reasons: row.reasons,
      })),
    )
    .onConflict((oc) => oc.columns(["opportunity_id", "volunteer_id"]).doNothing())
    .returning("volunteer_id")
    .execute();
  return inserted.map((row) => row.volunteer_id);
}

/**
 * Open, published, visible klussen that have not started, have spots left and had a wave before,
 * whose last wave (or empty try) is older than its interval: the service decides per klus under its lock.
 */
export async function klussenWithWaves(db: DbOrTrx, now: Date) {
  const { rows } = await sql<{ id: string; startsAt: Date | null; checkedAt: Date; scope: string | null }>`
    select o.id, o.starts_at as "startsAt", w.checked_at as "checkedAt", w.scope
    from opportunities o
    join lateral (select checked_at, scope from notice_waves where opportunity_id = o.id order by number desc limit 1) w on true
    where o.kind = 'task' and o.status = 'open' and o.published_at is not null and o.hidden_at is null
      and (o.starts_at is null or o.starts_at > ${now})
      and (o.spots is null or ${takenSpots(sql.ref("o.id"))} < o.spots)
    order by o.starts_at nulls last, o.id
  `.execute(db);
  return rows;
}

/** The waves of a klus, oldest first, for the coordinator. */
export async function listWaves(db: DbOrTrx, opportunityId: string) {
  return db
    .selectFrom("notice_waves")
    .select(["id", "number", "scope", "sent_at as sentAt", "checked_at as checkedAt", "told", "summary"])
    .where("opportunity_id", "=", opportunityId)
    .orderBy("number")
    .execute();
}

/** Names of the klus's place for the explanation: its buurt, wijk (and former name) and gebied. */
export async function placeNames(db: DbOrTrx, buurtCode: string) {
  return db
    .selectFrom("buurten as b")
    .innerJoin("wijken as w", "w.code", "b.wijk_code")
    .innerJoin("gebieden as g", "g.slug", "b.gebied_slug")
    .select(["b.name as buurt", "w.name as wijk", "w.former_name as wijkFormerName", "g.name as gebied"])
    .where("b.code", "=", buurtCode)
    .executeTakeFirst();
}

/** The wijk channel of a wijk. */
export async function wijkChannelId(db: DbOrTrx, wijkCode: string): Promise<string | null> {
  const row = await db
    .selectFrom("conversations")
    .select("id")
    .where("kind", "=", "wijk_channel")
    .where("wijk_code", "=", wijkCode)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function rolesOf(db: DbOrTrx, userId: string) {
  const rows = await db
    .selectFrom("user_roles")
    .innerJoin("users", "users.id", "user_roles.user_id")
    .select("user_roles.role_slug")
    .where("user_roles.user_id", "=", userId)
    .where("users.deleted_at", "is", null)
    .execute();
  return rows.map((row) => row.role_slug);
}

/** Spots taken (active claims and unnamed team spots). */
export async function takenCount(db: DbOrTrx, opportunityId: string): Promise<number> {
  const { rows } = await sql<{ taken: number }>`select ${takenSpots(opportunityId)} as taken`.execute(db);
  return rows[0]?.taken ?? 0;
}
