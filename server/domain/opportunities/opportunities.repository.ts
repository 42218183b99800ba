import { sql, type Expression, type ExpressionBuilder, type SqlBool } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Db, Trx } from "../../../db/connect";
import type { Database, OpportunityKind } from "../../../db/schema";
import type { PublishOpportunityInput } from "./opportunities.schemas";
import type { OpportunityCard, OpportunityDetail, PublishableOrganisation } from "./opportunities.types";

type DbOrTrx = Db | Trx;
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

/** Cards for these ids that are still listed, in the order of `ids`. */
export async function findListedCards(
  db: DbOrTrx,
  ids: readonly string[],
  now = new Date(),
): Promise<OpportunityCard[]> {
  if (ids.length === 0) return [];
  const rows = await selectCards(db)
    .where("opportunities.id", "in", ids)
    .where((eb) => isListed(eb, now))
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

export async function findMembershipRole(db: DbOrTrx, organisationId: string, userId: string) {
  const row = await db
    .selectFrom("memberships")
    .select("role")
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.role ?? null;
}

export async function listCoordinatedOrganisations(db: DbOrTrx, userId: string): Promise<PublishableOrganisation[]> {
  return db
    .selectFrom("memberships")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select(["organisations.id", "organisations.name"])
    .where("memberships.user_id", "=", userId)
    .where("memberships.role", "=", "coordinator")
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

/** Inserts a published, open opportunity and its skills; returns the new id. */
export async function insertPublishedOpportunity(
  trx: Trx,
  input: PublishOpportunityInput,
  createdBy: string,
): Promise<string> {
  const { id } = await trx
    .insertInto("opportunities")
    .values({
      organisation_id: input.organisationId,
      kind: input.kind,
      status: "open",
      title: input.title,
      description: input.description,
      buurt_code: input.buurtCode,
      address: input.address,
      is_online: input.isOnline,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      spots: input.spots,
      hours_per_week: input.hoursPerWeek,
      vog_required: input.flags.vogRequired,
      suitable_newcomers: input.flags.suitableNewcomers,
      suitable_students: input.flags.suitableStudents,
      suitable_groups: input.flags.suitableGroups,
      suitable_businesses: input.flags.suitableBusinesses,
      languages: input.languages,
      accessibility_notes: input.accessibilityNotes,
      created_by: createdBy,
      published_at: sql<Date>`now()`,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (input.skills.length > 0) {
    await trx
      .insertInto("opportunity_skills")
      .values(input.skills.map((skill_slug) => ({ opportunity_id: id, skill_slug })))
      .execute();
  }
  return id;
}

type DetailRow = Omit<OpportunityDetail, "canManage"> & { organisationId: string };

/** One opportunity with its organisation, place and skills, whatever its status. */
export async function findDetail(db: DbOrTrx, id: string): Promise<DetailRow | null> {
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
      "opportunities.languages",
      "opportunities.accessibility_notes as accessibilityNotes",
      "opportunities.vog_required as vogRequired",
      "opportunities.suitable_newcomers as suitableNewcomers",
      "opportunities.suitable_students as suitableStudents",
      "opportunities.suitable_groups as suitableGroups",
      "opportunities.suitable_businesses as suitableBusinesses",
      "opportunities.published_at as publishedAt",
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
  };
}
