import type { Kysely } from "kysely";
import type { Database } from "../../../db/schema";

export function selectGebieden(db: Kysely<Database>) {
  return db.selectFrom("gebieden").select(["slug", "name", "lat", "lon"]).orderBy("name").execute();
}

export function selectWijken(db: Kysely<Database>) {
  return db
    .selectFrom("wijken")
    .select(["code", "name", "former_name as formerName", "lat", "lon"])
    .orderBy("code")
    .execute();
}

export function selectBuurten(db: Kysely<Database>) {
  return db
    .selectFrom("buurten as b")
    .innerJoin("wijken as w", "w.code", "b.wijk_code")
    .innerJoin("gebieden as g", "g.slug", "b.gebied_slug")
    .select([
      "b.code",
      "b.name",
      "w.code as wijkCode",
      "w.name as wijkName",
      "w.former_name as wijkFormerName",
      "g.slug as gebiedSlug",
      "g.name as gebiedName",
      "b.lat",
      "b.lon",
    ])
    .orderBy("b.code")
    .execute();
}
