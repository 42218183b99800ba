import { sql, type Kysely } from "kysely";

// The Socket.IO PostgreSQL adapter stores payloads too large for NOTIFY in this table.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table if not exists socket_io_attachments (
      id bigserial unique,
      created_at timestamptz default now(),
      payload bytea
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("socket_io_attachments").ifExists().execute();
}
