import { sql, type Kysely } from "kysely";

// Frozen: migrations never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // A business's offer and an organisation's request for businesses have the same shape, so they
  // share one table (`side`) and one matching rule.
  await db.schema
    .createTable("market_listings")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("side", "text", (c) => c.notNull().check(sql`side in ('offer', 'request')`))
    .addColumn("type", "text", (c) => c.notNull().check(sql`type in ('team_day', 'expertise', 'materials')`))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("open")
        .check(sql`status in ('open', 'closed')`),
    )
    .addColumn("title", "text", (c) => c.notNull().check(sql`char_length(title) between 1 and 120`))
    .addColumn("description", "text", (c) => c.notNull().check(sql`char_length(description) <= 2000`))
    .addColumn("capacity_amount", "integer", (c) => c.notNull().check(sql`capacity_amount between 1 and 10000`))
    .addColumn("capacity_unit", "text", (c) => c.notNull().check(sql`capacity_unit in ('people', 'hours')`))
    .addColumn("period_start", "date", (c) => c.notNull())
    .addColumn("period_end", "date", (c) => c.notNull())
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("is_demo", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("closed_at", "timestamptz")
    .addCheckConstraint("market_listings_period_order", sql`period_end >= period_start`)
    .execute();
  await sql`create index market_listings_open_idx on market_listings (side, period_end) where status = 'open'`.execute(
    db,
  );
  await db.schema
    .createIndex("market_listings_organisation_idx")
    .on("market_listings")
    .column("organisation_id")
    .execute();

  await db.schema
    .createTable("market_listing_skills")
    .addColumn("listing_id", "uuid", (c) => c.notNull().references("market_listings.id").onDelete("cascade"))
    .addColumn("skill_slug", "text", (c) => c.notNull().references("skills.slug"))
    .addPrimaryKeyConstraint("market_listing_skills_pk", ["listing_id", "skill_slug"])
    .execute();

  // An offer's preferred wijken (none: anywhere); a request's one wijk, where the help is needed.
  await db.schema
    .createTable("market_listing_wijken")
    .addColumn("listing_id", "uuid", (c) => c.notNull().references("market_listings.id").onDelete("cascade"))
    .addColumn("wijk_code", "text", (c) => c.notNull().references("wijken.code"))
    .addPrimaryKeyConstraint("market_listing_wijken_pk", ["listing_id", "wijk_code"])
    .execute();

  // Settings the municipality changes at run time (the value of an hour for social return).
  await db.schema
    .createTable("settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "jsonb", (c) => c.notNull())
    .addColumn("updated_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // A conversation between an organisation and a business: both sides are their coordinators.
  await db.schema
    .alterTable("conversations")
    .addColumn("business_id", "uuid", (c) => c.references("organisations.id").onDelete("cascade"))
    .execute();
  await sql`alter table conversations drop constraint conversations_kind_check`.execute(db);
  await sql`alter table conversations add constraint conversations_kind_check
    check (kind in ('klus_group', 'wijk_channel', 'organisation_channel', 'direct', 'business_direct'))`.execute(db);
  await sql`alter table conversations drop constraint conversations_kind_shape`.execute(db);
  await sql`alter table conversations add constraint conversations_kind_shape check (
    (kind = 'klus_group' and opportunity_id is not null)
    or (kind = 'wijk_channel' and wijk_code is not null)
    or (kind = 'organisation_channel' and organisation_id is not null)
    or (kind = 'direct' and volunteer_id is not null and business_id is null
        and ((organisation_id is not null) <> (other_volunteer_id is not null)))
    or (kind = 'business_direct' and organisation_id is not null and business_id is not null
        and volunteer_id is null and other_volunteer_id is null))`.execute(db);
  await sql`create unique index conversations_one_business_direct on conversations (organisation_id, business_id) where kind = 'business_direct'`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from conversations where kind = 'business_direct'`.execute(db);
  await sql`drop index conversations_one_business_direct`.execute(db);
  await sql`alter table conversations drop constraint conversations_kind_shape`.execute(db);
  await sql`alter table conversations add constraint conversations_kind_shape check (
    (kind = 'klus_group' and opportunity_id is not null)
    or (kind = 'wijk_channel' and wijk_code is not null)
    or (kind = 'organisation_channel' and organisation_id is not null)
    or (kind = 'direct' and volunteer_id is not null
        and ((organisation_id is not null) <> (other_volunteer_id is not null))))`.execute(db);
  await sql`alter table conversations drop constraint conversations_kind_check`.execute(db);
  await sql`alter table conversations add constraint conversations_kind_check
    check (kind in ('klus_group', 'wijk_channel', 'organisation_channel', 'direct'))`.execute(db);
  await db.schema.alterTable("conversations").dropColumn("business_id").execute();
  await db.schema.dropTable("settings").execute();
  await db.schema.dropTable("market_listing_wijken").execute();
  await db.schema.dropTable("market_listing_skills").execute();
  await db.schema.dropTable("market_listings").execute();
}
