import { sql } from "kysely";
import type { DbOrTrx, Trx } from "../../../db/connect";
import { FORMER_PERSON_NAME } from "../people/former-person";
import { personName } from "../people/person-name";

/** A conversation's name as its members know it (klus title, wijk, organisation, or "direct"). */
const conversationName = sql<string>`coalesce(
  (select title from opportunities where id = conversations.opportunity_id),
  (select name from wijken where code = conversations.wijk_code),
  (select name from organisations where id = conversations.business_id),
  (select name from organisations where id = conversations.organisation_id),
  'direct')`;

/**
 * Everything Noaber holds about one person, table by table. Each part names the columns it reads by
 * in `exportCovers` (privacy.service.ts); a test compares that list with the database's references to
 * users, so a new table holding a user is not forgotten here.
 */
export async function collectPersonalData(db: DbOrTrx, userId: string) {
  const [
    account,
    roles,
    profile,
    skills,
    claims,
    teamClaimsCreated,
    applications,
    feedback,
    messages,
    messagesHidden,
    messageReports,
    conversationMemberships,
    directConversations,
    contactConsents,
    blocks,
    notifications,
    notificationPreferences,
    organisationMemberships,
    inviteCodesCreated,
    opportunitiesCreated,
    listingsCreated,
    registrationDecisions,
    settingsChanged,
    klusReports,
    channelSuspensions,
    moderationActions,
    messageReportsHandled,
    klusReportsHandled,
    suspensionsImposed,
    klussenHidden,
    sessions,
    notices,
  ] = await Promise.all([
    db
      .selectFrom("users")
      .select([
        "id",
        "email",
        "login_name as loginName",
        "display_name as displayName",
        "locale",
        "is_demo as isDemo",
        "created_at as createdAt",
        sql<boolean>`calendar_token is not null`.as("hasCalendarFeed"),
      ])
      .where("id", "=", userId)
      .executeTakeFirstOrThrow(),
    db.selectFrom("user_roles").select("role_slug").where("user_id", "=", userId).orderBy("role_slug").execute(),
    db
      .selectFrom("volunteer_profiles")
      .leftJoin("buurten", "buurten.code", "volunteer_profiles.home_buurt_code")
      .select([
        "home_buurt_code as homeBuurtCode",
        "buurten.name as homeBuurtName",
        "languages",
        "availability",
        "interests",
        "about",
        sql<string | null>`to_char(birth_date, 'YYYY-MM-DD')`.as("birthDate"),
        "notices_per_week as noticesPerWeek",
        "updated_at as updatedAt",
      ])
      .where("user_id", "=", userId)
      .executeTakeFirst(),
    db
      .selectFrom("volunteer_skills")
      .select("skill_slug")
      .where("user_id", "=", userId)
      .orderBy("skill_slug")
      .execute(),
    db
      .selectFrom("claims")
      .innerJoin("opportunities", "opportunities.id", "claims.opportunity_id")
      .leftJoin("team_claims", "team_claims.id", "claims.team_claim_id")
      .select([
        "claims.id",
        "opportunities.id as klusId",
        "opportunities.title as klusTitle",
        "opportunities.starts_at as klusStartsAt",
        "claims.status",
        "claims.attendance",
        "claims.hours",
        "claims.vog_confirmed as vogConfirmed",
        "team_claims.team_name as teamName",
        "claims.created_at as createdAt",
        "claims.cancelled_at as cancelledAt",
      ])
      .where("claims.volunteer_id", "=", userId)
      .orderBy("claims.created_at")
      .execute(),
    db
      .selectFrom("team_claims")
      .innerJoin("opportunities", "opportunities.id", "team_claims.opportunity_id")
      .select([
        "team_claims.id",
        "team_claims.team_name as teamName",
        "opportunities.title as klusTitle",
        "team_claims.spots",
        "team_claims.created_at as createdAt",
      ])
      .where("team_claims.created_by", "=", userId)
      .execute(),
    db
      .selectFrom("applications")
      .innerJoin("opportunities", "opportunities.id", "applications.opportunity_id")
      .select([
        "applications.id",
        "opportunities.id as vacatureId",
        "opportunities.title as vacatureTitle",
        "applications.status",
        "applications.motivation",
        "applications.created_at as createdAt",
        "applications.decided_at as decidedAt",
      ])
      .where("applications.volunteer_id", "=", userId)
      .orderBy("applications.created_at")
      .execute(),
    db
      .selectFrom("feedback")
      .select([
        "id",
        "subject_type as subjectType",
        "subject_id as subjectId",
        "outcome",
        "note",
        "created_at as createdAt",
      ])
      .where("author_id", "=", userId)
      .execute(),
    db
      .selectFrom("messages")
      .innerJoin("conversations", "conversations.id", "messages.conversation_id")
      .select([
        "messages.id",
        "messages.conversation_id as conversationId",
        conversationName.as("conversationName"),
        "messages.kind",
        "messages.body",
        "messages.created_at as createdAt",
        "messages.edited_at as editedAt",
        "messages.deleted_at as deletedAt",
        "messages.hidden_at as hiddenAt",
      ])
      .where("messages.author_id", "=", userId)
      .orderBy("messages.created_at")
      .execute(),
    db
      .selectFrom("messages")
      .select(["id", "conversation_id as conversationId", "hidden_at as hiddenAt"])
      .where("hidden_by", "=", userId)
      .execute(),
    db
      .selectFrom("message_reports")
      .select(["id", "message_id as messageId", "reason", "created_at as createdAt", "handled_at as handledAt"])
      .where("reporter_id", "=", userId)
      .execute(),
    db
      .selectFrom("conversation_members")
      .innerJoin("conversations", "conversations.id", "conversation_members.conversation_id")
      .select([
        "conversations.id as conversationId",
        "conversations.kind",
        conversationName.as("conversationName"),
        "conversation_members.subscribed",
        "conversation_members.joined_at as joinedAt",
      ])
      .where("conversation_members.user_id", "=", userId)
      .execute(),
    db
      .selectFrom("conversations")
      .leftJoin("users as other", (join) =>
        join.on(
          sql<boolean>`other.id = case when conversations.volunteer_id = ${userId} then conversations.other_volunteer_id else conversations.volunteer_id end`,
        ),
      )
      .select([
        "conversations.id as conversationId",
        "conversations.kind",
        conversationName.as("conversationName"),
        personName("other").as("otherPersonName"),
        "conversations.created_at as createdAt",
      ])
      .where((eb) =>
        eb.or([eb("conversations.volunteer_id", "=", userId), eb("conversations.other_volunteer_id", "=", userId)]),
      )
      .execute(),
    db
      .selectFrom("contact_consents")
      .innerJoin("users as other", (join) =>
        join.on(
          sql<boolean>`other.id = case when contact_consents.user_id = ${userId} then contact_consents.other_user_id else contact_consents.user_id end`,
        ),
      )
      .select([
        sql<"given" | "received">`case when contact_consents.user_id = ${userId} then 'given' else 'received' end`.as(
          "direction",
        ),
        personName("other").as("otherPersonName"),
        "contact_consents.created_at as createdAt",
      ])
      .where((eb) =>
        eb.or([eb("contact_consents.user_id", "=", userId), eb("contact_consents.other_user_id", "=", userId)]),
      )
      .execute(),
    db
      .selectFrom("user_blocks")
      .innerJoin("users as blocked", "blocked.id", "user_blocks.blocked_id")
      .select([personName("blocked").as("blockedPersonName"), "user_blocks.created_at as createdAt"])
      .where("user_blocks.blocker_id", "=", userId)
      .execute(),
    db
      .selectFrom("notifications")
      .select(["id", "kind", "data", "link", "created_at as createdAt", "read_at as readAt", "emailed_at as emailedAt"])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("notification_preferences")
      .select([
        "email_enabled as emailEnabled",
        "digest_frequency as digestFrequency",
        "quiet_hours_start as quietHoursStart",
        "quiet_hours_end as quietHoursEnd",
        sql<string | null>`to_char(alerts_paused_until, 'YYYY-MM-DD')`.as("alertsPausedUntil"),
        "last_digest_at as lastDigestAt",
        "updated_at as updatedAt",
      ])
      .where("user_id", "=", userId)
      .executeTakeFirst(),
    db
      .selectFrom("memberships")
      .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
      .select([
        "organisations.id as organisationId",
        "organisations.name as organisationName",
        "memberships.role",
        "memberships.created_at as createdAt",
      ])
      .where("memberships.user_id", "=", userId)
      .execute(),
    db
      .selectFrom("invite_codes")
      .select([
        "id",
        "organisation_id as organisationId",
        "code",
        "uses",
        "max_uses as maxUses",
        "created_at as createdAt",
      ])
      .where("created_by", "=", userId)
      .execute(),
    db
      .selectFrom("opportunities")
      .select(["id", "kind", "title", "status", "created_at as createdAt"])
      .where("created_by", "=", userId)
      .execute(),
    db
      .selectFrom("market_listings")
      .select(["id", "side", "title", "status", "created_at as createdAt"])
      .where("created_by", "=", userId)
      .execute(),
    db
      .selectFrom("organisations")
      .select([
        "id as organisationId",
        "name as organisationName",
        sql<"approved" | "rejected">`case when approved_by = ${userId} then 'approved' else 'rejected' end`.as(
          "decision",
        ),
      ])
      .where((eb) => eb.or([eb("approved_by", "=", userId), eb("rejected_by", "=", userId)]))
      .execute(),
    db.selectFrom("settings").select(["key", "updated_at as updatedAt"]).where("updated_by", "=", userId).execute(),
    db
      .selectFrom("opportunity_reports")
      .select(["id", "opportunity_id as opportunityId", "reason", "created_at as createdAt", "handled_at as handledAt"])
      .where("reporter_id", "=", userId)
      .execute(),
    db
      .selectFrom("channel_suspensions")
      .select(["until", "reason", "created_at as createdAt"])
      .where("user_id", "=", userId)
      .execute(),
    db
      .selectFrom("audit_log")
      .select(["at", "action", "subject_type as subjectType", "subject_id as subjectId", "note"])
      .where("actor_id", "=", userId)
      .orderBy("at")
      .execute(),
    db
      .selectFrom("message_reports")
      .select(["id", "message_id as messageId", "handled_at as handledAt"])
      .where("handled_by", "=", userId)
      .execute(),
    db
      .selectFrom("opportunity_reports")
      .select(["id", "opportunity_id as opportunityId", "handled_at as handledAt"])
      .where("handled_by", "=", userId)
      .execute(),
    db
      .selectFrom("channel_suspensions")
      .select(["until", "created_at as createdAt"])
      .where("created_by", "=", userId)
      .execute(),
    db
      .selectFrom("opportunities")
      .select(["id", "title", "hidden_at as hiddenAt"])
      .where("hidden_by", "=", userId)
      .execute(),
    db
      .selectFrom("sessions")
      .select(["created_at as createdAt", "expires_at as expiresAt"])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute(),
    // Which klussen they were told about, when, and why they were chosen.
    db
      .selectFrom("notices")
      .innerJoin("opportunities", "opportunities.id", "notices.opportunity_id")
      .select([
        "notices.opportunity_id as opportunityId",
        "opportunities.title",
        "notices.told_at as toldAt",
        "notices.score",
        "notices.reasons",
      ])
      .where("notices.volunteer_id", "=", userId)
      .orderBy("notices.told_at")
      .execute(),
  ]);
  return {
    account,
    roles: roles.map((r) => r.role_slug),
    profile: profile ?? null,
    skills: skills.map((s) => s.skill_slug),
    claims,
    teamClaimsCreated,
    applications,
    feedback,
    messages,
    messagesHidden,
    messageReports,
    conversationMemberships,
    directConversations,
    contactConsents,
    blocks,
    notifications,
    notificationPreferences: notificationPreferences ?? null,
    notices,
    organisationMemberships,
    inviteCodesCreated,
    opportunitiesCreated,
    listingsCreated,
    registrationDecisions,
    settingsChanged,
    klusReports,
    channelSuspensions,
    moderation: {
      actions: moderationActions,
      messageReportsHandled,
      klusReportsHandled,
      suspensionsImposed,
      klussenHidden,
    },
    sessions,
  };
}

