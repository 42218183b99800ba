import { sql, type Kysely } from "kysely";

// Frozen: migrations never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // A deleted account keeps its row (claims, hours and messages still count and conversations stay
  // whole) but nothing personal: no address, no login name, an unusable password, a placeholder name.
  await db.schema.alterTable("users").addColumn("deleted_at", "timestamptz").execute();
  await sql`alter table users drop constraint users_email_or_login_name`.execute(db);
  await sql`alter table users add constraint users_email_or_login_name
    check (email is not null or login_name is not null or deleted_at is not null)`.execute(db);
  // A klus group is archived (read only) once its klus ended; the retention job removes its messages a
  // set time later and records when here.
  await db.schema.alterTable("conversations").addColumn("messages_removed_at", "timestamptz").execute();
  // The retention jobs delete by age.
  await db.schema.createIndex("notifications_created_idx").on("notifications").column("created_at").execute();
  await db.schema.createIndex("sessions_expires_idx").on("sessions").column("expires_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("sessions_expires_idx").execute();
  await db.schema.dropIndex("notifications_created_idx").execute();
  await db.schema.alterTable("conversations").dropColumn("messages_removed_at").execute();
  await sql`alter table users drop constraint users_email_or_login_name`.execute(db);
  await sql`alter table users add constraint users_email_or_login_name check (email is not null or login_name is not null)`.execute(
    db,
  );
  await db.schema.alterTable("users").dropColumn("deleted_at").execute();
}
