import { sql } from "kysely";
import { requireUser, type Actor } from "../actor";
import { verifyPassword } from "../accounts/passwords";
import { invalid, notFound } from "../errors";
import { parseInput } from "../parse-input";
import type { ServiceDependencies } from "../services";
import { deleteAccountSchema, type DeleteAccountInput } from "./privacy.schemas";
import * as repo from "./privacy.repository";

/** Retention defaults, used when the configuration does not name them (tests, scripts). */
export const defaultRetention = { klusGroupDays: 30, notificationDays: 180 } as const;

/**
 * Every `table.column` that refers to a person and what the export reads it by. The schema-walk test
 * compares this with PostgreSQL's foreign keys to `users`: a new one fails the test until it is added
 * here and to `collectPersonalData` (and, when personal, to `erasePerson`).
 */
export const exportCovers = [
  "users.id",
  "user_roles.user_id",
  "sessions.user_id",
  "volunteer_profiles.user_id",
  "volunteer_skills.user_id",
  "claims.volunteer_id",
  "team_claims.created_by",
  "applications.volunteer_id",
  "feedback.author_id",
  "messages.author_id",
  "messages.hidden_by",
  "message_reports.reporter_id",
  "conversation_members.user_id",
  "conversations.volunteer_id",
  "conversations.other_volunteer_id",
  "contact_consents.user_id",
  "contact_consents.other_user_id",
  "user_blocks.blocker_id",
  // Who blocked a person is the blocker's data, not theirs: deleted with the account, never exported.
  "user_blocks.blocked_id",
  "notifications.user_id",
  "notification_preferences.user_id",
  "notices.volunteer_id",
  "memberships.user_id",
  "invite_codes.created_by",
  "opportunities.created_by",
  "market_listings.created_by",
  "organisations.approved_by",
  "organisations.rejected_by",
  "settings.updated_by",
  "opportunity_reports.reporter_id",
  "channel_suspensions.user_id",
  // What a moderator did: exported as their actions; the rows stay (the audit log must stay whole).
  "audit_log.actor_id",
  "message_reports.handled_by",
  "opportunity_reports.handled_by",
  "channel_suspensions.created_by",
  "opportunities.hidden_by",
] as const;

const day = 24 * 60 * 60 * 1000;

/** AVG self-service (export, deletion) and the retention jobs. */
export function createPrivacyService(deps: Pick<ServiceDependencies, "db" | "events" | "logger" | "config">) {
  const { db, events, logger } = deps;
  const retention = deps.config.retention ?? defaultRetention;

  return {
    /** The retention periods in force, for the privacy statement and the archived-group line. */
    retention(): { klusGroupDays: number; notificationDays: number } {
      return { ...retention };
    },

    /** Everything Noaber holds about the person asking, as one JSON-ready document (no password hash). */
    async exportData(actor: Actor) {
      const user = requireUser(actor);
      const data = await repo.collectPersonalData(db, user.userId);
      return { format: "noaber-export/1", exportedAt: new Date().toISOString(), ...data };
    },

    /** What the confirmation step tells before a deletion: organisations left without a coordinator. */
    async deletionPreview(actor: Actor) {
      const user = requireUser(actor);
      return { soleCoordinatorOf: await repo.soleCoordinatorOf(db, user.userId) };
    },

    /**
     * Deletes the account of the person asking, confirmed with their password, in one transaction:
     * everything personal goes at once, the row stays as "oud-vrijwilliger" so figures and conversations
     * stay whole. Their sessions end, and their open sockets with them. An organisation where they were
     * the only coordinator stays, without a coordinator (the confirmation step names it).
     */
    async deleteAccount(actor: Actor, input: DeleteAccountInput): Promise<{ endedSessions: number }> {
      const user = requireUser(actor);
      const { password } = parseInput(deleteAccountSchema, input);
      const found = await db
        .selectFrom("users")
        .select("password_hash")
        .where("id", "=", user.userId)
        .where("deleted_at", "is", null)
        .executeTakeFirst();
      if (!found) throw notFound("Account");
      // Hashing outside the transaction keeps the row lock short; the lock below re-checks the row.
      if (!(await verifyPassword(found.password_hash, password))) {
        throw invalid("The password is wrong", { password: ["privacy:errors.password.wrong"] });
      }
      const endedSessions = await db.transaction().execute(async (trx) => {
        const locked = await repo.lockLivingUser(trx, user.userId);
        if (!locked || locked.passwordHash !== found.password_hash) throw notFound("Account");
        return repo.erasePerson(trx, user.userId, locked.displayName);
      });
      for (const sessionId of endedSessions) {
        try {
          events.publish("session.ended", { sessionId });
        } catch (error) {
          logger.error({ err: error }, "a domain event listener failed");
        }
      }
      return { endedSessions: endedSessions.length };
    },

    /**
     * Removes the messages of klus groups whose klus ended more than the retention period before `now`
     * (the group is read only from the klus's end) and records it on the conversation. Idempotent.
     */
    async removeOldKlusGroupMessages(now: Date): Promise<{ conversations: number; messages: number }> {
      const before = new Date(now.getTime() - retention.klusGroupDays * day);
      return db.transaction().execute(async (trx) => {
        const groups = await trx
          .updateTable("conversations")
          .set({ messages_removed_at: now })
          .where("kind", "=", "klus_group")
          .where("messages_removed_at", "is", null)
          .where(({ exists, selectFrom }) =>
            exists(
              selectFrom("opportunities")
                .select(sql`1`.as("one"))
                .whereRef("opportunities.id", "=", "conversations.opportunity_id")
                .where("opportunities.ends_at", "<=", before),
            ),
          )
          .returning("id")
          .execute();
        if (groups.length === 0) return { conversations: 0, messages: 0 };
        const removed = await trx
          .deleteFrom("messages")
          .where(
            "conversation_id",
            "in",
            groups.map((g) => g.id),
          )
          .executeTakeFirst();
        return { conversations: groups.length, messages: Number(removed.numDeletedRows) };
      });
    },

    /** Deletes sessions that have run out (a log-in only cleans up the person's own). */
    async removeExpiredSessions(now: Date): Promise<{ deleted: number }> {
      const result = await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
      return { deleted: Number(result.numDeletedRows) };
    },

    /** Deletes notifications older than the retention period, read or not. */
    async removeOldNotifications(now: Date): Promise<{ deleted: number }> {
      const before = new Date(now.getTime() - retention.notificationDays * day);
      const result = await db.deleteFrom("notifications").where("created_at", "<", before).executeTakeFirst();
      return { deleted: Number(result.numDeletedRows) };
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