/** Locks the user row; undefined when it does not exist or was deleted already. */
export async function lockLivingUser(trx: Trx, userId: string) {
  return trx
    .selectFrom("users")
    .select(["id", "display_name as displayName", "password_hash as passwordHash"])
    .where("id", "=", userId)
    .where("deleted_at", "is", null)
    .forUpdate()
    .executeTakeFirst();
}

/** Organisations where this person is the only coordinator (they stay without one after a deletion). */
export async function soleCoordinatorOf(db: DbOrTrx, userId: string) {
  return db
    .selectFrom("memberships as mine")
    .innerJoin("organisations", "organisations.id", "mine.organisation_id")
    .select(["organisations.id", "organisations.name"])
    .where("mine.user_id", "=", userId)
    .where("mine.role", "=", "coordinator")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("memberships as other")
            .select(sql`1`.as("one"))
            .whereRef("other.organisation_id", "=", "mine.organisation_id")
            .where("other.role", "=", "coordinator")
            .where("other.user_id", "<>", userId),
        ),
      ),
    )
    .orderBy("organisations.name")
    .execute();
}

/**
 * Removes everything personal of one person in the caller's transaction and keeps the user row as an
 * anonymous anchor: claims, hours, team claims and messages keep counting and conversations stay whole.
 * Returns the ids of the sessions it ended, to hang up their sockets after commit.
 */
