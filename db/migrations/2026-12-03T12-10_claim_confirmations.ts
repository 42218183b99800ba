import type { Kysely } from "kysely";

// Frozen: migrations never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // The day-before "confirm or hand over": when it was asked, answered, and when the coordinators
  // were told it was still open. A hand-over is a cancellation with `handed_over_at` set.
  await db.schema
    .alterTable("claims")
    .addColumn("confirm_requested_at", "timestamptz")
    .addColumn("confirmed_at", "timestamptz")
    .addColumn("handed_over_at", "timestamptz")
    .addColumn("unconfirmed_flagged_at", "timestamptz")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("claims")
    .dropColumn("confirm_requested_at")
    .dropColumn("confirmed_at")
    .dropColumn("handed_over_at")
    .dropColumn("unconfirmed_flagged_at")
    .execute();
}
