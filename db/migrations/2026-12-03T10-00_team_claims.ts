import { sql, type Kysely } from "kysely";

// Frozen: migrations never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // A business or partner reserving spots of a klus for a team. Named members become ordinary
  // active claims linked here; `unnamed_spots` is what is still held without a name, and counts as
  // taken until it is named, given back or released (always changed under the klus row lock).
  await db.schema
    .createTable("team_claims")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("opportunity_id", "uuid", (c) => c.notNull().references("opportunities.id").onDelete("cascade"))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("team_name", "text", (c) => c.notNull())
    .addColumn("spots", "integer", (c) => c.notNull().check(sql`spots > 0`))
    .addColumn("unnamed_spots", "integer", (c) => c.notNull())
    .addColumn("created_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    // When spots still unnamed go back to the waitlist and the wijk.
    .addColumn("release_at", "timestamptz", (c) => c.notNull())
    .addColumn("released_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("team_claims_unnamed_range", sql`unnamed_spots >= 0 and unnamed_spots <= spots`)
    .execute();
  await db.schema.createIndex("team_claims_opportunity_idx").on("team_claims").column("opportunity_id").execute();
  await db.schema.createIndex("team_claims_organisation_idx").on("team_claims").column("organisation_id").execute();
  // What the release job looks for.
  await sql`create index team_claims_release_idx on team_claims (release_at) where unnamed_spots > 0`.execute(db);

  await db.schema
    .alterTable("claims")
    .addColumn("team_claim_id", "uuid", (c) => c.references("team_claims.id").onDelete("set null"))
    .execute();
  await sql`create index claims_team_claim_idx on claims (team_claim_id) where team_claim_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("claims").dropColumn("team_claim_id").execute();
  await db.schema.dropTable("team_claims").execute();
}
