import { sql } from "kysely";
import type { DbOrTrx, Trx } from "../../../db/connect";
import type { OrganisationKind, PartnerType } from "../../../db/schema";
import { personName } from "../people/person-name";

export type InviteProblem = "unknown" | "expired" | "usedUp" | "revoked";

export interface InviteView {
  id: string;
  code: string;
  expiresAt: Date;
  maxUses: number;
  uses: number;
  usesLeft: number;
  state: "active" | InviteProblem;
  createdAt: Date;
}

export interface InvitingOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  partnerType: PartnerType | null;
}

export async function codeExists(db: DbOrTrx, code: string): Promise<boolean> {
  const row = await db
    .selectFrom("invite_codes")
    .select("id")
    .where(sql<string>`upper(code)`, "=", code.toUpperCase())
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertInvite(
  trx: Trx,
  values: { organisationId: string; code: string; createdBy: string; expiresAt: Date; maxUses: number },
): Promise<string> {
  const row = await trx
    .insertInto("invite_codes")
    .values({
      organisation_id: values.organisationId,
      code: values.code,
      created_by: values.createdBy,
      expires_at: values.expiresAt,
      max_uses: values.maxUses,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listInvites(db: DbOrTrx, organisationId: string, now: Date): Promise<InviteView[]> {
  const rows = await db
    .selectFrom("invite_codes")
    .select(["id", "code", "expires_at", "max_uses", "uses", "revoked_at", "created_at"])
    .where("organisation_id", "=", organisationId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    expiresAt: row.expires_at,
    maxUses: row.max_uses,
    uses: row.uses,
    usesLeft: row.max_uses - row.uses,
    state: problemOf(row, now) ?? "active",
    createdAt: row.created_at,
  }));
}

function problemOf(
  row: { expires_at: Date; max_uses: number; uses: number; revoked_at: Date | null },
  now: Date,
): InviteProblem | null {
  if (row.revoked_at) return "revoked";
  if (row.expires_at <= now) return "expired";
  if (row.uses >= row.max_uses) return "usedUp";
  return null;
}

/** The organisation behind a usable code, or why the code cannot be used. */
export async function lookUp(
  db: DbOrTrx,
  code: string,
  now: Date,
): Promise<{ organisation: InvitingOrganisation } | { problem: InviteProblem }> {
  const row = await db
    .selectFrom("invite_codes as i")
    .innerJoin("organisations as o", "o.id", "i.organisation_id")
    .select(["i.expires_at", "i.max_uses", "i.uses", "i.revoked_at", "o.id", "o.name", "o.kind", "o.partner_type"])
    .where(sql<string>`upper(i.code)`, "=", code.toUpperCase())
    .where("o.approved_at", "is not", null)
    .executeTakeFirst();
  if (!row) return { problem: "unknown" };
  const problem = problemOf(row, now);
  if (problem) return { problem };
  return { organisation: { id: row.id, name: row.name, kind: row.kind, partnerType: row.partner_type } };
}

/**
 * Takes one use of a code, or nothing. One UPDATE with every condition in its WHERE: concurrent
 * uses queue on the row lock and each re-checks `uses < max_uses` on the row it then sees, so the
 * count can never pass the maximum.
 */
export async function takeUse(trx: Trx, code: string, now: Date): Promise<string | null> {
  const row = await trx
    .updateTable("invite_codes")
    .set((eb) => ({ uses: eb("uses", "+", 1) }))
    .where(sql<string>`upper(code)`, "=", code.toUpperCase())
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .where((eb) => eb("uses", "<", eb.ref("max_uses")))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("organisations")
          .select("id")
          .whereRef("organisations.id", "=", "invite_codes.organisation_id")
          .where("approved_at", "is not", null),
      ),
    )
    .returning("organisation_id")
    .executeTakeFirst();
  return row?.organisation_id ?? null;
}

/** Revokes a code of this organisation only; false when no such code belongs to it. */
export async function revoke(db: DbOrTrx, organisationId: string, inviteId: string): Promise<boolean> {
  const result = await db
    .updateTable("invite_codes")
    .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` })
    .where("id", "=", inviteId)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The organisation's kind, when it is a business or partner this user coordinates (and it is approved). */
export async function coordinatedGroup(
  db: DbOrTrx,
  organisationId: string,
  userId: string,
): Promise<InvitingOrganisation | undefined> {
  return db
    .selectFrom("memberships as m")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select(["o.id", "o.name", "o.kind", "o.partner_type as partnerType"])
    .where("m.organisation_id", "=", organisationId)
    .where("m.user_id", "=", userId)
    .where("m.role", "=", "coordinator")
    .where("o.kind", "in", ["business", "partner"])
    .where("o.approved_at", "is not", null)
    .executeTakeFirst();
}

export async function coordinatedGroups(db: DbOrTrx, userId: string): Promise<InvitingOrganisation[]> {
  return db
    .selectFrom("memberships as m")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select(["o.id", "o.name", "o.kind", "o.partner_type as partnerType"])
    .where("m.user_id", "=", userId)
    .where("m.role", "=", "coordinator")
    .where("o.kind", "in", ["business", "partner"])
    .where("o.approved_at", "is not", null)
    .orderBy("o.name")
    .execute();
}

/** What a coordinator may see of members: the name they chose and the languages they speak. Nothing else. */
export interface MemberView {
  userId: string;
  displayName: string;
  languages: string[];
  joinedAt: Date;
}

export async function listMembers(db: DbOrTrx, organisationId: string): Promise<MemberView[]> {
  return db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .leftJoin("volunteer_profiles as p", "p.user_id", "m.user_id")
    .select([
      "m.user_id as userId",
      personName("u").as("displayName"),
      sql<string[]>`coalesce(p.languages, '{}')`.as("languages"),
      "m.created_at as joinedAt",
    ])
    .where("m.organisation_id", "=", organisationId)
    .where("m.role", "=", "member")
    .orderBy("u.display_name")
    .orderBy("m.user_id")
    .execute();
}
