import type { DbOrTrx, Trx } from "../../../db/connect";
import type { ApplicationStatus } from "../../../db/schema";
import { openStatuses } from "./applications.schemas";
import { personName } from "../people/person-name";

export { displayNameOf } from "../accounts/accounts.repository";
export { coordinatorIds, isCoordinator } from "../organisations/memberships.repository";

/** The vacature an application is for, with what `apply` checks. */
export async function findOpportunity(db: DbOrTrx, opportunityId: string) {
  return db
    .selectFrom("opportunities")
    .select(["id", "organisation_id", "kind", "status", "published_at", "title"])
    .where("id", "=", opportunityId)
    .executeTakeFirst();
}

export async function findOpenApplicationId(db: DbOrTrx, opportunityId: string, volunteerId: string) {
  const row = await db
    .selectFrom("applications")
    .select("id")
    .where("opportunity_id", "=", opportunityId)
    .where("volunteer_id", "=", volunteerId)
    .where("status", "in", openStatuses)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function insertApplication(
  trx: Trx,
  values: { opportunityId: string; volunteerId: string; motivation: string },
) {
  return trx
    .insertInto("applications")
    .values({
      opportunity_id: values.opportunityId,
      volunteer_id: values.volunteerId,
      motivation: values.motivation,
      status: "new",
    })
    .returning(["id", "status", "created_at"])
    .executeTakeFirstOrThrow();
}

/** One application with its vacature, locked for a status change. */
export async function lockApplication(trx: Trx, applicationId: string) {
  return trx
    .selectFrom("applications as a")
    .innerJoin("opportunities as o", "o.id", "a.opportunity_id")
    .innerJoin("users as u", "u.id", "a.volunteer_id")
    .select([
      "a.id",
      "a.status",
      "a.volunteer_id",
      "a.first_response_at",
      "a.opportunity_id",
      "o.organisation_id",
      "o.title",
      personName("u").as("volunteer_name"),
    ])
    .where("a.id", "=", applicationId)
    .forUpdate("a")
    .executeTakeFirst();
}

export async function updateApplication(
  trx: Trx,
  applicationId: string,
  values: {
    status?: ApplicationStatus;
    first_response_at?: Date;
    decided_at?: Date;
    reminded_at?: Date;
  },
) {
  await trx
    .updateTable("applications")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", applicationId)
    .execute();
}

function selectListed(db: DbOrTrx) {
  return db
    .selectFrom("applications as a")
    .innerJoin("opportunities as o", "o.id", "a.opportunity_id")
    .innerJoin("organisations as org", "org.id", "o.organisation_id")
    .innerJoin("users as u", "u.id", "a.volunteer_id")
    .select([
      "a.id",
      "a.status",
      "a.motivation",
      "a.created_at",
      "a.first_response_at",
      "a.decided_at",
      "a.opportunity_id",
      "o.title",
      "org.id as organisation_id",
      "org.name as organisation_name",
      personName("u").as("volunteer_name"),
      "a.volunteer_id",
    ]);
}

export type ListedApplicationRow = Awaited<ReturnType<ReturnType<typeof selectListed>["execute"]>>[number];

export async function listForOrganisation(db: DbOrTrx, organisationId: string) {
  return selectListed(db)
    .where("o.organisation_id", "=", organisationId)
    .orderBy("a.created_at", "desc")
    .limit(500)
    .execute();
}

export async function listForVolunteer(db: DbOrTrx, volunteerId: string) {
  return selectListed(db)
    .where("a.volunteer_id", "=", volunteerId)
    .orderBy("a.created_at", "desc")
    .limit(200)
    .execute();
}

/** The applications a response rate is computed from: when they came in, were answered or closed. */
export async function responseRows(db: DbOrTrx, organisationId: string) {
  return db
    .selectFrom("applications as a")
    .innerJoin("opportunities as o", "o.id", "a.opportunity_id")
    .select(["a.status", "a.created_at", "a.first_response_at", "a.decided_at"])
    .where("o.organisation_id", "=", organisationId)
    .execute();
}

/** Unanswered new applications at least `olderThan` old and not yet reminded about, locked for this run. */
export async function lockUnremindedNew(trx: Trx, olderThan: Date, limit: number) {
  return trx
    .selectFrom("applications as a")
    .innerJoin("opportunities as o", "o.id", "a.opportunity_id")
    .innerJoin("users as u", "u.id", "a.volunteer_id")
    .select(["a.id", "a.created_at", "o.organisation_id", "o.title", personName("u").as("volunteer_name")])
    .where("a.status", "=", "new")
    .where("a.first_response_at", "is", null)
    .where("a.reminded_at", "is", null)
    .where("a.created_at", "<=", olderThan)
    .orderBy("a.created_at")
    .limit(limit)
    .forUpdate("a")
    .skipLocked()
    .execute();
}

/** Unanswered new applications that came in on or before `cutoff`, locked for this run. */
export async function lockExpired(trx: Trx, cutoff: Date, limit: number) {
  return trx
    .selectFrom("applications as a")
    .innerJoin("opportunities as o", "o.id", "a.opportunity_id")
    .select(["a.id", "a.volunteer_id", "a.opportunity_id", "o.title"])
    .where("a.status", "=", "new")
    .where("a.first_response_at", "is", null)
    .where("a.created_at", "<=", cutoff)
    .orderBy("a.created_at")
    .limit(limit)
    .forUpdate("a")
    .skipLocked()
    .execute();
}
