import { sql, type Kysely } from "kysely";
import type { Database } from "../schema";
import { loadReferenceData } from "./reference-data";
import { slugify } from "./slugify";

/** True when the stored row differs from the incoming one, so an unchanged row is not rewritten at every start. */
function changed(table: string, columns: readonly string[]) {
  const stored = sql.join(columns.map((c) => sql.ref(`${table}.${c}`)));
  const incoming = sql.join(columns.map((c) => sql.ref(`excluded.${c}`)));
  return sql<boolean>`(${stored}) is distinct from (${incoming})`;
}

/**
 * Upserts gebieden, wijken, buurten and the skills taxonomy from db/seed/data in one transaction.
 * Runs at every start, so corrections in the data files land; rows no longer in the files are kept,
 * because volunteers and opportunities may still refer to them.
 */
export async function seedReferenceData(db: Kysely<Database>): Promise<void> {
  const data = await loadReferenceData();

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("gebieden")
      .values(data.gebieden.map((g) => ({ slug: slugify(g.name), name: g.name, lat: g.lat, lon: g.lon })))
      .onConflict((oc) =>
        oc
          .column("slug")
          .doUpdateSet((eb) => ({
            name: eb.ref("excluded.name"),
            lat: eb.ref("excluded.lat"),
            lon: eb.ref("excluded.lon"),
          }))
          .where(changed("gebieden", ["name", "lat", "lon"])),
      )
      .execute();

    await trx
      .insertInto("wijken")
      .values(
        data.wijken.map((w) => ({ code: w.code, name: w.name, former_name: w.formerName, lat: w.lat, lon: w.lon })),
      )
      .onConflict((oc) =>
        oc
          .column("code")
          .doUpdateSet((eb) => ({
            name: eb.ref("excluded.name"),
            former_name: eb.ref("excluded.former_name"),
            lat: eb.ref("excluded.lat"),
            lon: eb.ref("excluded.lon"),
          }))
          .where(changed("wijken", ["name", "former_name", "lat", "lon"])),
      )
      .execute();
    // One channel per wijk, where organisations post klussen and neighbours answer them.
    await sql`insert into conversations (kind, wijk_code) select 'wijk_channel', code from wijken
      on conflict (wijk_code) where kind = 'wijk_channel' do nothing`.execute(trx);

    await trx
      .insertInto("buurten")
      .values(
        data.buurten.map((b) => ({
          code: b.code,
          name: b.name,
          wijk_code: b.wijkCode,
          gebied_slug: slugify(b.gebied),
          lat: b.lat,
          lon: b.lon,
        })),
      )
      .onConflict((oc) =>
        oc
          .column("code")
          .doUpdateSet((eb) => ({
            name: eb.ref("excluded.name"),
            wijk_code: eb.ref("excluded.wijk_code"),
            gebied_slug: eb.ref("excluded.gebied_slug"),
            lat: eb.ref("excluded.lat"),
            lon: eb.ref("excluded.lon"),
          }))
          .where(changed("buurten", ["name", "wijk_code", "gebied_slug", "lat", "lon"])),
      )
      .execute();

    await trx
      .insertInto("skill_categories")
      .values(data.skills.categories.map((c, position) => ({ slug: c.slug, name_nl: c.nl, name_en: c.en, position })))
      .onConflict((oc) =>
        oc
          .column("slug")
          .doUpdateSet((eb) => ({
            name_nl: eb.ref("excluded.name_nl"),
            name_en: eb.ref("excluded.name_en"),
            position: eb.ref("excluded.position"),
          }))
          .where(changed("skill_categories", ["name_nl", "name_en", "position"])),
      )
      .execute();

    await trx
      .insertInto("skills")
      .values(
        data.skills.skills.map((s, position) => ({
          slug: s.slug,
          category_slug: s.category,
          name_nl: s.nl,
          name_en: s.en,
          position,
        })),
      )
      .onConflict((oc) =>
        oc
          .column("slug")
          .doUpdateSet((eb) => ({
            category_slug: eb.ref("excluded.category_slug"),
            name_nl: eb.ref("excluded.name_nl"),
            name_en: eb.ref("excluded.name_en"),
            position: eb.ref("excluded.position"),
          }))
          .where(changed("skills", ["category_slug", "name_nl", "name_en", "position"])),
      )
      .execute();
  });
}
