import { sql, type Kysely } from "kysely";

// Frozen: migrations never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // Minimum ages of klussen are checked against it; optional, never shown to organisations.
  await db.schema.alterTable("volunteer_profiles").addColumn("birth_date", "date").execute();
  // The secret of a volunteer's iCal feed URL; null until asked for, replaced to revoke.
  await db.schema
    .alterTable("users")
    .addColumn("calendar_token", "text", (c) => c.unique())
    .execute();

  await db.schema
    .createTable("opportunity_series")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("recurrence", "text", (c) => c.notNull().check(sql`recurrence in ('weekly', 'biweekly')`))
    .addColumn("repeat_until", "date", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .alterTable("opportunities")
    .addColumn("series_id", "uuid", (c) => c.references("opportunity_series.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("opportunities_series_idx").on("opportunities").column("series_id").execute();

  await db.schema
    .createTable("claims")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("opportunity_id", "uuid", (c) => c.notNull().references("opportunities.id").onDelete("cascade"))
    .addColumn("volunteer_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('active', 'waitlisted', 'cancelled')`))
    // Arrival order: assigned while the klus row is locked, so the waitlist is first come, first served.
    .addColumn("seq", "bigserial", (c) => c.notNull())
    .addColumn("vog_confirmed", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("attendance", "text", (c) => c.check(sql`attendance is null or attendance in ('attended', 'no_show')`))
    .addColumn("hours", "numeric", (c) => c.check(sql`hours is null or (hours >= 0 and hours <= 24)`))
    .addColumn("promoted_at", "timestamptz")
    .addColumn("cancelled_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // One live claim (active or waitlisted) per volunteer per klus.
  await sql`create unique index claims_one_live_per_volunteer on claims (opportunity_id, volunteer_id) where status <> 'cancelled'`.execute(
    db,
  );
  await db.schema
    .createIndex("claims_opportunity_status_seq_idx")
    .on("claims")
    .columns(["opportunity_id", "status", "seq"])
    .execute();
  await db.schema.createIndex("claims_volunteer_idx").on("claims").columns(["volunteer_id", "status"]).execute();

  await db.schema
    .createTable("applications")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("opportunity_id", "uuid", (c) => c.notNull().references("opportunities.id").onDelete("cascade"))
    .addColumn("volunteer_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('new', 'in_conversation', 'placed', 'declined', 'withdrawn', 'expired')`),
    )
    .addColumn("motivation", "text", (c) => c.notNull())
    .addColumn("first_response_at", "timestamptz")
    .addColumn("reminded_at", "timestamptz")
    .addColumn("decided_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index applications_one_open_per_volunteer on applications (opportunity_id, volunteer_id) where status in ('new', 'in_conversation', 'placed')`.execute(
    db,
  );
  await db.schema
    .createIndex("applications_opportunity_idx")
    .on("applications")
    .columns(["opportunity_id", "status"])
    .execute();
  await db.schema.createIndex("applications_volunteer_idx").on("applications").column("volunteer_id").execute();

  // "Did it work out?": one answer per side per klus claim or placement.
  await db.schema
    .createTable("feedback")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("subject_type", "text", (c) => c.notNull().check(sql`subject_type in ('claim', 'application')`))
    .addColumn("subject_id", "uuid", (c) => c.notNull())
    .addColumn("author_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("author_side", "text", (c) => c.notNull().check(sql`author_side in ('volunteer', 'organisation')`))
    .addColumn("outcome", "text", (c) =>
      c.notNull().check(sql`outcome in ('went_well', 'did_not_happen', 'not_a_match')`),
    )
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("feedback_one_per_side", ["subject_type", "subject_id", "author_side"])
    .execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("data", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("link", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("read_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("notifications_user_created_idx")
    .on("notifications")
    .columns(["user_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["notifications", "feedback", "applications", "claims"]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable("opportunities").dropColumn("series_id").execute();
  await db.schema.dropTable("opportunity_series").execute();
  await db.schema.alterTable("users").dropColumn("calendar_token").execute();
  await db.schema.alterTable("volunteer_profiles").dropColumn("birth_date").execute();
}
