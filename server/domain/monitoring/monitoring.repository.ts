import { sql, type RawBuilder } from "kysely";
import type { DbOrTrx } from "../../../db/connect";
import { confirmedHoursClaims, type Period } from "../claims/confirmed-hours";
import { takenSpots } from "../claims/taken-spots";

/**
 * SQL aggregates for the municipality's figures: one query per figure family, grouped at once per
 * wijk, per gebied and for the municipality, each also per month (GROUPING SETS), so a page costs
 * the same handful of queries whatever the number of wijken. Places: klussen and vacatures by their
 * buurt (online ones count for the municipality only), volunteers by their home buurt.
 */

/** Whose work is counted: everyone's, or one organisation's klussen and vacatures. */
export interface Filter {
  period: Period;
  organisationId: string | null;
}

/** Where a row belongs: the municipality, a gebied (slug) or a wijk (code), for the whole period or one month. */
export interface GroupKey {
  level: "municipality" | "gebied" | "wijk";
  code: string;
  month: string | null;
}

export type Grouped<T> = GroupKey & T;

// Every family's rows come from a derived table with columns wijk, gebied and month.
const groupingSets = sql`grouping sets ((x.wijk), (x.gebied), (), (x.wijk, x.month), (x.gebied, x.month), (x.month))`;
const groupingColumns = sql`grouping(x.wijk) as gw, grouping(x.gebied) as gg, grouping(x.month) as gm, x.wijk, x.gebied, x.month`;

interface GroupingRow {
  gw: number;
  gg: number;
  gm: number;
  wijk: string | null;
  gebied: string | null;
  month: string | null;
}

function keyed<T extends GroupingRow>(rows: T[]): Array<Grouped<Omit<T, keyof GroupingRow>>> {
  const result: Array<Grouped<Omit<T, keyof GroupingRow>>> = [];
  for (const row of rows) {
    const { gw, gg, gm, wijk, gebied, month, ...measures } = row;
    const level = Number(gw) === 0 ? "wijk" : Number(gg) === 0 ? "gebied" : "municipality";
    const code = level === "wijk" ? wijk : level === "gebied" ? gebied : "";
    // Online klussen and volunteers without a home buurt have no wijk: they count for the municipality only.
    if (code === null) continue;
    result.push({ level, code, month: Number(gm) === 0 ? month : null, ...measures });
  }
  return result;
}

const amsterdamMonth = (column: RawBuilder<unknown>) =>
  sql<string>`to_char(${column} at time zone 'Europe/Amsterdam', 'YYYY-MM')`;
const inPeriod = (column: RawBuilder<unknown>, period: Period) =>
  sql`(${column} at time zone 'Europe/Amsterdam')::date between ${period.from}::date and ${period.to}::date`;
const ofOrganisation = (filter: Filter) =>
  filter.organisationId ? sql`and o.organisation_id = ${filter.organisationId}` : sql``;

const toNumber = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));
const toNullableNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/**
 * Klussen whose day lies in the period: how many, how many filled (every spot taken), spots offered
 * and taken, the median hours from publication to the claim that took the last spot, no-shows and
 * team sign-ups.
 */
export async function klusFigures(db: DbOrTrx, filter: Filter) {
  const { rows } = await sql<
    GroupingRow & {
      klussen: string;
      filled: string;
      spots: string | null;
      taken: string | null;
      median_fill_hours: number | null;
      no_shows: string | null;
      teams: string | null;
    }
  >`
    select ${groupingColumns},
      count(*) as klussen,
      count(*) filter (where x.taken >= x.spots) as filled,
      sum(x.spots) as spots,
      sum(least(x.taken, x.spots)) as taken,
      percentile_cont(0.5) within group (order by extract(epoch from x.filled_at - x.published_at) / 3600)
        filter (where x.taken >= x.spots and x.filled_at is not null) as median_fill_hours,
      sum(x.no_shows) as no_shows,
      sum(x.teams) as teams
    from (
      select b.wijk_code as wijk, b.gebied_slug as gebied, ${amsterdamMonth(sql`o.starts_at`)} as month,
        coalesce(o.spots, 0) as spots, o.published_at,
        ${takenSpots(sql.ref("o.id"))} as taken,
        (select coalesce(fc.promoted_at, fc.created_at) from claims fc
          where fc.opportunity_id = o.id and fc.status = 'active'
          order by coalesce(fc.promoted_at, fc.created_at) offset greatest(coalesce(o.spots, 1) - 1, 0) limit 1) as filled_at,
        (select count(*) from claims nc
          where nc.opportunity_id = o.id and nc.attendance = 'no_show' and nc.status <> 'cancelled') as no_shows,
        (select count(*) from team_claims tc where tc.opportunity_id = o.id) as teams
      from opportunities o
      left join buurten b on b.code = o.buurt_code
      where o.kind = 'task' and o.published_at is not null
        and ${inPeriod(sql`o.starts_at`, filter.period)} ${ofOrganisation(filter)}
    ) x
    group by ${groupingSets}`.execute(db);
  return keyed(rows).map((row) => ({
    ...row,
    klussen: toNumber(row.klussen),
    filled: toNumber(row.filled),
    spots: toNumber(row.spots),
    taken: toNumber(row.taken),
    medianFillHours: toNullableNumber(row.median_fill_hours),
    noShows: toNumber(row.no_shows),
    teams: toNumber(row.teams),
  }));
}

