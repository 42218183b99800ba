import { sql, type Transaction } from "kysely";
import type { DbOrTrx } from "../../../db/connect";
import type { Database, ListingSide, ListingStatus, ListingType, OrganisationKind } from "../../../db/schema";
import type { ListingInput } from "./listings.schemas";

/** An offer or request as pages and the matching rule use it; dates as YYYY-MM-DD. */
export interface ListingRow {
  id: string;
  organisationId: string;
  organisationName: string;
  side: ListingSide;
  type: ListingType;
  status: ListingStatus;
  title: string;
  description: string;
  capacityAmount: number;
  capacityUnit: "people" | "hours";
  periodStart: string;
  periodEnd: string;
  skills: string[];
  wijken: string[];
}

/** The organisation of `kind` this person coordinates (the first, when there are several). */
export async function coordinatedOrganisation(db: DbOrTrx, userId: string, kind: OrganisationKind) {
  return db
    .selectFrom("memberships")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select(["organisations.id", "organisations.name"])
    .where("memberships.user_id", "=", userId)
    .where("memberships.role", "=", "coordinator")
    .where("organisations.kind", "=", kind)
    .orderBy("organisations.name")
    .executeTakeFirst();
}

function selectListings(db: DbOrTrx) {
  return db
    .selectFrom("market_listings as l")
    .innerJoin("organisations as o", "o.id", "l.organisation_id")
    .select((eb) => [
      "l.id",
      "l.organisation_id as organisationId",
      "o.name as organisationName",
      "l.side",
      "l.type",
      "l.status",
      "l.title",
      "l.description",
      "l.capacity_amount as capacityAmount",
      "l.capacity_unit as capacityUnit",
      sql<string>`to_char(l.period_start, 'YYYY-MM-DD')`.as("periodStart"),
      sql<string>`to_char(l.period_end, 'YYYY-MM-DD')`.as("periodEnd"),
      eb
        .selectFrom("market_listing_skills as s")
        .select(sql<string[]>`coalesce(array_agg(s.skill_slug order by s.skill_slug), '{}')`.as("skills"))
        .whereRef("s.listing_id", "=", "l.id")
        .as("skills"),
      eb
        .selectFrom("market_listing_wijken as w")
        .select(sql<string[]>`coalesce(array_agg(w.wijk_code order by w.wijk_code), '{}')`.as("wijken"))
        .whereRef("w.listing_id", "=", "l.id")
        .as("wijken"),
    ]);
}

type SelectedListing = Omit<ListingRow, "skills" | "wijken"> & { skills: string[] | null; wijken: string[] | null };
const toRow = (row: SelectedListing): ListingRow => ({ ...row, skills: row.skills ?? [], wijken: row.wijken ?? [] });

export async function findListing(db: DbOrTrx, id: string): Promise<ListingRow | undefined> {
  const row = await selectListings(db).where("l.id", "=", id).executeTakeFirst();
  return row && toRow(row);
}

export async function listForOrganisation(db: DbOrTrx, organisationId: string, side: ListingSide) {
  const rows = await selectListings(db)
    .where("l.organisation_id", "=", organisationId)
    .where("l.side", "=", side)
    .orderBy("l.status", "desc")
    .orderBy("l.period_start")
    .execute();
  return rows.map(toRow);
}

/** Open listings of `side` whose period has not ended, from every organisation but `exceptOrganisationId`. */
export async function listOpen(db: DbOrTrx, side: ListingSide, today: string, exceptOrganisationId?: string) {
  let query = selectListings(db)
    .where("l.side", "=", side)
    .where("l.status", "=", "open")
    .where(sql<boolean>`l.period_end >= ${today}::date`);
  if (exceptOrganisationId) query = query.where("l.organisation_id", "<>", exceptOrganisationId);
  return (await query.execute()).map(toRow);
}

function columnsOf(input: ListingInput) {
  return {
    type: input.type,
    title: input.title,
    description: input.description,
    capacity_amount: input.capacityAmount,
    capacity_unit: input.capacityUnit,
    period_start: input.periodStart,
    period_end: input.periodEnd,
  };
}

async function replaceTags(trx: Transaction<Database>, listingId: string, input: ListingInput) {
  await trx.deleteFrom("market_listing_skills").where("listing_id", "=", listingId).execute();
  await trx.deleteFrom("market_listing_wijken").where("listing_id", "=", listingId).execute();
  if (input.skills.length > 0) {
    await trx
      .insertInto("market_listing_skills")
      .values(input.skills.map((skill_slug) => ({ listing_id: listingId, skill_slug })))
      .execute();
  }
  if (input.wijken.length > 0) {
    await trx
      .insertInto("market_listing_wijken")
      .values(input.wijken.map((wijk_code) => ({ listing_id: listingId, wijk_code })))
      .execute();
  }
}

export async function insertListing(
  trx: Transaction<Database>,
  values: { organisationId: string; side: ListingSide; createdBy: string; isDemo?: boolean },
  input: ListingInput,
): Promise<string> {
  const { id } = await trx
    .insertInto("market_listings")
    .values({
      ...columnsOf(input),
      organisation_id: values.organisationId,
      side: values.side,
      created_by: values.createdBy,
      is_demo: values.isDemo ?? false,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await replaceTags(trx, id, input);
  return id;
}

/** Locks the listing row, so an edit and a close of the same listing never interleave. */
export async function lockListing(trx: Transaction<Database>, id: string) {
  return trx
    .selectFrom("market_listings")
    .select(["id", "organisation_id as organisationId", "side", "status"])
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateListing(trx: Transaction<Database>, id: string, input: ListingInput) {
  await trx
    .updateTable("market_listings")
    .set({ ...columnsOf(input), updated_at: new Date() })
    .where("id", "=", id)
    .execute();
  await replaceTags(trx, id, input);
}

export async function closeListing(trx: Transaction<Database>, id: string) {
  await trx
    .updateTable("market_listings")
    .set({ status: "closed", closed_at: new Date(), updated_at: new Date() })
    .where("id", "=", id)
    .execute();
}

/** Which of `skills` and `wijken` exist, so unknown codes are refused beside their field. */
export async function knownTags(db: DbOrTrx, skills: string[], wijken: string[]) {
  const [knownSkills, knownWijken] = await Promise.all([
    skills.length ? db.selectFrom("skills").select("slug").where("slug", "in", skills).execute() : [],
    wijken.length ? db.selectFrom("wijken").select("code").where("code", "in", wijken).execute() : [],
  ]);
  return { skills: knownSkills.length === skills.length, wijken: knownWijken.length === wijken.length };
}
