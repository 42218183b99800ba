import type { DbOrTrx } from "../../../db/connect";
import { isListed, selectCards, toCard } from "../opportunities/opportunities.repository";
import type { OpportunityCard } from "../opportunities/opportunities.types";

/** The public facts of one organisation, with the name of its buurt and wijk. */
export function findOrganisation(db: DbOrTrx, id: string) {
  return db
    .selectFrom("organisations as org")
    .leftJoin("buurten as b", "b.code", "org.buurt_code")
    .leftJoin("wijken as w", "w.code", "b.wijk_code")
    .select([
      "org.id",
      "org.name",
      "org.kind",
      "org.description",
      "org.website",
      "b.name as buurtName",
      "w.name as wijkName",
    ])
    .where("org.id", "=", id)
    .executeTakeFirst();
}

/** The organisation's listed vacatures (newest first) and klussen (soonest first), as cards. */
export async function listListedCards(
  db: DbOrTrx,
  organisationId: string,
  now: Date,
): Promise<{ vacancies: OpportunityCard[]; tasks: OpportunityCard[] }> {
  const rows = await selectCards(db)
    .where("opportunities.organisation_id", "=", organisationId)
    .where((eb) => isListed(eb, now))
    .orderBy("opportunities.starts_at", "asc")
    .orderBy("opportunities.published_at", "desc")
    .orderBy("opportunities.id")
    .execute();
  const cards = rows.map(toCard);
  return {
    vacancies: cards.filter((card) => card.kind === "vacancy"),
    tasks: cards.filter((card) => card.kind === "task"),
  };
}
