import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoordinator, createOpportunity, createOrganisation, createVolunteer } from "../../../../db/factories";
import { SyncCursor } from "../../../../app/components/messaging/sync-cursor";
import type { MessageView } from "../../../../server/domain/messaging/messaging.types";
import {
  next,
  record,
  sessionCookie,
  socketPool,
  startRealtimeApp,
  type Client,
  type RealtimeApp,
  waitUntilLinked,
} from "../../../support/realtime";

let first: RealtimeApp;
let second: RealtimeApp;
const sockets = socketPool();

beforeAll(async () => {
  const prefix = `tp${randomUUID().slice(0, 6)}_`;
  [first, second] = await Promise.all([
    startRealtimeApp({ indexPrefix: prefix, env: { RATE_LIMIT_MULTIPLIER: "20" } }),
    startRealtimeApp({ indexPrefix: prefix, env: { RATE_LIMIT_MULTIPLIER: "20" } }),
  ]);
  await Promise.all([waitUntilLinked(first, second), waitUntilLinked(second, first)]);
});
afterAll(async () => {
  sockets.disconnectAll();
  await Promise.all([first.close(), second.close()]);
});

const open = (app: RealtimeApp, cookie: string) => sockets.open(app.url, cookie);

/** A klus group whose coordinator is on the first process and whose volunteer is on the second. */
async function klusGroupAcrossProcesses() {
  const db = first.context.db;
  const organisation = await createOrganisation(db);
  const coordinator = await createCoordinator(db, organisation);
  const klus = await createOpportunity(db, { organisation_id: organisation.id, kind: "task", spots: 3 });
  const volunteer = await createVolunteer(db);
  return { klus, coordinator, volunteer };
}

/** What a client does on reconnect: sync from its cursor until complete. */
async function resync(socket: Client, conversationId: string, seen: Map<string, MessageView>, cursor: SyncCursor) {
  for (;;) {
    const answer = await socket
      .timeout(5_000)
      .emitWithAck("conversation:sync", { conversationId, afterSeq: cursor.value });
    if (!("data" in answer)) throw new Error(answer.error.message);
    for (const message of answer.data.messages) seen.set(message.id, message);
    cursor.synced(answer.data);
    if (answer.data.complete) return;
  }
}

describe("two app processes sharing rooms through PostgreSQL", () => {
  it("delivers messages and klus group membership across processes", async () => {
    const { klus, coordinator, volunteer } = await klusGroupAcrossProcesses();
    const organiser = await open(first, await sessionCookie(first.context, coordinator.user.email));
    const member = await open(second, await sessionCookie(second.context, volunteer.user.email));

    // The claim goes through the second process; the group's room is joined for the volunteer's socket.
    const joined = next(member, "conversation:membership");
    await expect(member.timeout(5_000).emitWithAck("claim:create", { opportunityId: klus.id })).resolves.toMatchObject({
      data: { claim: { status: "active" } },
    });
    const { conversationId } = await joined;

    const heardBySecond = next(member, "message:created");
    await expect(
      organiser
        .timeout(5_000)
        .emitWithAck("message:send", { conversationId, clientId: randomUUID(), body: "Van proces 1" }),
    ).resolves.toHaveProperty("data");
    await expect(heardBySecond).resolves.toMatchObject({ body: "Van proces 1", seq: 1 });

    // The organiser hears its own message too (it is in the room); wait for the volunteer's.
    const heardByFirst = record(organiser, "message:created");
    await member
      .timeout(5_000)
      .emitWithAck("message:send", { conversationId, clientId: randomUUID(), body: "Van proces 2" });
    await expect.poll(() => heardByFirst.find((message) => message.body === "Van proces 2")).toMatchObject({ seq: 2 });
  });

  it("loses and doubles nothing when one process dies while people talk", async () => {
    const { klus, coordinator, volunteer } = await klusGroupAcrossProcesses();
    const volunteerActor = { kind: "user" as const, userId: volunteer.user.id, roles: [] };
    await first.context.services.claims.claim(volunteerActor, { opportunityId: klus.id });
    const { conversationId } = await first.context.services.conversations.openKlusGroup(volunteerActor, {
      opportunityId: klus.id,
    });
    const volunteerCookie = await sessionCookie(first.context, volunteer.user.email);
    const organiser = await open(first, await sessionCookie(first.context, coordinator.user.email));
    const member = await open(second, volunteerCookie);

    const seen = new Map<string, MessageView>();
    const shown: string[] = [];
    const cursor = new SyncCursor(0);
    const onMessage = (message: MessageView) => {
      if (!seen.has(message.id)) shown.push(message.id);
      seen.set(message.id, message);
      cursor.live(message.changedSeq);
    };
    member.on("message:created", onMessage);

    const sent: string[] = [];
    let sending = true;
    const sender = (async () => {
      for (let i = 0; sending || i < 30; i++) {
        const answer = await organiser
          .timeout(5_000)
          .emitWithAck("message:send", { conversationId, clientId: randomUUID(), body: `bericht ${i}` });
        if ("data" in answer) sent.push(answer.data.id);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();

    await expect.poll(() => seen.size).toBeGreaterThan(5);
    // The second process goes away mid-conversation; its client reconnects to the first and resyncs.
    await second.close();
    const moved = await open(first, volunteerCookie);
    moved.on("message:created", onMessage);
    await resync(moved, conversationId, seen, cursor);
    for (const message of seen.values()) if (!shown.includes(message.id)) shown.push(message.id);
    sending = false;
    await sender;
    await resync(moved, conversationId, seen, cursor);
    for (const message of seen.values()) if (!shown.includes(message.id)) shown.push(message.id);

    expect(sent.length).toBeGreaterThanOrEqual(30);
    expect(new Set(shown).size).toBe(shown.length);
    expect([...seen.keys()].sort()).toEqual([...sent].sort());
    const ordered = [...seen.values()].sort((a, b) => a.seq - b.seq).map((m) => m.seq);
    expect(ordered).toEqual(Array.from({ length: sent.length }, (_, i) => i + 1));
  });
});
