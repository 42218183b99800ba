import { sql, type Kysely } from "kysely";

// Frozen: migrations never import application code.
const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const oldOf = (day: string) => (day === "sat" || day === "sun" ? "weekend" : "weekday");

/**
 * Availability becomes the seven days × morning/afternoon/evening ("mon-morning"); none saved = flexibel:
 * weekday-X → mon…fri-X, weekend-X → sat,sun-X. `userIds` limits it (the test of this conversion).
 */
export async function availabilityToDays(db: Kysely<any>, userIds?: string[]): Promise<void> {
  const pairs = sql.join(days.map((day) => sql`(${oldOf(day)}, ${day})`));
  const only = userIds ? sql`and user_id in (${sql.join(userIds)})` : sql``;
  await sql`update volunteer_profiles vp set availability = coalesce((
      select array_agg(x.slot order by x.slot) from (
        select distinct d.day || '-' || split_part(a.slot, '-', 2) as slot
        from unnest(vp.availability) as a(slot)
        join (values ${pairs}) as d(old, day) on d.old = split_part(a.slot, '-', 1)
      ) x), '{}')
    where cardinality(availability) > 0 ${only}`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await availabilityToDays(db);
  // At most this many notices a week; null: the default of the notices service.
  await db.schema
    .alterTable("volunteer_profiles")
    .addColumn("notices_per_week", "smallint", (c) => c.check(sql`notices_per_week between 1 and 50`))
    .execute();

  // One wave of notices about a klus: when, how wide, and the counts that explain it to the coordinator.
  // A wave with scope null records that no one was left to tell (checked_at moves on each empty try).
  await db.schema
    .createTable("notice_waves")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("opportunity_id", "uuid", (c) => c.notNull().references("opportunities.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("scope", "text", (c) => c.check(sql`scope in ('near', 'wijk', 'gebied', 'municipality')`))
    .addColumn("sent_at", "timestamptz", (c) => c.notNull())
    .addColumn("checked_at", "timestamptz", (c) => c.notNull())
    .addColumn("told", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("summary", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addUniqueConstraint("notice_waves_number_unique", ["opportunity_id", "number"])
    .execute();

  // One row per klus and volunteer: the primary key makes "told twice" impossible.
  await db.schema
    .createTable("notices")
    .addColumn("opportunity_id", "uuid", (c) => c.notNull().references("opportunities.id").onDelete("cascade"))
    .addColumn("volunteer_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("wave_id", "uuid", (c) => c.notNull().references("notice_waves.id").onDelete("cascade"))
    .addColumn("told_at", "timestamptz", (c) => c.notNull())
    .addColumn("score", "double precision", (c) => c.notNull())
    .addColumn("reasons", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addPrimaryKeyConstraint("notices_pkey", ["opportunity_id", "volunteer_id"])
    .execute();
  // The weekly cap counts a volunteer's notices over the last seven days.
  await db.schema
    .createIndex("notices_volunteer_told_idx")
    .on("notices")
    .columns(["volunteer_id", "told_at"])
    .execute();
  await db.schema.createIndex("notices_wave_idx").on("notices").column("wave_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("notices").execute();
  await db.schema.dropTable("notice_waves").execute();
  await db.schema.alterTable("volunteer_profiles").dropColumn("notices_per_week").execute();
  await sql`update volunteer_profiles vp set availability = coalesce((
      select array_agg(x.slot order by x.slot) from (
        select distinct (case when split_part(a.slot, '-', 1) in ('sat', 'sun') then 'weekend' else 'weekday' end)
          || '-' || split_part(a.slot, '-', 2) as slot
        from unnest(vp.availability) as a(slot)
      ) x), '{}')
    where cardinality(availability) > 0`.execute(db);
}
