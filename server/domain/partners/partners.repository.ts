import { sql } from "kysely";
import type { DbOrTrx } from "../../../db/connect";
import type { OpportunityKind } from "../../../db/schema";

export interface GroupOpportunity {
  id: string;
  kind: OpportunityKind;
  title: string;
  organisationName: string;
  startsAt: Date | null;
  buurtName: string | null;
  /** Why it suits the group, as keys of the "partners" namespace's `reasons`. */
  reasons: Array<"newcomers" | "students" | "groups" | "languages" | "near" | "boardExchange">;
}

/** The languages the members of an organisation speak, each once. */
export async function memberLanguages(db: DbOrTrx, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("memberships as m")
    .innerJoin("volunteer_profiles as p", "p.user_id", "m.user_id")
    .select(sql<string>`unnest(p.languages)`.as("language"))
    .where("m.organisation_id", "=", organisationId)
    .where("m.role", "=", "member")
    .distinct()
    .execute();
  return rows.map((row) => row.language);
}

/**
 * Open vacatures and upcoming klussen that suit a group: marked for newcomers (COA) or students
 * (associations, schools), for groups, a board exchange (associations), or in a language the members
 * speak; for an association its board exchanges first, then nearest to the partner's buurt, then soonest.
 */
export async function listForGroup(
  db: DbOrTrx,
  group: { buurtCode: string | null; partnerType: string | null; languages: string[] },
  now: Date,
  limit = 30,
): Promise<GroupOpportunity[]> {
  const forNewcomers = group.partnerType === "coa";
  const forStudents = group.partnerType === "student_association" || group.partnerType === "school";
  const forBoards = group.partnerType === "student_association";
  const languages = group.languages.filter((language) => language !== "nl");
  const home = group.buurtCode
    ? await db
        .selectFrom("buurten")
        .select(["lat", "lon", "wijk_code"])
        .where("code", "=", group.buurtCode)
        .executeTakeFirst()
    : undefined;
  const rows = await db
    .selectFrom("opportunities as o")
    .innerJoin("organisations as org", "org.id", "o.organisation_id")
    .leftJoin("buurten as b", "b.code", "o.buurt_code")
    .select([
      "o.id",
      "o.kind",
      "o.title",
      "org.name as organisationName",
      "o.starts_at as startsAt",
      "b.name as buurtName",
      "o.suitable_newcomers",
      "o.suitable_students",
      "o.suitable_groups",
      "o.board_exchange",
      "o.languages",
      sql<boolean>`${home ? sql`b.wijk_code = ${home.wijk_code}` : sql`false`}`.as("near"),
    ])
    .where("o.status", "=", "open")
    .where((eb) => eb.or([eb("o.kind", "=", "vacancy"), eb("o.starts_at", ">", now)]))
    .where((eb) =>
      eb.or([
        eb("o.suitable_groups", "=", true),
        ...(forNewcomers ? [eb("o.suitable_newcomers", "=", true)] : []),
        ...(forStudents ? [eb("o.suitable_students", "=", true)] : []),
        ...(forBoards ? [eb("o.board_exchange", "=", true)] : []),
        ...(languages.length > 0 ? [sql<boolean>`o.languages && ${sql.val(languages)}::text[]`] : []),
      ]),
    )
    // A board exchange is what an association's board looks for here, and rare: it comes first for them.
    .$if(forBoards, (query) => query.orderBy("o.board_exchange", "desc"))
    .$if(home !== undefined, (query) =>
      query.orderBy(sql`coalesce((b.lat - ${home?.lat}) ^ 2 + ((b.lon - ${home?.lon}) * 0.6) ^ 2, 1e9)`),
    )
    .orderBy(sql`o.starts_at nulls last`)
    .orderBy("o.id")
    .limit(limit)
    .execute();
  return rows.map((row) => {
    const reasons: GroupOpportunity["reasons"] = [];
    if (forNewcomers && row.suitable_newcomers) reasons.push("newcomers");
    if (forStudents && row.suitable_students) reasons.push("students");
    if (row.suitable_groups) reasons.push("groups");
    if (forBoards && row.board_exchange) reasons.push("boardExchange");
    if (row.languages.some((language) => languages.includes(language))) reasons.push("languages");
    if (row.near) reasons.push("near");
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      organisationName: row.organisationName,
      startsAt: row.startsAt,
      buurtName: row.buurtName,
      reasons,
    };
  });
}

export async function findOpenOpportunity(db: DbOrTrx, opportunityId: string) {
  return db
    .selectFrom("opportunities")
    .select(["id", "kind", "title"])
    .where("id", "=", opportunityId)
    .where("status", "=", "open")
    .executeTakeFirst();
}

export async function memberIds(db: DbOrTrx, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("memberships")
    .select("user_id")
    .where("organisation_id", "=", organisationId)
    .where("role", "=", "member")
    .execute();
  return rows.map((row) => row.user_id);
}
