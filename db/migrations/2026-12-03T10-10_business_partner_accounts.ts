import { sql, type Kysely } from "kysely";

// Frozen: migrations never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // A registered business or partner waits for the municipality; organisations made any other way
  // (existing rows, the demo seed, coordinators added by staff) count as approved from the start.
  await db.schema
    .alterTable("organisations")
    .addColumn("approved_at", "timestamptz", (c) => c.defaultTo(sql`now()`))
    .addColumn("approved_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("rejected_at", "timestamptz")
    .addColumn("rejected_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("rejection_reason", "text")
    .execute();
  await sql`alter table organisations add constraint organisations_approved_or_rejected check (approved_at is null or rejected_at is null)`.execute(
    db,
  );
  await sql`update organisations set approved_at = created_at`.execute(db);
  await sql`create index organisations_pending_idx on organisations (created_at) where approved_at is null and rejected_at is null`.execute(
    db,
  );

  // COA residents join without an e-mail address: they log in with a generated login name instead.
  await db.schema
    .alterTable("users")
    .alterColumn("email", (c) => c.dropNotNull())
    .execute();
  await db.schema.alterTable("users").addColumn("login_name", "text").execute();
  await sql`create unique index users_login_name_unique on users (lower(login_name))`.execute(db);
  await sql`alter table users add constraint users_email_or_login_name check (email is not null or login_name is not null)`.execute(
    db,
  );

  await db.schema
    .createTable("invite_codes")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("max_uses", "integer", (c) => c.notNull().check(sql`max_uses between 1 and 1000`))
    .addColumn("uses", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("revoked_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("invite_codes_uses_within_max", sql`uses >= 0 and uses <= max_uses`)
    .execute();
  await sql`create unique index invite_codes_code_unique on invite_codes (upper(code))`.execute(db);
  await db.schema.createIndex("invite_codes_organisation_idx").on("invite_codes").column("organisation_id").execute();

  // A student association's board meets a volunteer organisation's board ("bestuurlijke uitwisseling").
  await db.schema
    .alterTable("opportunities")
    .addColumn("board_exchange", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("opportunities").dropColumn("board_exchange").execute();
  await db.schema.dropTable("invite_codes").execute();
  await sql`alter table users drop constraint users_email_or_login_name`.execute(db);
  await sql`drop index if exists users_login_name_unique`.execute(db);
  await db.schema.alterTable("users").dropColumn("login_name").execute();
  await sql`delete from users where email is null`.execute(db);
  await db.schema
    .alterTable("users")
    .alterColumn("email", (c) => c.setNotNull())
    .execute();
  await sql`drop index if exists organisations_pending_idx`.execute(db);
  await db.schema.alterTable("organisations").dropConstraint("organisations_approved_or_rejected").execute();
  await db.schema
    .alterTable("organisations")
    .dropColumn("approved_at")
    .dropColumn("approved_by")
    .dropColumn("rejected_at")
    .dropColumn("rejected_by")
    .dropColumn("rejection_reason")
    .execute();
}
