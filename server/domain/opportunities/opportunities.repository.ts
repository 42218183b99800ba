import { takenSpots } from "../claims/taken-spots";
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from "kysely";
import { jsonArrayFrom, jsonObjectFrom } from "kysely/helpers/postgres";
import type { DbOrTrx, Trx } from "../../../db/connect";
import type { Database, OpportunityKind, OpportunityStatus, Recurrence } from "../../../db/schema";
import type { OpportunityFieldsInput } from "./opportunities.schemas";
import type {
  ManagedOpportunity,
  OpportunityCard,
  OpportunityDetail,
  PublishableOrganisation,
} from "./opportunities.types";

type OpportunityScope = ExpressionBuilder<Database, "opportunities">;

const EXCERPT_LENGTH = 180;

/** Open, published, and (for a klus) not yet over: what volunteers may find and respond to. */
export function isListed(eb: OpportunityScope, now: Date): Expression<SqlBool> {
  return eb.and([
    eb("opportunities.status", "=", "open"),
    eb("opportunities.published_at", "is not", null),
    eb.or([eb("opportunities.ends_at", "is", null), eb("opportunities.ends_at", ">", now)]),
  ]);
}

/** The columns and joins behind an OpportunityCard, for lists and live updates. */
export function selectCards(db: DbOrTrx) {
  return db
    .selectFrom("opportunities")
    .innerJoin("organisations", "organisations.id", "opportunities.organisation_id")
    .leftJoin("buurten", "buurten.code", "opportunities.buurt_code")
    .leftJoin("wijken", "wijken.code", "buurten.wijk_code")
    .select([
      "opportunities.id",
      "opportunities.kind",
      "opportunities.title",
      "opportunities.description",
      "organisations.name as organisationName",
      "buurten.name as buurtName",
      "wijken.name as wijkName",
      "opportunities.is_online as isOnline",
      "opportunities.starts_at as startsAt",
      "opportunities.ends_at as endsAt",
      "opportunities.spots",
      "opportunities.published_at as publishedAt",
      "opportunities.vog_required as vogRequired",
      "opportunities.suitable_newcomers as suitableNewcomers",
      "opportunities.suitable_students as suitableStudents",
      "opportunities.suitable_groups as suitableGroups",
      "opportunities.suitable_businesses as suitableBusinesses",
    ]);
}

type CardRow = Awaited<ReturnType<ReturnType<typeof selectCards>["executeTakeFirstOrThrow"]>>;

/** The first words of a text, cut at a word boundary, for a card. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?-]+$/, "")}…`;
}

export function toCard(row: CardRow): OpportunityCard {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    excerpt: excerpt(row.description),
    organisationName: row.organisationName,
    buurtName: row.buurtName,
    wijkName: row.wijkName,
    isOnline: row.isOnline,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    spots: row.spots,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    flags: {
      vogRequired: row.vogRequired,
      suitableNewcomers: row.suitableNewcomers,
      suitableStudents: row.suitableStudents,
      suitableGroups: row.suitableGroups,
      suitableBusinesses: row.suitableBusinesses,
    },
  };
}

/**
 * Cards for these ids that are still listed and not full, in the order of `ids`. Checked in
 * PostgreSQL, so a klus whose last spot was just claimed leaves the results at once, however long
 * the search index takes to hear of it.
 */
