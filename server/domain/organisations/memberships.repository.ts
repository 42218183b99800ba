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

export async function isCoordinator(db: DbOrTrx, organisationId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("memberships")
    .select("role")
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.role === "coordinator";
}

export async function coordinatesAnyOrganisation(db: DbOrTrx, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("memberships")
    .select("user_id")
    .where("user_id", "=", userId)
    .where("role", "=", "coordinator")
    .executeTakeFirst();
  return row !== undefined;
}
