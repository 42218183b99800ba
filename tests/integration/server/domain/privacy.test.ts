import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  addMembership,
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createSession,
  createVolunteer,
  defaultTestPassword,
} from "../../../../db/factories";
import type { Actor } from "../../../../server/domain/actor";
import { FORMER_PERSON_NAME } from "../../../../server/domain/people/former-person";
import { createPrivacyService, exportCovers } from "../../../../server/domain/privacy/privacy.service";
import { next, socketPool, startRealtimeApp, type RealtimeApp } from "../../../support/realtime";

let app: RealtimeApp;
const sockets = socketPool();

beforeAll(async () => {
  app = await startRealtimeApp({ indexPrefix: `pv${randomUUID().slice(0, 6)}_` });
});
afterEach(() => sockets.disconnectAll());
afterAll(async () => {
  await app.close();
});

const day = 24 * 60 * 60 * 1000;
const asVolunteer = (userId: string): Actor => ({ kind: "user", userId, roles: ["volunteer"] });

/** A volunteer with a profile, skills and a birth date who claimed a klus and wrote in its klus group. */
async function activeVolunteer() {
  const db = app.context.db;
  const { services } = app.context;
  const organisation = await createOrganisation(db);
  const { user: coordinatorUser } = await createCoordinator(db, organisation);
  const coordinator: Actor = { kind: "user", userId: coordinatorUser.id, roles: ["organisation_coordinator"] };
  const klus = await createOpportunity(db, {
    organisation_id: organisation.id,
    kind: "task",
    spots: 3,
    title: `Bladeren harken ${randomUUID().slice(0, 6)}`,
  });
  const vacature = await createOpportunity(db, { organisation_id: organisation.id, kind: "vacancy" });
  const { user } = await createVolunteer(db, {
    user: { display_name: `Sanne ${randomUUID().slice(0, 6)}` },
    profile: { birth_date: "1990-04-05", about: "Ik help graag", languages: ["nl", "en"] },
    skills: ["moestuin"],
  });
  const actor = asVolunteer(user.id);
  await services.claims.claim(actor, { opportunityId: klus.id });
  await services.applications.apply(actor, { opportunityId: vacature.id, motivation: "Ik wil graag meedoen" });
  const { conversationId } = await services.conversations.openKlusGroup(actor, { opportunityId: klus.id });
  await services.messaging.send(actor, { conversationId, clientId: randomUUID(), body: "Ik neem een hark mee" });
  const { sessionId } = await services.accounts.logIn(
    { kind: "anonymous" },
    { email: user.email, password: defaultTestPassword },
  );
  return { user, actor, coordinator, organisation, klus, vacature, conversationId, sessionId };
}

describe("the export", () => {
  it("covers every column that refers to a person (the schema walk)", async () => {
    const { rows } = await sql<{ column: string }>`
      select kcu.table_name || '.' || kcu.column_name as "column"
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu
        on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
      where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'
        and ccu.table_name = 'users' and ccu.column_name = 'id'`.execute(app.context.db);
    const referring = ["users.id", ...rows.map((r) => r.column)].sort();
    expect(referring.length).toBeGreaterThan(20);
    expect([...exportCovers].sort()).toEqual(referring);
  });

  it("holds the account, profile, claims, messages and sessions, and no password hash", async () => {
    const v = await activeVolunteer();
    const data = await app.context.services.privacy.exportData(v.actor);
    expect(data.account).toMatchObject({ id: v.user.id, email: v.user.email, displayName: v.user.display_name });
    expect(data.roles).toEqual(["volunteer"]);
    expect(data.profile).toMatchObject({ birthDate: "1990-04-05", about: "Ik help graag", languages: ["nl", "en"] });
    expect(data.skills).toEqual(["moestuin"]);
    expect(data.claims).toEqual([
      expect.objectContaining({ klusId: v.klus.id, klusTitle: v.klus.title, status: "active" }),
    ]);
    expect(data.applications).toEqual([
      expect.objectContaining({ vacatureId: v.vacature.id, motivation: "Ik wil graag meedoen" }),
    ]);
    expect(data.messages).toEqual([
      expect.objectContaining({ conversationName: v.klus.title, body: "Ik neem een hark mee" }),
    ]);
    expect(data.sessions).toHaveLength(1);
    expect(Object.keys(data.sessions[0]!).sort()).toEqual(["createdAt", "expiresAt"]);
    const text = JSON.stringify(data);
    expect(text).not.toContain("password");
    expect(text).not.toContain("$argon2");
    expect(text).not.toContain(v.sessionId);
  });

  it("is refused to anonymous visitors", async () => {
    await expect(app.context.services.privacy.exportData({ kind: "anonymous" })).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });
});