/** Vacatures published in the period, and how many of them have placed someone. */
export async function vacancyFigures(db: DbOrTrx, filter: Filter) {
  const { rows } = await sql<GroupingRow & { vacancies: string; filled: string }>`
    select ${groupingColumns}, count(*) as vacancies, count(*) filter (where x.placed) as filled
    from (
      select b.wijk_code as wijk, b.gebied_slug as gebied, ${amsterdamMonth(sql`o.published_at`)} as month,
        exists (select 1 from applications a where a.opportunity_id = o.id and a.status = 'placed') as placed
      from opportunities o
      left join buurten b on b.code = o.buurt_code
      where o.kind = 'vacancy' and o.published_at is not null
        and ${inPeriod(sql`o.published_at`, filter.period)} ${ofOrganisation(filter)}
    ) x
    group by ${groupingSets}`.execute(db);
  return keyed(rows).map((row) => ({ ...row, vacancies: toNumber(row.vacancies), filled: toNumber(row.filled) }));
}

/**
 * Hours given (the confirmed-hours rule of the social-return report), by the klus's place: people,
 * hours, and the part given by members of businesses and of partners.
 */
export async function hoursFigures(db: DbOrTrx, filter: Filter) {
  const inner = confirmedHoursClaims(db, filter.period)
    .leftJoin("buurten as b", "b.code", "o.buurt_code")
    .$if(filter.organisationId !== null, (query) => query.where("o.organisation_id", "=", filter.organisationId ?? ""))
    .select([
      "b.wijk_code as wijk",
      "b.gebied_slug as gebied",
      amsterdamMonth(sql`o.starts_at`).as("month"),
      "c.volunteer_id",
      "c.hours",
      sql<boolean>`exists (select 1 from memberships m join organisations g on g.id = m.organisation_id
        where m.user_id = c.volunteer_id and g.kind = 'business')`.as("is_business"),
      sql<boolean>`exists (select 1 from memberships m join organisations g on g.id = m.organisation_id
        where m.user_id = c.volunteer_id and g.kind = 'partner')`.as("is_partner"),
    ]);
  const { rows } = await sql<
    GroupingRow & {
      people: string;
      hours: string | null;
      business_people: string;
      business_hours: string | null;
      partner_people: string;
      partner_hours: string | null;
    }
  >`
    select ${groupingColumns},
      count(distinct x.volunteer_id) as people,
      sum(x.hours) as hours,
      count(distinct x.volunteer_id) filter (where x.is_business) as business_people,
      sum(x.hours) filter (where x.is_business) as business_hours,
      count(distinct x.volunteer_id) filter (where x.is_partner) as partner_people,
      sum(x.hours) filter (where x.is_partner) as partner_hours
    from (${inner}) x
    group by ${groupingSets}`.execute(db);
  return keyed(rows).map((row) => ({
    ...row,
    people: toNumber(row.people),
    hours: toNumber(row.hours),
    businessPeople: toNumber(row.business_people),
    businessHours: toNumber(row.business_hours),
    partnerPeople: toNumber(row.partner_people),
    partnerHours: toNumber(row.partner_hours),
  }));
}

/**
 * Active volunteers, by home buurt: attended a klus in the period (in that klus's month), or placed
 * in a vacature on or before the period's end (active in every month from the placement on).
 */
