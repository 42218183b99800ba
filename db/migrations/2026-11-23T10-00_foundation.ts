import { sql, type Kysely } from "kysely";

// Frozen: migrations never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pgcrypto`.execute(db);

  await db.schema
    .createTable("gebieden")
    .addColumn("slug", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("lat", "float8", (c) => c.notNull())
    .addColumn("lon", "float8", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("wijken")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("former_name", "text")
    .addColumn("lat", "float8", (c) => c.notNull())
    .addColumn("lon", "float8", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("buurten")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("wijk_code", "text", (c) => c.notNull().references("wijken.code"))
    .addColumn("gebied_slug", "text", (c) => c.notNull().references("gebieden.slug"))
    .addColumn("lat", "float8", (c) => c.notNull())
    .addColumn("lon", "float8", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("buurten_wijk_idx").on("buurten").column("wijk_code").execute();
  await db.schema.createIndex("buurten_gebied_idx").on("buurten").column("gebied_slug").execute();

  await db.schema
    .createTable("skill_categories")
    .addColumn("slug", "text", (c) => c.primaryKey())
    .addColumn("name_nl", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("skills")
    .addColumn("slug", "text", (c) => c.primaryKey())
    .addColumn("category_slug", "text", (c) => c.notNull().references("skill_categories.slug"))
    .addColumn("name_nl", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) =>
      c
        .notNull()
        .defaultTo("nl")
        .check(sql`locale in ('nl', 'en')`),
    )
    .addColumn("is_demo", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // E-mail addresses are compared case-insensitively; lower() keeps one account per person.
  await sql`create unique index users_email_unique on users (lower(email))`.execute(db);

  await db.schema
    .createTable("roles")
    .addColumn("slug", "text", (c) => c.primaryKey())
    .addColumn("name_nl", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .execute();
  await db
    .insertInto("roles")
    .values([
      { slug: "volunteer", name_nl: "Vrijwilliger", name_en: "Volunteer" },
      { slug: "organisation_coordinator", name_nl: "Coördinator organisatie", name_en: "Organisation coordinator" },
      { slug: "business_coordinator", name_nl: "Coördinator Omarm-bedrijf", name_en: "Business coordinator" },
      { slug: "partner_coordinator", name_nl: "Coördinator partner", name_en: "Partner coordinator" },
      { slug: "gemeente", name_nl: "Gemeente", name_en: "Municipality" },
    ])
    .execute();

  await db.schema
    .createTable("user_roles")
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role_slug", "text", (c) => c.notNull().references("roles.slug"))
    .addPrimaryKeyConstraint("user_roles_pk", ["user_id", "role_slug"])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("organisations")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('organisation', 'business', 'partner')`))
    .addColumn("partner_type", "text", (c) =>
      c.check(sql`partner_type is null or partner_type in ('coa', 'student_association', 'school')`),
    )
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("buurt_code", "text", (c) => c.references("buurten.code"))
    .addColumn("website", "text")
    .addColumn("is_demo", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "organisations_partner_type_only_for_partners",
      sql`(kind = 'partner') = (partner_type is not null)`,
    )
    .execute();

  await db.schema
    .createTable("memberships")
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('coordinator', 'member')`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("memberships_pk", ["organisation_id", "user_id"])
    .execute();
  await db.schema.createIndex("memberships_user_idx").on("memberships").column("user_id").execute();

  await db.schema
    .createTable("volunteer_profiles")
    .addColumn("user_id", "uuid", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("home_buurt_code", "text", (c) => c.references("buurten.code"))
    .addColumn("languages", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("availability", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("interests", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("about", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("volunteer_skills")
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("skill_slug", "text", (c) => c.notNull().references("skills.slug"))
    .addPrimaryKeyConstraint("volunteer_skills_pk", ["user_id", "skill_slug"])
    .execute();

  await db.schema
    .createTable("opportunities")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('vacancy', 'task')`))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('draft', 'open', 'paused', 'closed')`))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("buurt_code", "text", (c) => c.references("buurten.code"))
    .addColumn("address", "text")
    .addColumn("is_online", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("starts_at", "timestamptz")
    .addColumn("ends_at", "timestamptz")
    .addColumn("spots", "integer", (c) => c.check(sql`spots is null or spots > 0`))
    .addColumn("min_age", "integer")
    .addColumn("vog_required", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("suitable_newcomers", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("suitable_students", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("suitable_groups", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("suitable_businesses", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("languages", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("accessibility_notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("hours_per_week", "numeric")
    .addColumn("period", "text")
    .addColumn("selection_steps", "text")
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("published_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    // The PostgreSQL fallback when Meilisearch is unreachable searches this column.
    .addColumn("search_vector", sql`tsvector`, (c) =>
      c.generatedAlwaysAs(sql`to_tsvector('dutch', coalesce(title, '') || ' ' || coalesce(description, ''))`).stored(),
    )
    .addCheckConstraint(
      "opportunities_task_has_time_and_spots",
      sql`kind <> 'task' or (starts_at is not null and ends_at is not null and spots is not null)`,
    )
    .addCheckConstraint(
      "opportunities_end_after_start",
      sql`ends_at is null or starts_at is null or ends_at > starts_at`,
    )
    .addCheckConstraint("opportunities_place", sql`is_online or buurt_code is not null`)
    .execute();
  await db.schema.createIndex("opportunities_org_idx").on("opportunities").column("organisation_id").execute();
  await db.schema
    .createIndex("opportunities_status_published_idx")
    .on("opportunities")
    .columns(["status", "published_at"])
    .execute();
  await sql`create index opportunities_search_idx on opportunities using gin (search_vector)`.execute(db);

  await db.schema
    .createTable("opportunity_skills")
    .addColumn("opportunity_id", "uuid", (c) => c.notNull().references("opportunities.id").onDelete("cascade"))
    .addColumn("skill_slug", "text", (c) => c.notNull().references("skills.slug"))
    .addPrimaryKeyConstraint("opportunity_skills_pk", ["opportunity_id", "skill_slug"])
    .execute();

  // Transactional outbox: written in the same transaction as the change; the worker syncs Meilisearch.
  await db.schema
    .createTable("search_outbox")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("opportunity_id", "uuid", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("processed_at", "timestamptz")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .execute();
  await sql`create index search_outbox_pending_idx on search_outbox (id) where processed_at is null`.execute(db);

  // Records that the demo data was seeded, so a restart never seeds twice.
  await db.schema
    .createTable("seed_runs")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("ran_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "seed_runs",
    "search_outbox",
    "opportunity_skills",
    "opportunities",
    "volunteer_skills",
    "volunteer_profiles",
    "memberships",
    "organisations",
    "sessions",
    "user_roles",
    "roles",
    "users",
    "skills",
    "skill_categories",
    "buurten",
    "wijken",
    "gebieden",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
