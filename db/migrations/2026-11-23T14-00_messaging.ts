import { sql, type Kysely } from "kysely";

// Frozen: migrations never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("conversations")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('klus_group', 'wijk_channel', 'organisation_channel', 'direct')`),
    )
    .addColumn("opportunity_id", "uuid", (c) => c.references("opportunities.id").onDelete("cascade"))
    .addColumn("wijk_code", "text", (c) => c.references("wijken.code"))
    .addColumn("organisation_id", "uuid", (c) => c.references("organisations.id").onDelete("cascade"))
    // The volunteer of a direct conversation; the other side is the organisation (its coordinators)
    // or, when both agreed, a second volunteer.
    .addColumn("volunteer_id", "uuid", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("other_volunteer_id", "uuid", (c) => c.references("users.id").onDelete("cascade"))
    // A per-conversation counter taken under the row lock: every new message and every edit gets the
    // next value, so "everything after N" is gap-free and in commit order, across processes.
    .addColumn("last_seq", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("last_message_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "conversations_kind_shape",
      sql`(kind = 'klus_group' and opportunity_id is not null)
        or (kind = 'wijk_channel' and wijk_code is not null)
        or (kind = 'organisation_channel' and organisation_id is not null)
        or (kind = 'direct' and volunteer_id is not null
            and ((organisation_id is not null) <> (other_volunteer_id is not null)))`,
    )
    .execute();
  await sql`create unique index conversations_one_klus_group on conversations (opportunity_id) where kind = 'klus_group'`.execute(
    db,
  );
  await sql`create unique index conversations_one_wijk_channel on conversations (wijk_code) where kind = 'wijk_channel'`.execute(
    db,
  );
  await sql`create unique index conversations_one_organisation_channel on conversations (organisation_id) where kind = 'organisation_channel'`.execute(
    db,
  );
  await sql`create unique index conversations_one_direct_with_organisation on conversations (volunteer_id, organisation_id) where kind = 'direct' and organisation_id is not null`.execute(
    db,
  );
  await sql`create unique index conversations_one_direct_between_volunteers on conversations (volunteer_id, other_volunteer_id) where kind = 'direct' and other_volunteer_id is not null`.execute(
    db,
  );

  // Stored membership for channels people subscribe to and for read state; klus groups and an
  // organisation's side of a conversation follow claims and coordinator roles instead (see the service).
  await db.schema
    .createTable("conversation_members")
    .addColumn("conversation_id", "uuid", (c) => c.notNull().references("conversations.id").onDelete("cascade"))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("subscribed", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("last_read_seq", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("joined_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("conversation_members_pk", ["conversation_id", "user_id"])
    .execute();
  await db.schema.createIndex("conversation_members_user_idx").on("conversation_members").column("user_id").execute();

  await db.schema
    .createTable("messages")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("conversation_id", "uuid", (c) => c.notNull().references("conversations.id").onDelete("cascade"))
    .addColumn("author_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    // Chosen by the sending client: a retry with the same id returns the stored message.
    .addColumn("client_id", "uuid", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('text', 'klus_card')`))
    .addColumn("body", "text", (c) => c.notNull().check(sql`char_length(body) <= 2000`))
    .addColumn("opportunity_id", "uuid", (c) => c.references("opportunities.id").onDelete("cascade"))
    .addColumn("seq", "bigint", (c) => c.notNull())
    .addColumn("changed_seq", "bigint", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("edited_at", "timestamptz")
    .addColumn("deleted_at", "timestamptz")
    .addColumn("hidden_at", "timestamptz")
    .addColumn("hidden_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addUniqueConstraint("messages_client_id_once", ["author_id", "client_id"])
    .addUniqueConstraint("messages_seq_once", ["conversation_id", "seq"])
    .addCheckConstraint("messages_card_has_klus", sql`kind <> 'klus_card' or opportunity_id is not null`)
    .execute();
  await db.schema
    .createIndex("messages_conversation_changed_idx")
    .on("messages")
    .columns(["conversation_id", "changed_seq"])
    .execute();

  // Per-person rate limits count recent messages by author.
  await db.schema
    .createIndex("messages_author_created_idx")
    .on("messages")
    .columns(["author_id", "created_at"])
    .execute();
  await sql`create index messages_klus_cards_idx on messages (opportunity_id) where kind = 'klus_card'`.execute(db);

  await db.schema
    .createTable("message_reports")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("message_id", "bigint", (c) => c.notNull().references("messages.id").onDelete("cascade"))
    .addColumn("reporter_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("reason", "text", (c) => c.notNull().check(sql`char_length(reason) <= 500`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("handled_at", "timestamptz")
    .addUniqueConstraint("message_reports_once", ["message_id", "reporter_id"])
    .execute();

  await db.schema
    .createTable("user_blocks")
    .addColumn("blocker_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("blocked_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("user_blocks_pk", ["blocker_id", "blocked_id"])
    .addCheckConstraint("user_blocks_not_self", sql`blocker_id <> blocked_id`)
    .execute();

  // A volunteer's "yes, you may message me privately" to one other volunteer; both must say it.
  await db.schema
    .createTable("contact_consents")
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("other_user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("contact_consents_pk", ["user_id", "other_user_id"])
    .addCheckConstraint("contact_consents_not_self", sql`user_id <> other_user_id`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "contact_consents",
    "user_blocks",
    "message_reports",
    "messages",
    "conversation_members",
    "conversations",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