export async function activeVolunteerFigures(db: DbOrTrx, filter: Filter, months: string[]) {
  const { rows } = await sql<GroupingRow & { active: string }>`
    select ${groupingColumns}, count(distinct x.volunteer_id) as active
    from (
      select act.volunteer_id, b.wijk_code as wijk, b.gebied_slug as gebied, act.month
      from (
        select c.volunteer_id, ${amsterdamMonth(sql`o.starts_at`)} as month
        from claims c join opportunities o on o.id = c.opportunity_id
        where c.attendance = 'attended' and c.status <> 'cancelled'
          and ${inPeriod(sql`o.starts_at`, filter.period)} ${ofOrganisation(filter)}
        union
        select a.volunteer_id, m.month
        from applications a join opportunities o on o.id = a.opportunity_id
        cross join unnest(${months}::text[]) as m(month)
        where a.status = 'placed' and a.decided_at is not null
          and (a.decided_at at time zone 'Europe/Amsterdam')::date <= ${filter.period.to}::date
          and m.month >= ${amsterdamMonth(sql`a.decided_at`)} ${ofOrganisation(filter)}
      ) act
      left join volunteer_profiles vp on vp.user_id = act.volunteer_id
      left join buurten b on b.code = vp.home_buurt_code
    ) x
    group by ${groupingSets}`.execute(db);
  return keyed(rows).map((row) => ({ ...row, active: toNumber(row.active) }));
}

/**
 * New volunteers, by home buurt: for the municipality, accounts with the volunteer role made in the
 * period; for an organisation, people whose first claim or application with it falls in the period.
 */
export async function newVolunteerFigures(db: DbOrTrx, filter: Filter) {
  const firsts = filter.organisationId
    ? sql`
        select f.volunteer_id, min(f.at) as at from (
          select c.volunteer_id, c.created_at as at from claims c join opportunities o on o.id = c.opportunity_id
          where o.organisation_id = ${filter.organisationId}
          union all
          select a.volunteer_id, a.created_at as at from applications a join opportunities o on o.id = a.opportunity_id
          where o.organisation_id = ${filter.organisationId}
        ) f group by f.volunteer_id`
    : sql`
        select u.id as volunteer_id, u.created_at as at from users u
        join user_roles r on r.user_id = u.id and r.role_slug = 'volunteer'`;
  const { rows } = await sql<GroupingRow & { people: string }>`
    select ${groupingColumns}, count(distinct x.volunteer_id) as people
    from (
      select n.volunteer_id, b.wijk_code as wijk, b.gebied_slug as gebied, ${amsterdamMonth(sql`n.at`)} as month
      from (${firsts}) n
      left join volunteer_profiles vp on vp.user_id = n.volunteer_id
      left join buurten b on b.code = vp.home_buurt_code
      where ${inPeriod(sql`n.at`, filter.period)}
    ) x
    group by ${groupingSets}`.execute(db);
  return keyed(rows).map((row) => ({ ...row, people: toNumber(row.people) }));
}

/** Applications made in the period, by the vacature's place: how many were answered, and the median hours to the first answer. */
export async function responseFigures(db: DbOrTrx, filter: Filter) {
  const { rows } = await sql<
    GroupingRow & { applications: string; answered: string; median_response_hours: number | null }
  >`
    select ${groupingColumns},
      count(*) as applications,
      count(x.hours) as answered,
      percentile_cont(0.5) within group (order by x.hours) filter (where x.hours is not null) as median_response_hours
    from (
      select b.wijk_code as wijk, b.gebied_slug as gebied, ${amsterdamMonth(sql`a.created_at`)} as month,
        extract(epoch from a.first_response_at - a.created_at) / 3600 as hours
      from applications a
      join opportunities o on o.id = a.opportunity_id
      left join buurten b on b.code = o.buurt_code
      where ${inPeriod(sql`a.created_at`, filter.period)} ${ofOrganisation(filter)}
    ) x
    group by ${groupingSets}`.execute(db);
  return keyed(rows).map((row) => ({
    ...row,
    applications: toNumber(row.applications),
    answered: toNumber(row.answered),
    medianResponseHours: toNullableNumber(row.median_response_hours),
  }));
}

/** The place a skill or offer query is narrowed to. */
export type Place = { level: "municipality" } | { level: "gebied"; slug: string } | { level: "wijk"; code: string };

const inPlace = (place: Place) =>
  place.level === "wijk"
    ? sql`and b.wijk_code = ${place.code}`
    : place.level === "gebied"
      ? sql`and b.gebied_slug = ${place.slug}`
      : sql``;

/**
 * Demand and supply per skill in a place: klussen (in the period) and vacatures (published in it)
 * asking the skill and their spots; volunteers with the skill living there who had signed up by the
 * period's end (for an organisation: those active in its work in the period).
 */
