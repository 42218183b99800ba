import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema";

export const demoModerationSeedName = "demo-moderation-v1";

/** An advert in the demo volunteer's wijk channel, reported by her, so the moderation queue has an item. */
export const demoReportedMessage = {
  authorEmail: "bram.kok@demo.noaber.nl",
  reporterEmail: "vrijwilliger@demo.noaber.nl",
  body: "Te koop: tweedehands fietsen, spotgoedkoop! Stuur mij een bericht voor de prijzen.",
  reason: "Dit is reclame, geen vrijwilligerswerk.",
} as const;

/**
 * Written once per database (its own seed_runs row), also in a database seeded before moderation
 * existed. The message is appended as the messaging service does: the conversation's next number.
 */
export async function seedDemoModeration(trx: Kysely<Database>): Promise<void> {
  const claimed = await trx
    .insertInto("seed_runs")
    .values({ name: demoModerationSeedName })
    .onConflict((oc) => oc.column("name").doNothing())
    .returning("name")
    .executeTakeFirst();
  if (!claimed) return;

  const demo = demoReportedMessage;
  const people = await trx
    .selectFrom("users")
    .leftJoin("volunteer_profiles", "volunteer_profiles.user_id", "users.id")
    .leftJoin("buurten", "buurten.code", "volunteer_profiles.home_buurt_code")
    .select(["users.id", "users.email", "buurten.wijk_code as wijkCode"])
    .where("users.email", "in", [demo.authorEmail, demo.reporterEmail])
    .where("users.is_demo", "=", true)
    .execute();
  const author = people.find((p) => p.email === demo.authorEmail);
  const reporter = people.find((p) => p.email === demo.reporterEmail);
  if (!author || !reporter?.wijkCode) return;
  const channel = await trx
    .selectFrom("conversations")
    .select("id")
    .where("kind", "=", "wijk_channel")
    .where("wijk_code", "=", reporter.wijkCode)
    .executeTakeFirst();
  if (!channel) return;

  await trx
    .insertInto("conversation_members")
    .values([author.id, reporter.id].map((user_id) => ({ conversation_id: channel.id, user_id, subscribed: true })))
    .onConflict((oc) => oc.columns(["conversation_id", "user_id"]).doUpdateSet({ subscribed: true }))
    .execute();
  const { last_seq: seq } = await trx
    .updateTable("conversations")
    .set({ last_seq: sql`last_seq + 1`, last_message_at: sql`now()` })
    .where("id", "=", channel.id)
    .returning("last_seq")
    .executeTakeFirstOrThrow();
  const message = await trx
    .insertInto("messages")
    .values({
      conversation_id: channel.id,
      author_id: author.id,
      client_id: randomUUID(),
      kind: "text",
      body: demo.body,
      seq,
      changed_seq: seq,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("message_reports")
    .values({ message_id: message.id, reporter_id: reporter.id, reason: demo.reason })
    .execute();
}
