import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import {
  createClaim,
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createVolunteer,
} from "../../../../db/factories";
import type { Actor } from "../../../../server/domain/actor";
import { createTestServices } from "../../../support/context";

const { db, services } = createTestServices();
const { messaging, conversations, notifications, accounts } = services;
afterAll(() => services.background.drain());

const person = (userId: string, roles: Array<"volunteer" | "organisation_coordinator">): Actor => ({
  kind: "user",
  userId,
  roles,
});
const send = (who: Actor, conversationId: string, body: string) =>
  messaging.send(who, { conversationId, clientId: randomUUID(), body }).then(({ message }) => message);

/** The header as the root loader read it before: three services, the whole conversation list. */
async function headerTheOldWay(actor: Actor, openConversationId?: string) {
  const user = await accounts.getUser(actor);
  if (!user) return null;
  const list = await messaging.listConversations(actor);
  const unreadNotifications = (await notifications.listMine(actor, { limit: 200 })).filter((n) => !n.read).length;
  return {
    displayName: user.displayName,
    unreadNotifications,
    unreadMessages: list.reduce((sum, c) => sum + (c.id === openConversationId ? 0 : c.unread), 0),
  };
}

/**
 * A volunteer in conversations of every kind: some unread messages count, the rest may not (read,
 * their own, deleted, hidden, by someone they blocked, in a klus group they left by cancelling, in a
 * channel they left).
 */
async function volunteerWithConversations() {
  const organisation = await createOrganisation(db);
  const other = await createOrganisation(db);
  const coordinator = person((await createCoordinator(db, organisation)).user.id, ["organisation_coordinator"]);
  const otherCoordinator = person((await createCoordinator(db, other)).user.id, ["organisation_coordinator"]);
  const { user } = await createVolunteer(db);
  const volunteer = person(user.id, ["volunteer"]);
  const blocked = person((await createVolunteer(db)).user.id, ["volunteer"]);

  // A klus group: 2 count; one read, their own, a deleted, a hidden and a blocked person's do not.
  const klus = await createOpportunity(db, { organisation_id: organisation.id, kind: "task", spots: 5 });
  await createClaim(db, { opportunityId: klus.id, volunteerId: user.id });
  await createClaim(db, { opportunityId: klus.id, volunteerId: blocked.kind === "user" ? blocked.userId : "" });
  const { conversationId: group } = await conversations.openKlusGroup(coordinator, { opportunityId: klus.id });
  const read = await send(coordinator, group, "gelezen");
  await messaging.markRead(volunteer, { conversationId: group, seq: read.seq });
  await send(volunteer, group, "mijn eigen");
  await send(coordinator, group, "één");
  await send(coordinator, group, "twee");
  const deleted = await send(coordinator, group, "weg");
  await messaging.remove(coordinator, { messageId: deleted.id });
  const hidden = await send(coordinator, group, "verborgen");
  await db.updateTable("messages").set({ hidden_at: new Date() }).where("id", "=", hidden.id).execute();
  await send(blocked, group, "van iemand die ik blokkeerde");
  await conversations.block(volunteer, { userId: blocked.kind === "user" ? blocked.userId : "" });

  // A klus group they left by cancelling: nothing counts.
  const cancelled = await createOpportunity(db, { organisation_id: organisation.id, kind: "task", spots: 5 });
  await createClaim(db, { opportunityId: cancelled.id, volunteerId: user.id, status: "cancelled" });
  const { conversationId: leftGroup } = await conversations.openKlusGroup(coordinator, {
    opportunityId: cancelled.id,
  });
  await send(coordinator, leftGroup, "jij bent er niet meer bij");

  // An organisation channel they joined: 2 count; one they left: nothing counts.
  const { conversationId: channel } = await conversations.openOrganisationChannel(coordinator, {
    organisationId: organisation.id,
  });
  await conversations.setChannelSubscription(volunteer, { conversationId: channel, subscribed: true });
  await send(coordinator, channel, "kanaal één");
  await send(coordinator, channel, "kanaal twee");
  const { conversationId: leftChannel } = await conversations.openOrganisationChannel(otherCoordinator, {
    organisationId: other.id,
  });
  await conversations.setChannelSubscription(volunteer, { conversationId: leftChannel, subscribed: true });
  await send(otherCoordinator, leftChannel, "voor de leden");
  await conversations.setChannelSubscription(volunteer, { conversationId: leftChannel, subscribed: false });

  // A direct conversation with the organisation: 1 counts.
  const { conversationId: direct } = await conversations.startWithOrganisation(volunteer, {
    organisationId: organisation.id,
  });
  await send(coordinator, direct, "hallo");
  // "New message" notifications are written after each answer; count once they all are.
  await services.background.drain();

  return { volunteer, displayName: user.display_name, group, channel, direct };
}

describe("the page header", () => {
  it("counts what the conversation list and the notifications counted, in one read", async () => {
    const { volunteer, displayName, group, channel, direct } = await volunteerWithConversations();
    const unreadNotifications = (await notifications.listMine(volunteer)).filter((n) => !n.read).length;
    expect(unreadNotifications).toBeGreaterThan(0);

    const everywhere = await notifications.header(volunteer, {});
    expect(everywhere).toEqual({ displayName, unreadNotifications, unreadMessages: 5 });
    expect(everywhere).toEqual(await headerTheOldWay(volunteer));

    for (const [open, unreadMessages] of [
      [group, 3],
      [channel, 3],
      [direct, 4],
    ] as const) {
      const header = await notifications.header(volunteer, { openConversationId: open });
      expect(header).toEqual({ displayName, unreadNotifications, unreadMessages });
      expect(header).toEqual(await headerTheOldWay(volunteer, open));
    }
  });

  it("leaves nothing out for an address that is not a conversation id", async () => {
    const { volunteer } = await volunteerWithConversations();
    const header = await notifications.header(volunteer, { openConversationId: "-".repeat(36) });
    expect(header).toMatchObject({ unreadMessages: 5 });
    await expect(notifications.header(volunteer, { openConversationId: randomUUID() })).resolves.toEqual(header);
  });

  it("counts nothing for someone new, and is null when nobody is logged in or the account is gone", async () => {
    const { user } = await createVolunteer(db);
    const newcomer = person(user.id, ["volunteer"]);
    await expect(notifications.header(newcomer, {})).resolves.toEqual({
      displayName: user.display_name,
      unreadNotifications: 0,
      unreadMessages: 0,
    });
    await expect(notifications.header({ kind: "anonymous" }, {})).resolves.toBeNull();
    await expect(notifications.header(person(randomUUID(), ["volunteer"]), {})).resolves.toBeNull();
  });
});
