import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  createClaim,
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createVolunteer,
  createVolunteers,
} from "../../../../db/factories";
import type { Actor } from "../../../../server/domain/actor";
import { createTestServices } from "../../../support/context";

const { db, services, events } = createTestServices();
const { messaging, conversations, claims } = services;

// As a session gives them: the roles the factories granted.
const volunteerActor = (userId: string): Actor => ({ kind: "user", userId, roles: ["volunteer"] });
const coordinatorActor = (userId: string): Actor => ({ kind: "user", userId, roles: ["organisation_coordinator"] });
const send = (who: Actor, conversationId: string, body: string, clientId = randomUUID()) =>
  messaging.send(who, { conversationId, clientId, body });

async function klusWithGroup(spots = 3) {
  const organisation = await createOrganisation(db);
  const { user: coordinatorUser } = await createCoordinator(db, organisation, { password_hash: "!" });
  const klus = await createOpportunity(db, { organisation_id: organisation.id, kind: "task", spots });
  const coordinator = coordinatorActor(coordinatorUser.id);
  const { conversationId } = await conversations.openKlusGroup(coordinator, { opportunityId: klus.id });
  return { organisation, klus, coordinator, conversationId };
}

async function wijkChannel(code = "WK001401") {
  const row = await db
    .selectFrom("conversations")
    .select("id")
    .where("kind", "=", "wijk_channel")
    .where("wijk_code", "=", code)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe("membership", () => {
  it("makes a klus group of the coordinators and the active claimants, following the claims", async () => {
    const { klus, coordinator, conversationId } = await klusWithGroup(1);
    const [first, second, outsider] = (await createVolunteers(db, 3)).map((user) => volunteerActor(user.id));

    await claims.claim(first!, { opportunityId: klus.id });
    await claims.claim(second!, { opportunityId: klus.id }); // waitlisted: not in the group yet
    await send(coordinator, conversationId, "Welkom!");
    await expect(send(first!, conversationId, "Dank je")).resolves.toMatchObject({ created: true });
    await expect(send(second!, conversationId, "Ik ook?")).rejects.toMatchObject({ code: "forbidden" });
    await expect(messaging.history(outsider!, { conversationId })).rejects.toMatchObject({ code: "forbidden" });

    // The first cancels: they leave the group, the waitlisted one is promoted and joins it.
    const mine = await db
      .selectFrom("claims")
      .select("id")
      .where("opportunity_id", "=", klus.id)
      .where("volunteer_id", "=", first!.kind === "user" ? first!.userId : "")
      .executeTakeFirstOrThrow();
    await claims.cancel(first!, { claimId: mine.id });
    await expect(send(first!, conversationId, "Nog één ding")).rejects.toMatchObject({ code: "forbidden" });
    await expect(send(second!, conversationId, "Nu wel")).resolves.toMatchObject({ created: true });
  });

  it("lets people join and leave a wijk channel, and only members post", async () => {
    const conversationId = await wijkChannel();
    const [neighbour] = (await createVolunteers(db, 1)).map((user) => volunteerActor(user.id));
    await expect(send(neighbour!, conversationId, "Hallo wijk")).rejects.toMatchObject({ code: "forbidden" });
    await conversations.setChannelSubscription(neighbour!, { conversationId, subscribed: true });
    await expect(send(neighbour!, conversationId, "Hallo wijk")).resolves.toMatchObject({ created: true });
    const listed = await messaging.listConversations(neighbour!);
    expect(listed.find((c) => c.id === conversationId)?.title).toMatch(/\S/);
    await conversations.setChannelSubscription(neighbour!, { conversationId, subscribed: false });
    await expect(send(neighbour!, conversationId, "Weg")).rejects.toMatchObject({ code: "forbidden" });
  });

  it("names wijk channels as residents know them", async () => {
    const [neighbour] = (await createVolunteers(db, 1)).map((user) => volunteerActor(user.id));
    const channels = await conversations.listWijkChannels(neighbour!);
    expect(channels).toHaveLength(20);
    expect(channels.map((c) => c.title)).toContain("Oud-Oost (Oosterparkwijk)");
  });

  it("lets a volunteer write to an organisation, and volunteers each other only when both agreed", async () => {
    const organisation = await createOrganisation(db);
    const { user: coordinatorUser } = await createCoordinator(db, organisation, { password_hash: "!" });
    const [anna, bram] = (await createVolunteers(db, 2)).map((user) => volunteerActor(user.id));
    const annaId = anna!.kind === "user" ? anna!.userId : "";
    const bramId = bram!.kind === "user" ? bram!.userId : "";

    const { conversationId } = await conversations.startWithOrganisation(anna!, { organisationId: organisation.id });
    await send(anna!, conversationId, "Heeft u nog hulp nodig?");
    await expect(send(coordinatorActor(coordinatorUser.id), conversationId, "Ja, graag!")).resolves.toMatchObject({
      created: true,
    });
    const seenByCoordinator = await messaging.listConversations(coordinatorActor(coordinatorUser.id));
    expect(seenByCoordinator.find((c) => c.id === conversationId)).toMatchObject({ unread: 1 });

    // Organisations cannot start conversations with volunteers who never applied or claimed.
    await expect(
      conversations.startWithVolunteer(coordinatorActor(coordinatorUser.id), {
        organisationId: organisation.id,
        volunteerId: bramId,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });

    await expect(conversations.startWithVolunteerAsVolunteer(anna!, { volunteerId: bramId })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(conversations.allowContact(anna!, { userId: bramId })).resolves.toEqual({ mutual: false });
    // Bram is told who would like to, never how to reach them.
    const told = await db
      .selectFrom("notifications")
      .select(["kind", "data"])
      .where("user_id", "=", bramId)
      .where("kind", "=", "contactRequested")
      .execute();
    expect(told).toHaveLength(1);
    expect(Object.keys(told[0]!.data)).toEqual(["name"]);
    await expect(conversations.allowContact(anna!, { userId: coordinatorUser.id })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(conversations.startWithVolunteerAsVolunteer(anna!, { volunteerId: bramId })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(conversations.allowContact(bram!, { userId: annaId })).resolves.toEqual({ mutual: true });
    const direct = await conversations.startWithVolunteerAsVolunteer(anna!, { volunteerId: bramId });
    const again = await conversations.startWithVolunteerAsVolunteer(bram!, { volunteerId: annaId });
    expect(again.conversationId).toBe(direct.conversationId);
  });

  it("opens one channel per organisation, for its coordinators only, which volunteers may join", async () => {
    const organisation = await createOrganisation(db);
    const { user: coordinatorUser } = await createCoordinator(db, organisation, { password_hash: "!" });
    const [volunteer] = (await createVolunteers(db, 1)).map((user) => volunteerActor(user.id));
    await expect(
      conversations.openOrganisationChannel(volunteer!, { organisationId: organisation.id }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const opened = await conversations.openOrganisationChannel(coordinatorActor(coordinatorUser.id), {
      organisationId: organisation.id,
    });
    const again = await conversations.openOrganisationChannel(coordinatorActor(coordinatorUser.id), {
      organisationId: organisation.id,
    });
    expect(again.conversationId).toBe(opened.conversationId);
    await conversations.setChannelSubscription(volunteer!, { conversationId: opened.conversationId, subscribed: true });
    await expect(send(volunteer!, opened.conversationId, "Mag ik meedoen?")).resolves.toMatchObject({ created: true });
    const listed = await messaging.listConversations(coordinatorActor(coordinatorUser.id));
    expect(listed.find((c) => c.id === opened.conversationId)).toMatchObject({ title: organisation.name, unread: 1 });
  });

  it("tells the realtime layer who joined a klus group when a claim becomes active", async () => {
    const { klus, conversationId } = await klusWithGroup(2);
    const [volunteer] = (await createVolunteers(db, 1)).map((user) => volunteerActor(user.id));
    const seen: Array<{ conversationId: string; joined: string[] }> = [];
    const stop = events.subscribe("conversation.members_changed", (change) => seen.push(change));
    await claims.claim(volunteer!, { opportunityId: klus.id });
    await expect.poll(() => seen.find((change) => change.conversationId === conversationId)).toBeTruthy();
    stop();
  });
});

describe("delivery", () => {
  it("numbers concurrent messages without gaps, and a sync returns them in order", async () => {
    const { klus, coordinator, conversationId } = await klusWithGroup(10);
    const people = (await createVolunteers(db, 5)).map((user) => volunteerActor(user.id));
    for (const person of people)
      await createClaim(db, { opportunityId: klus.id, volunteerId: (person as { userId: string }).userId });

    await Promise.all(
      [coordinator, ...people].flatMap((person, p) =>
        Array.from({ length: 4 }, (_, i) => send(person, conversationId, `bericht ${p}-${i}`)),
      ),
    );
    const synced = await messaging.sync(coordinator, { conversationId, afterSeq: 0 });
    expect(synced.messages.map((m) => m.seq)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(synced).toMatchObject({ complete: true, lastSeq: 24 });

    // A client that saw up to 20 gets exactly the four after it.
    const missed = await messaging.sync(people[0]!, { conversationId, afterSeq: 20 });
    expect(missed.messages.map((m) => m.seq)).toEqual([21, 22, 23, 24]);
  });

  it("stores a retried message once, also when both attempts arrive together", async () => {
    const { coordinator, conversationId } = await klusWithGroup();
    const clientId = randomUUID();
    const first = await send(coordinator, conversationId, "Eén keer", clientId);
    const retry = await send(coordinator, conversationId, "Eén keer", clientId);
    expect(first.created).toBe(true);
    expect(retry).toMatchObject({ created: false, message: { id: first.message.id, seq: first.message.seq } });

    const raceId = randomUUID();
    const both = await Promise.all([
      send(coordinator, conversationId, "Tegelijk", raceId),
      send(coordinator, conversationId, "Tegelijk", raceId),
    ]);
    expect(both.filter((result) => result.created)).toHaveLength(1);
    expect(both[0].message.id).toBe(both[1].message.id);
    const all = await messaging.sync(coordinator, { conversationId, afterSeq: 0 });
    expect(all.messages.map((m) => m.body)).toEqual(["Eén keer", "Tegelijk"]);
  });

  it("pages history backwards", async () => {
    const { coordinator, conversationId } = await klusWithGroup();
    for (let i = 1; i <= 7; i++) await send(coordinator, conversationId, `nummer ${i}`);
    const newest = await messaging.history(coordinator, { conversationId, limit: 3 });
    expect(newest.messages.map((m) => m.body)).toEqual(["nummer 5", "nummer 6", "nummer 7"]);
    expect(newest.hasMore).toBe(true);
    const older = await messaging.history(coordinator, {
      conversationId,
      limit: 5,
      beforeSeq: newest.messages[0]!.seq,
    });
    expect(older.messages.map((m) => m.body)).toEqual(["nummer 1", "nummer 2", "nummer 3", "nummer 4"]);
    expect(older.hasMore).toBe(false);
  });

  it("refuses empty, over-long and control-character messages, storing nothing", async () => {
    const { coordinator, conversationId } = await klusWithGroup();
    for (const body of ["   ", "x".repeat(2001), "bel\u0007l"]) {
      await expect(send(coordinator, conversationId, body)).rejects.toMatchObject({ code: "invalid" });
    }
    await expect(send(coordinator, randomUUID(), "ergens")).rejects.toMatchObject({ code: "not_found" });
    const all = await messaging.sync(coordinator, { conversationId, afterSeq: 0 });
    expect(all.messages).toEqual([]);
  });

  it("keeps an XSS payload as the plain text it is", async () => {
    const { coordinator, conversationId } = await klusWithGroup();
    const payload = `<script>alert(1)</script><img src=x onerror=alert(1)> javascript:alert(1)`;
    const { message } = await send(coordinator, conversationId, payload);
    expect(message.body).toBe(payload);
  });
});

describe("editing, read state and moderation", () => {
  it("edits and deletes one's own messages; a sync after them carries the changes", async () => {
    const { klus, coordinator, conversationId } = await klusWithGroup();
    const { user } = await createVolunteer(db);
    await createClaim(db, { opportunityId: klus.id, volunteerId: user.id });
    const volunteer = volunteerActor(user.id);

    const { message } = await send(volunteer, conversationId, "Ik kom om 10 uur");
    await expect(messaging.edit(coordinator, { messageId: message.id, body: "nee" })).rejects.toMatchObject({
      code: "forbidden",
    });
    const edited = await messaging.edit(volunteer, { messageId: message.id, body: "Ik kom om 11 uur" });
    expect(edited).toMatchObject({ body: "Ik kom om 11 uur", state: "visible" });
    expect(edited.editedAt).not.toBeNull();

    const changes = await messaging.sync(coordinator, { conversationId, afterSeq: message.changedSeq });
    expect(changes.messages).toMatchObject([{ id: message.id, body: "Ik kom om 11 uur" }]);

    const deleted = await messaging.remove(volunteer, { messageId: message.id });
    expect(deleted).toMatchObject({ state: "deleted", body: null });
    await expect(messaging.edit(volunteer, { messageId: message.id, body: "terug" })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("counts unread messages by others until read", async () => {
    const { klus, coordinator, conversationId } = await klusWithGroup();
    const { user } = await createVolunteer(db);
    await createClaim(db, { opportunityId: klus.id, volunteerId: user.id });
    const volunteer = volunteerActor(user.id);
    await send(coordinator, conversationId, "één");
    const { message } = await send(coordinator, conversationId, "twee");
    await send(volunteer, conversationId, "mijn eigen");

    const before = await messaging.listConversations(volunteer);
    expect(before.find((c) => c.id === conversationId)?.unread).toBe(2);
    await expect(messaging.markRead(volunteer, { conversationId, seq: message.seq })).resolves.toEqual({ unread: 0 });
    // Read state never goes back.
    await messaging.markRead(volunteer, { conversationId, seq: 1 });
    expect(await services.notifications.header(volunteer, {})).toMatchObject({ unreadMessages: 0 });
    // The "new message" notification is read with it.
    await expect
      .poll(async () =>
        db
          .selectFrom("notifications")
          .select("read_at")
          .where("user_id", "=", user.id)
          .where("kind", "=", "newMessage")
          .execute(),
      )
      .toEqual([{ read_at: expect.any(Date) }]);
  });

  it("lets coordinators hide messages in their klus group, and nobody else", async () => {
    const { klus, coordinator, conversationId } = await klusWithGroup();
    const [a, b] = await createVolunteers(db, 2);
    await createClaim(db, { opportunityId: klus.id, volunteerId: a!.id });
    await createClaim(db, { opportunityId: klus.id, volunteerId: b!.id });
    const { message } = await send(volunteerActor(a!.id), conversationId, "iets vervelends");
    await expect(messaging.hide(volunteerActor(b!.id), { messageId: message.id })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      messaging.report(volunteerActor(b!.id), { messageId: message.id, reason: "onaardig" }),
    ).resolves.toEqual({
      reported: true,
    });
    await expect(messaging.hide(coordinator, { messageId: message.id })).resolves.toMatchObject({
      state: "hidden",
      body: null,
    });
  });

  it("hides blocked people's messages from the blocker, and refuses their direct messages", async () => {
    const organisation = await createOrganisation(db);
    const { user: coordinatorUser } = await createCoordinator(db, organisation, { password_hash: "!" });
    const { user } = await createVolunteer(db);
    const volunteer = volunteerActor(user.id);
    const { conversationId } = await conversations.startWithOrganisation(volunteer, {
      organisationId: organisation.id,
    });
    await send(volunteer, conversationId, "eerste");
    await conversations.block(coordinatorActor(coordinatorUser.id), { userId: user.id });
    await expect(send(volunteer, conversationId, "tweede")).rejects.toMatchObject({ code: "forbidden" });
    const seen = await messaging.history(coordinatorActor(coordinatorUser.id), { conversationId });
    expect(seen.messages).toEqual([]);
  });

  it("limits how many messages one person sends per minute", async () => {
    const { coordinator, conversationId } = await klusWithGroup();
    for (let i = 0; i < 30; i++) await send(coordinator, conversationId, `snel ${i}`);
    await expect(send(coordinator, conversationId, "te veel")).rejects.toMatchObject({ code: "rate_limited" });
  });
});

describe("klus cards", () => {
  it("lets a coordinator post a card in a wijk channel, and a member claim from it for real", async () => {
    const organisation = await createOrganisation(db);
    const { user: coordinatorUser } = await createCoordinator(db, organisation, { password_hash: "!" });
    const klus = await createOpportunity(db, { organisation_id: organisation.id, kind: "task", spots: 1 });
    const conversationId = await wijkChannel("WK001405");
    const [member, late, outsider] = (await createVolunteers(db, 3)).map((user) => volunteerActor(user.id));
    await conversations.setChannelSubscription(member!, { conversationId, subscribed: true });
    await conversations.setChannelSubscription(late!, { conversationId, subscribed: true });

    const { message } = await messaging.postKlusCard(coordinatorActor(coordinatorUser.id), {
      conversationId,
      opportunityId: klus.id,
      clientId: randomUUID(),
    });
    expect(message.card).toMatchObject({ opportunityId: klus.id, spots: 1, spotsLeft: 1, open: true });

    await expect(messaging.claimFromCard(outsider!, { messageId: message.id })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(messaging.claimFromCard(member!, { messageId: message.id })).resolves.toMatchObject({
      spotsLeft: 0,
      claim: { status: "active" },
    });
    await expect(messaging.claimFromCard(late!, { messageId: message.id })).resolves.toMatchObject({
      claim: { status: "waitlisted", position: 1 },
    });
    const card = await messaging.sync(member!, { conversationId, afterSeq: message.seq - 1 });
    expect(card.messages[0]?.card).toMatchObject({ spotsLeft: 0 });
    expect(await messaging.conversationsWithCardFor(klus.id)).toEqual([conversationId]);
  });

  it("refuses cards from people who do not coordinate the klus", async () => {
    const klus = await createOpportunity(db, { kind: "task" });
    const { user } = await createVolunteer(db);
    await expect(
      messaging.postKlusCard(volunteerActor(user.id), {
        conversationId: await wijkChannel(),
        opportunityId: klus.id,
        clientId: randomUUID(),
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
