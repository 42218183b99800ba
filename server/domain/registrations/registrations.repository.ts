import { sql } from "kysely";
import type { DbOrTrx, Trx } from "../../../db/connect";
import type { OrganisationKind, PartnerType } from "../../../db/schema";
import { personName } from "../people/person-name";

export interface PendingRegistration {
  id: string;
  name: string;
  kind: OrganisationKind;
  partnerType: PartnerType | null;
  description: string;
  buurtName: string | null;
  coordinatorName: string;
  coordinatorEmail: string | null;
  createdAt: Date;
}

export interface RegistrationStatus {
  id: string;
  name: string;
  kind: OrganisationKind;
  state: "pending" | "approved" | "rejected";
  rejectionReason: string | null;
}

/** A slug that is free: the name's slug, or with a short suffix when another organisation has it. */
export async function freeSlug(trx: Trx, base: string): Promise<string> {
  const taken = await trx
    .selectFrom("organisations")
    .select("slug")
    .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base}-%`)]))
    .execute();
  const slugs = new Set(taken.map((row) => row.slug));
  if (!slugs.has(base)) return base;
  for (let n = 2; ; n++) if (!slugs.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function insertPendingOrganisation(
  trx: Trx,
  values: {
    slug: string;
    name: string;
    kind: "business" | "partner";
    partnerType: PartnerType | null;
    description: string;
    buurtCode: string;
  },
): Promise<string> {
  const row = await trx
    .insertInto("organisations")
    .values({
      slug: values.slug,
      name: values.name,
      kind: values.kind,
      partner_type: values.partnerType,
      description: values.description,
      buurt_code: values.buurtCode,
      approved_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function buurtExists(db: DbOrTrx, code: string): Promise<boolean> {
  return (await db.selectFrom("buurten").select("code").where("code", "=", code).executeTakeFirst()) !== undefined;
}

/** Registrations nobody decided on yet, oldest first, with the person who registered. */
export async function listPending(db: DbOrTrx): Promise<PendingRegistration[]> {
  return db
    .selectFrom("organisations as o")
    .leftJoin("buurten as b", "b.code", "o.buurt_code")
    .innerJoin("memberships as m", (join) =>
      join.onRef("m.organisation_id", "=", "o.id").on("m.role", "=", "coordinator"),
    )
    .innerJoin("users as u", "u.id", "m.user_id")
    .select([
      "o.id",
      "o.name",
      "o.kind",
      "o.partner_type as partnerType",
      "o.description",
      "b.name as buurtName",
      personName("u").as("coordinatorName"),
      "u.email as coordinatorEmail",
      "o.created_at as createdAt",
    ])
    .where("o.approved_at", "is", null)
    .where("o.rejected_at", "is", null)
    .orderBy("o.created_at")
    .orderBy("o.id")
    .execute();
}

/** Records the decision when nobody decided before; false when it was already decided (or unknown). */
export async function decide(
  trx: Trx,
  organisationId: string,
  decision: { approve: true; by: string } | { approve: false; by: string; reason: string | null },
): Promise<boolean> {
  const result = await trx
    .updateTable("organisations")
    .set(
      decision.approve
        ? { approved_at: sql<Date>`now()`, approved_by: decision.by }
        : { rejected_at: sql<Date>`now()`, rejected_by: decision.by, rejection_reason: decision.reason },
    )
    .where("id", "=", organisationId)
    .where("approved_at", "is", null)
    .where("rejected_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The organisations this user coordinates, with where each stands with the municipality. */
export async function statusesOf(db: DbOrTrx, userId: string): Promise<RegistrationStatus[]> {
  const rows = await db
    .selectFrom("memberships as m")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select(["o.id", "o.name", "o.kind", "o.approved_at", "o.rejected_at", "o.rejection_reason"])
    .where("m.user_id", "=", userId)
    .where("m.role", "=", "coordinator")
    .orderBy("o.name")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    state: row.approved_at ? "approved" : row.rejected_at ? "rejected" : "pending",
    rejectionReason: row.rejection_reason,
  }));
}

export async function coordinatorsOf(
  db: DbOrTrx,
  organisationId: string,
): Promise<Array<{ userId: string; organisationName: string }>> {
  return db
    .selectFrom("memberships as m")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select(["m.user_id as userId", "o.name as organisationName"])
    .where("m.organisation_id", "=", organisationId)
    .where("m.role", "=", "coordinator")
    .execute();
}
