import type { DbOrTrx } from "../../../db/connect";

/** The user ids of an organisation's coordinators. */
export async function coordinatorIds(db: DbOrTrx, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("memberships")
    .select("user_id")
    .where("organisation_id", "=", organisationId)
    .where("role", "=", "coordinator")
    .execute();
  return rows.map((row) => row.user_id);
}

/**
 * True when the user coordinates this organisation and the municipality approved it: a registered
 * business or partner waiting for approval cannot act as an organisation yet.
 */
export async function isCoordinator(db: DbOrTrx, organisationId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("memberships")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select("memberships.role")
    .where("memberships.organisation_id", "=", organisationId)
    .where("memberships.user_id", "=", userId)
    .where("organisations.approved_at", "is not", null)
    .executeTakeFirst();
  return row?.role === "coordinator";
}

export async function coordinatesAnyOrganisation(db: DbOrTrx, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("memberships")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select("memberships.user_id")
    .where("memberships.user_id", "=", userId)
    .where("memberships.role", "=", "coordinator")
    .where("organisations.approved_at", "is not", null)
    .executeTakeFirst();
  return row !== undefined;
}
