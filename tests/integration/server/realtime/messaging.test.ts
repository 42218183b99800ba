import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createClaim,
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createVolunteer,
  createVolunteers,
} from "../../../../db/factories";
import type { MessageView } from "../../../../server/domain/messaging/messaging.types";
import {
  next,
  record,
  sessionCookie,
  socketPool,
  nextWhere,
  startRealtimeApp,
  type Client,
  type RealtimeApp,
} from "../../../support/realtime";

let app: RealtimeApp;
const sockets = socketPool();

beforeAll(async () => {
  app = await startRealtimeApp({ indexPrefix: `rm${randomUUID().slice(0, 6)}_` });
});
afterEach(() => sockets.disconnectAll());
afterAll(async () => {
  await app.close();
});

const open = (cookie?: string) => sockets.open(app.url, cookie);

/** A klus group with its coordinator and one claimant, each with a connected socket. */
async function klusGroup() {
  const db = app.context.db;
  const organisation = await createOrganisation(db);
  const coordinator = await createCoordinator(db, organisation);
  const klus = await createOpportunity(db, { organisation_id: organisation.id, kind: "task", spots: 2 });
  const volunteer = await createVolunteer(db);
  const actor = { kind: "user" as const, userId: volunteer.user.id, roles: [] };
  await app.context.services.claims.claim(actor, { opportunityId: klus.id });
  const { conversationId } = await app.context.services.conversations.openKlusGroup(actor, { opportunityId: klus.id });
  const [organiser, member] = await Promise.all([
    sessionCookie(app.context, coordinator.user.email).then(open),
    sessionCookie(app.context, volunteer.user.email).then(open),
  ]);
  return { conversationId, organiser, member, klus, organisation, coordinator, volunteer };
}

/**
 * A klus of a new organisation and the wijk channel of WK001412 with new volunteers subscribed, the
 * coordinator and each volunteer with a connected socket (by the names given).
 */
async function klusAndChannel<Name extends string>(spots: number, names: readonly Name[]) {
  const db = app.context.db;
  const organisation = await createOrganisation(db);
  const coordinator = await createCoordinator(db, organisation);
  const klus = await createOpportunity(db, { organisation_id: organisation.id, kind: "task", spots });
  const channel = await db
    .selectFrom("conversations")
    .select("id")
    .where("kind", "=", "wijk_channel")
    .where("wijk_code", "=", "WK001412")
    .executeTakeFirstOrThrow();
  const people = await Promise.all(names.map(() => createVolunteer(db)));
  for (const person of people) {
    await app.context.services.conversations.setChannelSubscription(
      { kind: "user", userId: person.user.id, roles: [] },
      { conversationId: channel.id, subscribed: true },
    );
  }
  const [organiser, ...subscribers] = await Promise.all(
    [coordinator.user.email, ...people.map((person) => person.user.email)].map((email) =>
      sessionCookie(app.context, email).then(open),
    ),
  );
  const socketOf = Object.fromEntries(names.map((name, i) => [name, subscribers[i]])) as Record<Name, Client>;
  return { klus, channelId: channel.id, organiser: organiser!, socketOf };
}