export async function findListedCards(
  db: DbOrTrx,
  ids: readonly string[],
  now = new Date(),
): Promise<OpportunityCard[]> {
  if (ids.length === 0) return [];
  const rows = await selectCards(db)
    .where("opportunities.id", "in", ids)
    .where((eb) => isListed(eb, now))
    .where((eb) =>
      eb.or([
        eb("opportunities.spots", "is", null),
        eb(takenSpots(eb.ref("opportunities.id")), "<", eb.ref("opportunities.spots")),
      ]),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.id, toCard(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function listNewestCards(
  db: DbOrTrx,
  options: { kind?: OpportunityKind; limit: number; now?: Date },
): Promise<OpportunityCard[]> {
  let query = selectCards(db).where((eb) => isListed(eb, options.now ?? new Date()));
  if (options.kind) query = query.where("opportunities.kind", "=", options.kind);
  const rows = await query
    .orderBy("opportunities.published_at", "desc")
    .orderBy("opportunities.id")
    .limit(options.limit)
    .execute();
  return rows.map(toCard);
}

/** The user's role in an organisation the municipality approved (a pending one has no members yet). */
/** The user's role in the organisation; none until the municipality approved the organisation. */
function approvedMembershipRole(db: DbOrTrx, organisationId: string | Expression<string>, userId: string | null) {
  return db
    .selectFrom("memberships")
    .innerJoin("organisations as approved", "approved.id", "memberships.organisation_id")
    .select("memberships.role")
    .where("memberships.organisation_id", "=", organisationId)
    .where("memberships.user_id", "=", userId)
    .where("approved.approved_at", "is not", null);
}

export async function findMembershipRole(db: DbOrTrx, organisationId: string, userId: string) {
  const row = await approvedMembershipRole(db, organisationId, userId).executeTakeFirst();
  return row?.role ?? null;
}

export async function listCoordinatedOrganisations(db: DbOrTrx, userId: string): Promise<PublishableOrganisation[]> {
  return db
    .selectFrom("memberships")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select(["organisations.id", "organisations.name"])
    .where("memberships.user_id", "=", userId)
    .where("memberships.role", "=", "coordinator")
    .where("organisations.approved_at", "is not", null)
    .orderBy("organisations.name")
    .execute();
}

/** The slugs among `slugs` that are not in the skills taxonomy. */
export async function findUnknownSkillSlugs(db: DbOrTrx, slugs: readonly string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const known = await db.selectFrom("skills").select("slug").where("slug", "in", slugs).execute();
  const knownSet = new Set(known.map((row) => row.slug));
  return slugs.filter((slug) => !knownSet.has(slug));
}

export async function buurtExists(db: DbOrTrx, code: string): Promise<boolean> {
  const row = await db.selectFrom("buurten").select("code").where("code", "=", code).executeTakeFirst();
  return row !== undefined;
}

/** The opportunity columns that publish and edit both write. */
function fieldColumns(fields: OpportunityFieldsInput) {
  return {
    kind: fields.kind,
    title: fields.title,
    description: fields.description,
    buurt_code: fields.buurtCode,
    address: fields.address,
    is_online: fields.isOnline,
    starts_at: fields.startsAt,
    ends_at: fields.endsAt,
    spots: fields.spots,
    hours_per_week: fields.hoursPerWeek,
    min_age: fields.minAge,
    period: fields.period,
    selection_steps: fields.selectionSteps,
    vog_required: fields.flags.vogRequired,
    suitable_newcomers: fields.flags.suitableNewcomers,
    suitable_students: fields.flags.suitableStudents,
    suitable_groups: fields.flags.suitableGroups,
    suitable_businesses: fields.flags.suitableBusinesses,
    board_exchange: fields.flags.boardExchange,
    languages: fields.languages,
    accessibility_notes: fields.accessibilityNotes,
  };
}

async function insertSkills(trx: Trx, opportunityId: string, skills: readonly string[]) {
  if (skills.length === 0) return;
  await trx
    .insertInto("opportunity_skills")
    .values(skills.map((skill_slug) => ({ opportunity_id: opportunityId, skill_slug })))
    .execute();
}

/** Inserts an opportunity (open and published unless `status` says draft) and its skills; returns the new id. */
export async function insertOpportunity(
  trx: Trx,
  organisationId: string,
  fields: OpportunityFieldsInput,
  options: { createdBy: string; status?: "open" | "draft"; seriesId?: string | null },
): Promise<string> {
  const status = options.status ?? "open";
  const { id } = await trx
    .insertInto("opportunities")
    .values({
      ...fieldColumns(fields),
      organisation_id: organisationId,
      status,
      created_by: options.createdBy,
      series_id: options.seriesId ?? null,
      published_at: status === "open" ? sql<Date>`now()` : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await insertSkills(trx, id, fields.skills);
  return id;
}

export async function insertSeries(
  trx: Trx,
  series: { organisationId: string; recurrence: Recurrence; repeatUntil: string },
): Promise<string> {
  const { id } = await trx
    .insertInto("opportunity_series")
    .values({
      organisation_id: series.organisationId,
      recurrence: series.recurrence,
      repeat_until: series.repeatUntil,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/** Replaces an opportunity's editable fields and its skills. */
export async function updateOpportunityFields(trx: Trx, id: string, fields: OpportunityFieldsInput): Promise<void> {
  await trx
    .updateTable("opportunities")
    .set({ ...fieldColumns(fields), updated_at: sql<Date>`now()` })
    .where("id", "=", id)
    .execute();
  await trx.deleteFrom("opportunity_skills").where("opportunity_id", "=", id).execute();
  await insertSkills(trx, id, fields.skills);
}

/**
 * The row a coordinator manages, locked for the rest of the transaction: claiming locks the same
 * row, so the count of active claims cannot change between the check and the edit.
 */
export async function lockForManagement(trx: Trx, id: string) {
  return trx.selectFrom("opportunities").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function skillSlugsOf(db: DbOrTrx, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom("opportunity_skills")
    .select("skill_slug")
    .where("opportunity_id", "=", id)
    .orderBy("skill_slug")
    .execute();
  return rows.map((row) => row.skill_slug);
}

/** Active claims plus team spots reserved without a name: a klus's spots cannot go below this. */
export async function countActiveClaims(db: DbOrTrx, opportunityId: string): Promise<number> {
  const { rows } = await sql<{ taken: number }>`select ${takenSpots(opportunityId)} as taken`.execute(db);
  return Number(rows[0]?.taken ?? 0);
}

export async function setStatus(trx: Trx, id: string, status: OpportunityStatus): Promise<void> {
  await trx
    .updateTable("opportunities")
    .set((eb) => ({
      status,
      updated_at: sql<Date>`now()`,
      // The first time it goes open it is published; pausing and closing keep that moment.
      published_at: status === "open" ? eb.fn.coalesce("published_at", sql<Date>`now()`) : eb.ref("published_at"),
    }))
    .where("id", "=", id)
    .execute();
}

export async function findOrganisationName(db: DbOrTrx, organisationId: string): Promise<string | null> {
  const row = await db.selectFrom("organisations").select("name").where("id", "=", organisationId).executeTakeFirst();
  return row?.name ?? null;
}

/** An organisation's opportunities with their claim and application counts, soonest and newest first. */
export async function listOrganisationOverview(db: DbOrTrx, organisationId: string): Promise<ManagedOpportunity[]> {
  const count = (eb: ExpressionBuilder<Database, "opportunities">, table: "claims" | "applications", status: string) =>
    eb
      .selectFrom(table)
      .select((sub) => sub.fn.countAll<string>().as("n"))
      .whereRef(`${table}.opportunity_id`, "=", "opportunities.id")
      .where(`${table}.status`, "=", status as never);
  const rows = await db
    .selectFrom("opportunities")
    .select((eb) => [
      "opportunities.id",
      "opportunities.kind",
      "opportunities.status",
      "opportunities.title",
      "opportunities.starts_at as startsAt",
      "opportunities.ends_at as endsAt",
      "opportunities.spots",
      "opportunities.series_id as seriesId",
      "opportunities.published_at as publishedAt",
      count(eb, "claims", "active").as("activeClaims"),
      count(eb, "claims", "waitlisted").as("waitlisted"),
      jsonObjectFrom(
        eb
          .selectFrom("applications")
          .select((sub) => [
            sql<number>`count(*) filter (where status = 'new')::int`.as("new"),
            sql<number>`count(*) filter (where status = 'in_conversation')::int`.as("in_conversation"),
            sql<number>`count(*) filter (where status = 'placed')::int`.as("placed"),
            sql<number>`count(*) filter (where status = 'declined')::int`.as("declined"),
            sql<number>`count(*) filter (where status = 'withdrawn')::int`.as("withdrawn"),
            sql<number>`count(*) filter (where status = 'expired')::int`.as("expired"),
            sub.fn.countAll<number>().as("total"),
          ])
          .whereRef("applications.opportunity_id", "=", "opportunities.id"),
      ).as("applications"),
    ])
    .where("opportunities.organisation_id", "=", organisationId)
    // Open work first, then paused, drafts and closed; within each, klussen by date, then newest.
    .orderBy(sql`case opportunities.status when 'open' then 0 when 'paused' then 1 when 'draft' then 2 else 3 end`)
    .orderBy("opportunities.starts_at", sql`asc nulls last`)
    .orderBy("opportunities.created_at", "desc")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    spots: row.spots,
    seriesId: row.seriesId,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    activeClaims: Number(row.activeClaims ?? 0),
    waitlisted: Number(row.waitlisted ?? 0),
    applications: {
      new: Number(row.applications?.new ?? 0),
      in_conversation: Number(row.applications?.in_conversation ?? 0),
      placed: Number(row.applications?.placed ?? 0),
      declined: Number(row.applications?.declined ?? 0),
      withdrawn: Number(row.applications?.withdrawn ?? 0),
      expired: Number(row.applications?.expired ?? 0),
      total: Number(row.applications?.total ?? 0),
    },
  }));
}

type DetailRow = Omit<OpportunityDetail, "canManage"> & { organisationId: string; viewerRole: string | null };

/**
 * One opportunity with its organisation, place and skills, whatever its status, and the viewer's role
 * in its organisation (as `findMembershipRole`) in the same statement.
 */
export async function findDetail(db: DbOrTrx, id: string, viewerId: string | null): Promise<DetailRow | null> {
  const row = await db
    .selectFrom("opportunities")
    .innerJoin("organisations", "organisations.id", "opportunities.organisation_id")
    .leftJoin("buurten", "buurten.code", "opportunities.buurt_code")
    .leftJoin("wijken", "wijken.code", "buurten.wijk_code")
    .leftJoin("gebieden", "gebieden.slug", "buurten.gebied_slug")
    .select((eb) => [
      "opportunities.id",
      "opportunities.kind",
      "opportunities.status",
      "opportunities.title",
      "opportunities.description",
      "opportunities.organisation_id as organisationId",
      "organisations.name as organisationName",
      "organisations.slug as organisationSlug",
      "organisations.website as organisationWebsite",
      "buurten.code as buurtCode",
      "buurten.name as buurtName",
      "wijken.code as wijkCode",
      "wijken.name as wijkName",
      "wijken.former_name as wijkFormerName",
      "gebieden.slug as gebiedSlug",
      "gebieden.name as gebiedName",
      "opportunities.address",
      "opportunities.is_online as isOnline",
      "opportunities.starts_at as startsAt",
      "opportunities.ends_at as endsAt",
      "opportunities.spots",
      "opportunities.hours_per_week as hoursPerWeek",
      "opportunities.min_age as minAge",
      "opportunities.period",
      "opportunities.selection_steps as selectionSteps",
      "opportunities.languages",
      "opportunities.accessibility_notes as accessibilityNotes",
      "opportunities.vog_required as vogRequired",
      "opportunities.suitable_newcomers as suitableNewcomers",
      "opportunities.suitable_students as suitableStudents",
      "opportunities.suitable_groups as suitableGroups",
      "opportunities.suitable_businesses as suitableBusinesses",
      "opportunities.published_at as publishedAt",
      "opportunities.hidden_at as hiddenAt",
      jsonArrayFrom(
        eb
          .selectFrom("opportunity_skills")
          .innerJoin("skills", "skills.slug", "opportunity_skills.skill_slug")
          .innerJoin("skill_categories", "skill_categories.slug", "skills.category_slug")
          .select(["skills.slug", "skills.name_nl as nameNl", "skills.name_en as nameEn"])
          .whereRef("opportunity_skills.opportunity_id", "=", "opportunities.id")
          .orderBy("skill_categories.position")
          .orderBy("skills.position"),
      ).as("skills"),
      approvedMembershipRole(db, eb.ref("opportunities.organisation_id"), viewerId).as("viewerRole"),
    ])
    .where("opportunities.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    description: row.description,
    organisationId: row.organisationId,
    viewerRole: row.viewerRole,
    organisation: {
      id: row.organisationId,
      name: row.organisationName,
      slug: row.organisationSlug,
      website: row.organisationWebsite,
    },
    buurt: row.buurtCode && row.buurtName ? { code: row.buurtCode, name: row.buurtName } : null,
    wijk:
      row.wijkCode && row.wijkName ? { code: row.wijkCode, name: row.wijkName, formerName: row.wijkFormerName } : null,
    gebied: row.gebiedSlug && row.gebiedName ? { slug: row.gebiedSlug, name: row.gebiedName } : null,
    address: row.address,
    isOnline: row.isOnline,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    spots: row.spots,
    hoursPerWeek: row.hoursPerWeek === null ? null : Number(row.hoursPerWeek),
    minAge: row.minAge,
    period: row.period,
    selectionSteps: row.selectionSteps,
    languages: row.languages,
    accessibilityNotes: row.accessibilityNotes,
    flags: {
      vogRequired: row.vogRequired,
      suitableNewcomers: row.suitableNewcomers,
      suitableStudents: row.suitableStudents,
      suitableGroups: row.suitableGroups,
      suitableBusinesses: row.suitableBusinesses,
    },
    skills: row.skills,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    hiddenByModeration: row.hiddenAt !== null,
  };
}
