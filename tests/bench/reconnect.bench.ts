/**
 * reconnect: 500 logged-in Socket.IO clients in 25 conversations (organisation channels of 20)
 * while 50 senders keep sending (about 33 messages a second in all, without waiting for answers);
 * each client's connection is cut twice at random moments and comes back by itself, and resyncs
 * with `conversation:sync` from the highest changedSeq it saw, merging by message id. Afterwards
 * every client's messages are compared with what was stored: missed = stored but not held,
 * duplicated = shown more than once (the same id twice, or the same send stored twice). Catch-up:
 * from the reconnect until the client holds everything up to the conversation's counter at its
 * resync. The clients run in a child process. Prints one JSON line last:
 * { name, missed, duplicated, catchUpP99Ms, … }.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createOrganisation, createVolunteers } from "../../db/factories";
import { ensureOrganisationChannel } from "../../server/domain/messaging/conversations.repository";
import { startClientProcess } from "./support/ipc";
import { runLimited, sessionCookies, startMessagingApp, subscribe } from "./support/messaging-app";
import type { ReconnectClientHandlers } from "./support/reconnect-clients";
import { round2 } from "./support/stats";

const CONVERSATIONS = 25;
const RECEIVERS_PER_CONVERSATION = 20;
const SENDERS_PER_CONVERSATION = 2;
const DURATION_MS = 20_000;
const SEND_INTERVAL_MS = 1_500;
const DROPS_PER_CLIENT = 2;
const SETTLE_MS = 15_000;

const log = (message: string) => process.stderr.write(`[reconnect] ${message}\n`);
const here = path.dirname(fileURLToPath(import.meta.url));

async function main() {
  const app = await startMessagingApp("reconnect");
  const clients = startClientProcess<ReconnectClientHandlers>(path.join(here, "support/reconnect-clients.ts"));
  try {
    const { db } = app.context;
    const perConversation = RECEIVERS_PER_CONVERSATION + SENDERS_PER_CONVERSATION;
    const users = await createVolunteers(db, CONVERSATIONS * perConversation);
    const conversationIds: string[] = [];
    for (let c = 0; c < CONVERSATIONS; c++) {
      const organisation = await createOrganisation(db, { name: `Herverbindbench ${c}` });
      conversationIds.push(await ensureOrganisationChannel(db, organisation.id));
    }
    const groups = conversationIds.map((conversationId, c) => ({
      conversationId,
      users: users.slice(c * perConversation, (c + 1) * perConversation),
    }));
    await runLimited(groups, 4, (group) =>
      subscribe(
        app.context,
        group.conversationId,
        group.users.map((u) => u.id),
      ),
    );
    const cookies = await sessionCookies(
      app.context,
      users.map((u) => u.id),
    );
    const cookieOf = new Map(users.map((u, i) => [u.id, cookies[i]!]));
    const role = (from: number, to: number) =>
      groups.flatMap((group) =>
        group.users.slice(from, to).map((u) => ({ cookie: cookieOf.get(u.id)!, conversationId: group.conversationId })),
      );

    log(
      `connecting ${CONVERSATIONS * RECEIVERS_PER_CONVERSATION} receivers and ${CONVERSATIONS * SENDERS_PER_CONVERSATION} senders`,
    );
    await clients.call("connect", {
      url: app.url,
      receivers: role(0, RECEIVERS_PER_CONVERSATION),
      senders: role(RECEIVERS_PER_CONVERSATION, perConversation),
    });
    log(`sending for ${DURATION_MS / 1000} s while every receiver drops ${DROPS_PER_CLIENT} times`);
    const result = await clients.call("run", {
      durationMs: DURATION_MS,
      sendIntervalMs: SEND_INTERVAL_MS,
      dropsPerClient: DROPS_PER_CLIENT,
      settleMs: SETTLE_MS,
    });
    await clients.call("close", undefined);
    if (result.sendErrorCount > 0 || result.problemCount > 0) {
      throw new Error(
        `${result.sendErrorCount} send errors ${JSON.stringify(result.sendErrors)}, ` +
          `${result.problemCount} client problems ${JSON.stringify(result.problems)}`,
      );
    }

    // What was stored, per conversation: every id, and per send (author + clientId) how many rows.
    const stored = await db
      .selectFrom("messages")
      .select(["id", "conversation_id as conversationId", "author_id as authorId", "client_id as clientId"])
      .where("conversation_id", "in", conversationIds)
      .execute();
    const idsOf = new Map<string, Set<string>>();
    for (const row of stored) {
      const ids = idsOf.get(row.conversationId) ?? new Set<string>();
      ids.add(String(row.id));
      idsOf.set(row.conversationId, ids);
    }
    const sends = new Set(stored.map((row) => `${row.authorId}/${row.clientId}`));
    const storedTwice = stored.length - sends.size;

    let missed = 0;
    let duplicated = 0;
    for (const client of result.received) {
      const held = new Set(client.shown);
      for (const id of idsOf.get(client.conversationId) ?? []) if (!held.has(id)) missed += 1;
      duplicated += client.shown.length - held.size;
      duplicated += client.clientIds.length - new Set(client.clientIds).size;
    }
    log(
      `${result.sent} sent, ${stored.length} stored (${storedTwice} stored twice); ${result.drops} drops, ` +
        `${result.reconnects} reconnects (${result.interruptedResyncs} resyncs cut off by the next drop); ${result.redelivered} delivered live and again by a resync (merged); ` +
        `${result.liveOutOfOrder} live messages arrived behind the cursor; ${result.stillCatchingUp} still catching up, ` +
        `${result.disconnectedAtEnd} disconnected at the end; catch-up p50 ${result.catchUp.p50.toFixed(1)} ms, ` +
        `p95 ${result.catchUp.p95.toFixed(1)} ms, p99 ${result.catchUp.p99.toFixed(1)} ms over ${result.catchUp.count}` +
        ` (first sync answer p50 ${result.firstSync.p50.toFixed(1)} ms, p99 ${result.firstSync.p99.toFixed(1)} ms); ` +
        `${result.resyncsPastAHole} resyncs started past ${result.seqsPassedOver} seqs the client never got`,
    );

    console.log(
      JSON.stringify({
        name: "reconnect",
        missed,
        duplicated,
        catchUpP99Ms: round2(result.catchUp.p99),
        catchUpP50Ms: round2(result.catchUp.p50),
        clients: result.received.length,
        reconnects: result.reconnects,
        messages: stored.length,
      }),
    );
    if (missed > 0 || duplicated > 0) process.exitCode = 1;
  } finally {
    await clients.stop();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
