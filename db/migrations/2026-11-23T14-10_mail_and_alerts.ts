import { sql, type Kysely } from "kysely";

// Frozen: migrations never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per person who changed a setting; without a row the defaults below apply.
  await db.schema
    .createTable("notification_preferences")
    .addColumn("user_id", "uuid", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("email_enabled", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("digest_frequency", "text", (c) =>
      c
        .notNull()
        .defaultTo("hourly")
        .check(sql`digest_frequency in ('hourly', 'daily')`),
    )
    // Minutes after local midnight (Europe/Amsterdam); both null means no quiet hours.
    .addColumn("quiet_hours_start", "smallint", (c) =>
      c.check(sql`quiet_hours_start is null or (quiet_hours_start >= 0 and quiet_hours_start < 1440)`),
    )
    .addColumn("quiet_hours_end", "smallint", (c) =>
      c.check(sql`quiet_hours_end is null or (quiet_hours_end >= 0 and quiet_hours_end < 1440)`),
    )
    // "Even niet beschikbaar": no e-mail and no new-klus alerts up to and including this local date.
    .addColumn("alerts_paused_until", "date")
    .addColumn("last_digest_at", "timestamptz")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "notification_preferences_quiet_hours_pair",
      sql`(quiet_hours_start is null) = (quiet_hours_end is null)`,
    )
    .execute();

  await db.schema.alterTable("notifications").addColumn("emailed_at", "timestamptz").execute();
  // What the digest looks for: unread and not yet e-mailed.
  await sql`create index notifications_digest_idx on notifications (created_at) where read_at is null and emailed_at is null`.execute(
    db,
  );

  await db.schema
    .alterTable("claims")
    // The day-before reminder was given (once per claim).
    .addColumn("reminded_at", "timestamptz")
    // The organisation changed the klus's time or place: the volunteer is asked whether they still come.
    .addColumn("change_confirm_requested_at", "timestamptz")
    .addColumn("change_confirmed_at", "timestamptz")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("claims")
    .dropColumn("reminded_at")
    .dropColumn("change_confirm_requested_at")
    .dropColumn("change_confirmed_at")
    .execute();
  await sql`drop index if exists notifications_digest_idx`.execute(db);
  await db.schema.alterTable("notifications").dropColumn("emailed_at").execute();
  await db.schema.dropTable("notification_preferences").execute();
}