describe("deleting an account", () => {
  it("refuses a wrong password and removes nothing", async () => {
    const v = await activeVolunteer();
    await expect(
      app.context.services.privacy.deleteAccount(v.actor, { password: "not the password" }),
    ).rejects.toMatchObject({ code: "invalid", fieldErrors: { password: ["privacy:errors.password.wrong"] } });
    const user = await app.context.db
      .selectFrom("users")
      .select(["display_name", "email", "deleted_at"])
      .where("id", "=", v.user.id)
      .executeTakeFirstOrThrow();
    expect(user).toEqual({ display_name: v.user.display_name, email: v.user.email, deleted_at: null });
    await expect(app.context.services.accounts.actorForSession(v.sessionId)).resolves.toMatchObject({ kind: "user" });
  });

  it("removes the name everywhere at once, keeps claims and messages, frees the address and ends the sockets", async () => {
    const v = await activeVolunteer();
    const { services, db } = app.context;
    const spotsBefore = await services.claims.spotsLeft(v.klus.id);
    const socket = await sockets.open(app.url, (await app.context.sessionCookie.serialize(v.sessionId)).split(";")[0]);
    const told = next(socket, "session:ended");

    await services.privacy.deleteAccount(v.actor, { password: defaultTestPassword });
    await told;

    // The organisation still sees the spot taken, by oud-vrijwilliger.
    const list = await services.claims.listForOpportunity(v.coordinator, v.klus.id);
    expect(list.claims.map((c) => c.volunteerName)).toEqual([FORMER_PERSON_NAME]);
    expect(await services.claims.spotsLeft(v.klus.id)).toEqual(spotsBefore);
    // The message stays, from oud-vrijwilliger.
    const history = await services.messaging.history(v.coordinator, { conversationId: v.conversationId });
    expect(history.messages.map((m) => [m.authorName, m.body])).toEqual([[FORMER_PERSON_NAME, "Ik neem een hark mee"]]);
    // Applicants: withdrawn, the motivation gone, the name replaced.
    const applications = await services.applications.listForOrganisation(v.coordinator, v.organisation.id);
    const mine = applications.filter((a) => a.opportunityId === v.vacature.id);
    for (const application of mine) expect(JSON.stringify(application)).not.toContain(v.user.display_name);
    // Nowhere in the database is the old name or address left.
    const { rows } = await sql<{ hits: number }>`
      select (select count(*) from users where display_name = ${v.user.display_name} or email = ${v.user.email})
           + (select count(*) from notifications where data::text like ${`%${v.user.display_name}%`})
           + (select count(*) from applications where volunteer_id = ${v.user.id} and motivation <> '')
      as hits`.execute(db);
    expect(Number(rows[0]!.hits)).toBe(0);
    // Personal rows are gone; the user row stays, marked.
    for (const table of [
      "sessions",
      "user_roles",
      "volunteer_profiles",
      "volunteer_skills",
      "notifications",
    ] as const) {
      const left = await db
        .selectFrom(table)
        .select(sql`1`.as("one"))
        .where("user_id", "=", v.user.id)
        .execute();
      expect(left, table).toHaveLength(0);
    }
    const row = await db.selectFrom("users").selectAll().where("id", "=", v.user.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      email: null,
      login_name: null,
      calendar_token: null,
      display_name: FORMER_PERSON_NAME,
    });
    expect(row.deleted_at).toBeInstanceOf(Date);
    // Logged out; the old password opens nothing; the address signs up anew.
    await expect(services.accounts.actorForSession(v.sessionId)).resolves.toEqual({ kind: "anonymous" });
    await expect(
      services.accounts.logIn({ kind: "anonymous" }, { email: v.user.email, password: defaultTestPassword }),
    ).rejects.toMatchObject({ code: "invalid" });
    const again = await services.accounts.signUp(
      { kind: "anonymous" },
      { displayName: "Sanne opnieuw", email: v.user.email, password: defaultTestPassword, consent: true },
    );
    expect(again.user.id).not.toBe(v.user.id);
    // A deleted person gets no new notifications (their claim still makes them a klus group member).
    await services.messaging.send(v.coordinator, {
      conversationId: v.conversationId,
      clientId: randomUUID(),
      body: "Bedankt allemaal",
    });
    await services.background.drain();
    const notes = await db.selectFrom("notifications").select("id").where("user_id", "=", v.user.id).execute();
    expect(notes).toHaveLength(0);
    // Deleting twice: the actor is gone.
    await expect(services.privacy.deleteAccount(v.actor, { password: defaultTestPassword })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("names the organisations left without a coordinator", async () => {
    const db = app.context.db;
    const organisation = await createOrganisation(db);
    const { user } = await createCoordinator(db, organisation);
    const other = await createOrganisation(db);
    const { user: second } = await createCoordinator(db, other);
    await addMembership(db, other.id, user.id, "coordinator");
    const preview = await app.context.services.privacy.deletionPreview({
      kind: "user",
      userId: user.id,
      roles: ["organisation_coordinator"],
    });
    expect(preview.soleCoordinatorOf).toEqual([{ id: organisation.id, name: organisation.name }]);
    expect(second.id).not.toBe(user.id);
  });
});

describe("retention", () => {
  const privacy = () =>
    createPrivacyService({
      ...app.context.services.deps,
      config: { ...app.context.services.deps.config, retention: { klusGroupDays: 30, notificationDays: 180 } },
    });

  it("removes a klus group's messages 30 days after the klus ended, not before, and an ended klus's group refuses messages", async () => {
    const v = await activeVolunteer();
    const db = app.context.db;
    // Long ago, so the job at these moments touches no other test's klus groups.
    const endsAt = new Date(Date.now() - 400 * day);
    await db
      .updateTable("opportunities")
      .set({ starts_at: new Date(endsAt.getTime() - 2 * 3_600_000), ends_at: endsAt })
      .where("id", "=", v.klus.id)
      .execute();
    await expect(
      app.context.services.messaging.send(v.coordinator, {
        conversationId: v.conversationId,
        clientId: randomUUID(),
        body: "Te laat",
      }),
    ).rejects.toMatchObject({ code: "conflict" });

    const count = () =>
      db.selectFrom("messages").select("id").where("conversation_id", "=", v.conversationId).execute();
    await privacy().removeOldKlusGroupMessages(new Date(endsAt.getTime() + 30 * day - 60_000));
    expect(await count()).toHaveLength(1);
    await privacy().removeOldKlusGroupMessages(new Date(endsAt.getTime() + 30 * day + 60_000));
    expect(await count()).toHaveLength(0);
    const group = await db
      .selectFrom("conversations")
      .select("messages_removed_at")
      .where("id", "=", v.conversationId)
      .executeTakeFirstOrThrow();
    expect(group.messages_removed_at).toBeInstanceOf(Date);
  });

  it("removes expired sessions and notifications older than 180 days", async () => {
    const db = app.context.db;
    const { user } = await createVolunteer(db);
    // The real clock: the job removes every expired session, and other tests' sessions must still count.
    const now = new Date();
    const expired = await createSession(db, { userId: user.id, expiresAt: new Date(now.getTime() - 1_000) });
    const alive = await createSession(db, { userId: user.id, expiresAt: new Date(now.getTime() + 1_000) });
    const [old, recent] = await db
      .insertInto("notifications")
      .values([
        { user_id: user.id, kind: "klusReminder", created_at: new Date(now.getTime() - 180 * day - 60_000) },
        { user_id: user.id, kind: "klusReminder", created_at: new Date(now.getTime() - 180 * day + 60_000) },
      ] as never)
      .returning("id")
      .execute();
    await privacy().removeExpiredSessions(now);
    await privacy().removeOldNotifications(now);
    const sessions = await db.selectFrom("sessions").select("id").where("user_id", "=", user.id).execute();
    expect(sessions.map((s) => s.id)).toEqual([alive.id]);
    expect(expired.id).not.toBe(alive.id);
    const notes = await db.selectFrom("notifications").select("id").where("user_id", "=", user.id).execute();
    expect(notes.map((n) => n.id)).toEqual([recent!.id]);
    expect(old!.id).not.toBe(recent!.id);
  });
});