export async function erasePerson(trx: Trx, userId: string, oldName: string): Promise<string[]> {
  const sessions = await trx.deleteFrom("sessions").where("user_id", "=", userId).returning("id").execute();
  await trx
    .updateTable("users")
    .set({
      email: null,
      login_name: null,
      display_name: FORMER_PERSON_NAME,
      // Not an argon2 hash: verifyPassword refuses it, so no password can ever match.
      password_hash: "!deleted",
      calendar_token: null,
      deleted_at: sql`now()`,
    })
    .where("id", "=", userId)
    .execute();
  await trx.deleteFrom("user_roles").where("user_id", "=", userId).execute();
  await trx.deleteFrom("volunteer_profiles").where("user_id", "=", userId).execute();
  await trx.deleteFrom("volunteer_skills").where("user_id", "=", userId).execute();
  await trx.deleteFrom("memberships").where("user_id", "=", userId).execute();
  await trx.deleteFrom("conversation_members").where("user_id", "=", userId).execute();
  await trx
    .deleteFrom("contact_consents")
    .where((eb) => eb.or([eb("user_id", "=", userId), eb("other_user_id", "=", userId)]))
    .execute();
  await trx
    .deleteFrom("user_blocks")
    .where((eb) => eb.or([eb("blocker_id", "=", userId), eb("blocked_id", "=", userId)]))
    .execute();
  await trx.deleteFrom("notifications").where("user_id", "=", userId).execute();
  // The waves keep their counts for the coordinator's explanation; who was told goes.
  await trx.deleteFrom("notices").where("volunteer_id", "=", userId).execute();
  await trx.deleteFrom("notification_preferences").where("user_id", "=", userId).execute();
  // A suspension is about the person; their reports stay for the moderators (shown as from oud-vrijwilliger).
  await trx.deleteFrom("channel_suspensions").where("user_id", "=", userId).execute();
  // Free text they wrote to an organisation; the rows still count (applications, feedback outcomes).
  await trx.updateTable("applications").set({ motivation: "" }).where("volunteer_id", "=", userId).execute();
  await trx
    .updateTable("applications")
    .set({ status: "withdrawn", decided_at: sql`now()`, updated_at: sql`now()` })
    .where("volunteer_id", "=", userId)
    .where("status", "in", ["new", "in_conversation"])
    .execute();
  await trx.updateTable("feedback").set({ note: "" }).where("author_id", "=", userId).execute();
  // Other people's notifications copied the name at the time ("Sanne claimed …"); they hold no user
  // id, so they are matched by the old name, which may also anonymise a namesake's notice: harmless.
  for (const key of ["name", "promotedName"]) {
    await trx
      .updateTable("notifications")
      .set({ data: sql`jsonb_set(data, ${sql.lit(`{${key}}`)}, to_jsonb(${FORMER_PERSON_NAME}::text))` })
      .where(sql<string>`data->>${sql.lit(key)}`, "=", oldName)
      .execute();
  }
  return sessions.map((s) => s.id);
}