export async function skillFigures(db: DbOrTrx, filter: Filter, place: Place) {
  const supplyPeople = filter.organisationId
    ? sql`
        select c.volunteer_id from claims c join opportunities o on o.id = c.opportunity_id
        where c.status <> 'cancelled' and o.organisation_id = ${filter.organisationId}
          and ${inPeriod(sql`o.starts_at`, filter.period)}
        union
        select a.volunteer_id from applications a join opportunities o on o.id = a.opportunity_id
        where o.organisation_id = ${filter.organisationId} and ${inPeriod(sql`a.created_at`, filter.period)}`
    : sql`
        select u.id as volunteer_id from users u join user_roles r on r.user_id = u.id and r.role_slug = 'volunteer'
        where (u.created_at at time zone 'Europe/Amsterdam')::date <= ${filter.period.to}::date`;
  const { rows } = await sql<{
    slug: string;
    name_nl: string;
    name_en: string;
    opportunities: string | null;
    spots: string | null;
    volunteers: string | null;
  }>`
    with demand as (
      select s.skill_slug, count(*) as opportunities, sum(case when o.kind = 'task' then coalesce(o.spots, 0) end) as spots
      from opportunity_skills s
      join opportunities o on o.id = s.opportunity_id
      left join buurten b on b.code = o.buurt_code
      where o.published_at is not null ${ofOrganisation(filter)} ${inPlace(place)}
        and ((o.kind = 'task' and ${inPeriod(sql`o.starts_at`, filter.period)})
          or (o.kind = 'vacancy' and ${inPeriod(sql`o.published_at`, filter.period)}))
      group by s.skill_slug
    ), supply as (
      select vs.skill_slug, count(distinct vs.user_id) as volunteers
      from volunteer_skills vs
      join (${supplyPeople}) p on p.volunteer_id = vs.user_id
      join volunteer_profiles vp on vp.user_id = vs.user_id
      left join buurten b on b.code = vp.home_buurt_code
      where true ${inPlace(place)}
      group by vs.skill_slug
    )
    select sk.slug, sk.name_nl, sk.name_en, d.opportunities, d.spots, s.volunteers
    from skills sk
    left join demand d on d.skill_slug = sk.slug
    left join supply s on s.skill_slug = sk.slug
    where d.skill_slug is not null or s.skill_slug is not null
    order by coalesce(d.spots, 0) + coalesce(d.opportunities, 0) desc, sk.name_nl`.execute(db);
  return rows.map((row) => ({
    slug: row.slug,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    opportunities: toNumber(row.opportunities),
    spots: toNumber(row.spots),
    volunteers: toNumber(row.volunteers),
  }));
}

/** Businesses' offers made in the period that reach a place (an offer without wijken reaches them all). */
export async function offersMade(db: DbOrTrx, period: Period, place: Place) {
  const reaches =
    place.level === "municipality"
      ? sql`true`
      : sql`(not exists (select 1 from market_listing_wijken w where w.listing_id = l.id)
          or exists (select 1 from market_listing_wijken w
            join buurten b on b.wijk_code = w.wijk_code
            where w.listing_id = l.id ${inPlace(place)}))`;
  const { rows } = await sql<{ offers: string }>`
    select count(*) as offers from market_listings l
    where l.side = 'offer' and ${inPeriod(sql`l.created_at`, period)} and ${reaches}`.execute(db);
  return toNumber(rows[0]?.offers);
}

/** The places to choose from: gebieden, wijken (with their gebieden) and buurten. */
export async function places(db: DbOrTrx) {
  const [gebieden, wijken, buurten] = await Promise.all([
    db.selectFrom("gebieden").select(["slug", "name"]).orderBy("name").execute(),
    db.selectFrom("wijken").select(["code", "name", "former_name as formerName"]).orderBy("code").execute(),
    db.selectFrom("buurten").select(["code", "wijk_code as wijkCode", "gebied_slug as gebiedSlug"]).execute(),
  ]);
  return { gebieden, wijken, buurten };
}

/** The organisations this person coordinates (approved ones), by name. */
export async function coordinatedOrganisations(db: DbOrTrx, userId: string) {
  return db
    .selectFrom("memberships as m")
    .innerJoin("organisations as g", "g.id", "m.organisation_id")
    .select(["g.id", "g.name"])
    .where("m.user_id", "=", userId)
    .where("m.role", "=", "coordinator")
    .where("g.approved_at", "is not", null)
    .orderBy("g.name")
    .execute();
}
