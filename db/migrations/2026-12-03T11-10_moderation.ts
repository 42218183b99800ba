import { sql, type Kysely } from "kysely";

// Frozen: migrations never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // Klussen and vacatures can be reported, once per person, like messages.
  await db.schema
    .createTable("opportunity_reports")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("opportunity_id", "uuid", (c) => c.notNull().references("opportunities.id").onDelete("cascade"))
    .addColumn("reporter_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("reason", "text", (c) => c.notNull().check(sql`char_length(reason) between 1 and 500`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("handled_at", "timestamptz")
    .addColumn("handled_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addUniqueConstraint("opportunity_reports_once", ["opportunity_id", "reporter_id"])
    .execute();
  await sql`create index opportunity_reports_open_idx on opportunity_reports (opportunity_id) where handled_at is null`.execute(
    db,
  );

  await db.schema
    .alterTable("message_reports")
    .addColumn("handled_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await sql`create index message_reports_open_idx on message_reports (message_id) where handled_at is null`.execute(db);

  // A klus or vacature the municipality took off the site: it is closed as well, so every list and
  // the search index drop it through the rules they already follow.
  await db.schema
    .alterTable("opportunities")
    .addColumn("hidden_at", "timestamptz")
    .addColumn("hidden_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .execute();

  // At most one suspension per person; lifting it deletes the row (the audit log keeps the history).
  await db.schema
    .createTable("channel_suspensions")
    .addColumn("user_id", "uuid", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("until", "timestamptz", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull().check(sql`char_length(reason) between 1 and 1000`))
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("actor_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) =>
      c
        .notNull()
        .defaultTo("")
        .check(sql`char_length(note) <= 2000`),
    )
    .execute();
  await sql`create index audit_log_action_idx on audit_log (action, id desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("audit_log").execute();
  await db.schema.dropTable("channel_suspensions").execute();
  await db.schema.alterTable("opportunities").dropColumn("hidden_by").dropColumn("hidden_at").execute();
  await sql`drop index message_reports_open_idx`.execute(db);
  await db.schema.alterTable("message_reports").dropColumn("handled_by").execute();
  await db.schema.dropTable("opportunity_reports").execute();
}