async function storedCount(conversationId: string) {
  const row = await app.context.db
    .selectFrom("messages")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("conversation_id", "=", conversationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("messages over the socket", () => {
  it("acks a stored message and delivers it to the other members once, also when retried", async () => {
    const { conversationId, organiser, member } = await klusGroup();
    const received = record(member, "message:created");
    const clientId = randomUUID();
    const ack = await organiser.timeout(3_000).emitWithAck("message:send", { conversationId, clientId, body: "Hoi!" });
    expect(ack).toMatchObject({ data: { body: "Hoi!", seq: 1, clientId } });
    await expect.poll(() => received.length).toBe(1);

    const retry = await organiser
      .timeout(3_000)
      .emitWithAck("message:send", { conversationId, clientId, body: "Hoi!" });
    expect(retry).toMatchObject({ data: { id: (ack as { data: MessageView }).data.id } });
    // A probe after the retry: when it arrives, a second broadcast of the retried message would have too.
    await organiser
      .timeout(3_000)
      .emitWithAck("message:send", { conversationId, clientId: randomUUID(), body: "probe" });
    await expect.poll(() => received.map((m) => m.body)).toEqual(["Hoi!", "probe"]);
    expect(await storedCount(conversationId)).toBe(2);
  });

  it("refuses events of non-members, malformed and unknown ones, to that socket only and storing nothing", async () => {
    const { conversationId, organiser, member } = await klusGroup();
    const stranger = await createVolunteer(app.context.db);
    const outsider = await open(await sessionCookie(app.context, stranger.user.email));
    const anonymous = await open();
    const send = (socket: Client, payload: unknown) =>
      socket.timeout(3_000).emitWithAck("message:send", payload as never);

    await expect(send(outsider, { conversationId, clientId: randomUUID(), body: "mag ik?" })).resolves.toMatchObject({
      error: { code: "forbidden" },
    });
    await expect(send(anonymous, { conversationId, clientId: randomUUID(), body: "anoniem" })).resolves.toMatchObject({
      error: { code: "unauthenticated" },
    });
    for (const payload of [
      null,
      "tekst",
      { conversationId },
      { conversationId, clientId: "1", body: "x" },
      { conversationId: 5 },
    ]) {
      await expect(send(member, payload)).resolves.toMatchObject({ error: { code: "invalid" } });
    }
    await expect(
      send(member, { conversationId: randomUUID(), clientId: randomUUID(), body: "waar?" }),
    ).resolves.toMatchObject({
      error: { code: "not_found" },
    });
    await expect(
      outsider.timeout(3_000).emitWithAck("conversation:sync", { conversationId, afterSeq: 0 }),
    ).resolves.toMatchObject({ error: { code: "forbidden" } });
    expect(await storedCount(conversationId)).toBe(0);

    // The members were not affected.
    const heard = next(organiser, "message:created");
    await expect(
      send(member, { conversationId, clientId: randomUUID(), body: "nog steeds hier" }),
    ).resolves.toHaveProperty("data");
    await expect(heard).resolves.toMatchObject({ body: "nog steeds hier" });
  });

  it("drops only the socket that sends an oversized payload", async () => {
    const { conversationId, organiser, member } = await klusGroup();
    const disconnected = new Promise<string>((resolve) => member.once("disconnect", resolve));
    member.emit("message:send", { conversationId, clientId: randomUUID(), body: "x".repeat(40_000) }, () => {});
    await expect(disconnected).resolves.toMatch(/transport/);
    expect(await storedCount(conversationId)).toBe(0);
    await expect(
      organiser.timeout(3_000).emitWithAck("message:send", { conversationId, clientId: randomUUID(), body: "ok" }),
    ).resolves.toHaveProperty("data");
  });

  it("refuses a flood of events from one socket while another socket is served", async () => {
    const { conversationId, organiser, member } = await klusGroup();
    const answers = await Promise.all(
      Array.from({ length: 120 }, () => member.timeout(5_000).emitWithAck("conversation:typing", { conversationId })),
    );
    const refused = answers.filter((answer) => "error" in answer && answer.error.code === "rate_limited");
    expect(refused.length).toBeGreaterThan(0);
    await expect(
      organiser.timeout(3_000).emitWithAck("message:send", { conversationId, clientId: randomUUID(), body: "gewoon" }),
    ).resolves.toHaveProperty("data");
  });

  it("tells the others who is typing, not the typist", async () => {
    const { conversationId, organiser, member, volunteer } = await klusGroup();
    const ownEcho = record(member, "conversation:typing");
    const typing = next(organiser, "conversation:typing");
    await member.timeout(3_000).emitWithAck("conversation:typing", { conversationId });
    await expect(typing).resolves.toEqual({
      conversationId,
      userId: volunteer.user.id,
      name: volunteer.user.display_name,
    });
    expect(ownEcho).toEqual([]);
  });

  it("puts a new claimant's open socket in the klus group at once", async () => {
    const { conversationId, organiser, klus } = await klusGroup();
    const newcomer = await createVolunteer(app.context.db);
    const socket = await open(await sessionCookie(app.context, newcomer.user.email));
    const joined = next(socket, "conversation:membership");
    const ack = await socket.timeout(3_000).emitWithAck("claim:create", { opportunityId: klus.id });
    expect(ack).toMatchObject({ data: { claim: { status: "active" } } });
    await expect(joined).resolves.toEqual({ conversationId, member: true });
    const heard = next(socket, "message:created");
    await organiser
      .timeout(3_000)
      .emitWithAck("message:send", { conversationId, clientId: randomUUID(), body: "Welkom" });
    await expect(heard).resolves.toMatchObject({ body: "Welkom" });
  });

  it("updates the spots on a klus card for everyone in the channel when someone taps Ik doe mee", async () => {
    const { klus, channelId, organiser, socketOf } = await klusAndChannel(2, ["anna", "bram"]);
    const { anna: annaSocket, bram: bramSocket } = socketOf;
    const cardSeen = next(bramSocket, "message:created");
    const posted = await organiser
      .timeout(3_000)
      .emitWithAck("card:post", { conversationId: channelId, opportunityId: klus.id, clientId: randomUUID() });
    expect(posted).toMatchObject({ data: { card: { spotsLeft: 2 } } });
    const card = await cardSeen;

    const spotsSeen = next(bramSocket, "card:spots");
    await expect(annaSocket.timeout(3_000).emitWithAck("card:claim", { messageId: card.id })).resolves.toMatchObject({
      data: { spotsLeft: 1, claim: { status: "active" } },
    });
    await expect(spotsSeen).resolves.toEqual({ opportunityId: klus.id, spots: 2, spotsLeft: 1 });
  });

  it("sends a burst of spot changes of one klus twice: the first at once and, to end it, the spots the database holds", async () => {
    const db = app.context.db;
    const { klus, channelId, organiser, socketOf } = await klusAndChannel(5, ["reader"]);
    const readerSocket = socketOf.reader;
    const viewer = await open();
    await expect(
      organiser
        .timeout(3_000)
        .emitWithAck("card:post", { conversationId: channelId, opportunityId: klus.id, clientId: randomUUID() }),
    ).resolves.toMatchObject({ data: { card: { spotsLeft: 5 } } });
    await expect(
      viewer.timeout(3_000).emitWithAck("klus:subscribe", { opportunityId: klus.id }),
    ).resolves.toMatchObject({ data: { spotsLeft: 5 } });

    const lookups = vi.spyOn(app.context.services.messaging, "conversationsWithCardFor");
    const cards = record(readerSocket, "card:spots");
    const views = record(viewer, "klus:spots");
    const lastCard = nextWhere(readerSocket, "card:spots", (spots) => spots.spotsLeft === 2);
    const lastView = nextWhere(viewer, "klus:spots", (spots) => spots.spotsLeft === 2);
    // Three claims committed; their events arrive out of order (the last one published says 3 left).
    for (const volunteer of await createVolunteers(db, 3)) {
      await createClaim(db, { opportunityId: klus.id, volunteerId: volunteer.id });
    }
    for (const spotsLeft of [4, 2, 3]) {
      app.context.events.publish("claim.changed", { opportunityId: klus.id, spots: 5, spotsLeft });
    }
    await Promise.all([lastCard, lastView]);
    expect(views.map((spots) => spots.spotsLeft)).toEqual([4, 2]);
    expect(cards.map((spots) => spots.spotsLeft)).toEqual([4, 2]);
    expect(lookups.mock.calls).toEqual([[klus.id], [klus.id]]);
    lookups.mockRestore();
  });
});
