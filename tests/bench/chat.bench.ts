/**
 * chat: 2,000 logged-in Socket.IO clients in 100 conversations (organisation channels of 20
 * members) on one server process; send-to-receive latency of `message:send` → `message:created` at
 * every other member, and messages per second, against bare `ws` broadcasting the same traffic to
 * the same 2,000 × 100 layout in the same run. The clients run in a child process.
 *
 * Two phases per side, the same for both: paced (a fixed 40 messages a second, well under what the app sustains here, for the p50/p99) and
 * closed (every conversation sends its next message as soon as the previous one reached all its
 * members: the messages per second). Prints one JSON line last:
 * { name, p50Ms, p99Ms, messagesPerSecond, baselineP99Ms, ratioP99, … }.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createOrganisation, createVolunteers } from "../../db/factories";
import { ensureOrganisationChannel } from "../../server/domain/messaging/conversations.repository";
import { startBareBroadcast } from "./support/bare-broadcast";
import type { ChatClientHandlers, RunPlan } from "./support/chat-clients";
import { startClientProcess } from "./support/ipc";
import { runLimited, sessionCookies, startMessagingApp, subscribe } from "./support/messaging-app";
import { round2 } from "./support/stats";

const CONVERSATIONS = 100;
const MEMBERS = 20;
const PACED_PER_SECOND = 40;
const PACED_MESSAGES = 1_000;
const CLOSED_MESSAGES = 2_000;
const WARMUP_MESSAGES = 200;

const log = (message: string) => process.stderr.write(`[chat] ${message}\n`);
const here = path.dirname(fileURLToPath(import.meta.url));

async function main() {
  const app = await startMessagingApp("chat");
  const bare = await startBareBroadcast();
  const clients = startClientProcess<ChatClientHandlers>(path.join(here, "support/chat-clients.ts"));
  try {
    const { db } = app.context;
    log(`creating ${CONVERSATIONS} channels with ${MEMBERS} members each`);
    const volunteers = await createVolunteers(db, CONVERSATIONS * MEMBERS);
    const conversationIds: string[] = [];
    for (let c = 0; c < CONVERSATIONS; c++) {
      const organisation = await createOrganisation(db, { name: `Chatbench ${c}` });
      conversationIds.push(await ensureOrganisationChannel(db, organisation.id));
    }
    await runLimited(conversationIds, 4, (conversationId, c) =>
      subscribe(
        app.context,
        conversationId,
        volunteers.slice(c * MEMBERS, (c + 1) * MEMBERS).map((v) => v.id),
      ),
    );
    const cookies = await sessionCookies(
      app.context,
      volunteers.map((v) => v.id),
    );

    log(`connecting ${volunteers.length} Socket.IO clients and ${volunteers.length} ws clients`);
    let t0 = performance.now();
    await clients.call("connectSocketIo", {
      url: app.url,
      members: volunteers.map((_, i) => {
        const conversation = Math.floor(i / MEMBERS);
        return { cookie: cookies[i]!, conversationId: conversationIds[conversation]!, conversation };
      }),
    });
    log(`Socket.IO clients connected and in their rooms in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    t0 = performance.now();
    await clients.call("connectWs", { url: bare.url, conversations: CONVERSATIONS, perConversation: MEMBERS });
    log(`ws clients connected in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    async function run(plan: RunPlan, label: string) {
      const result = await clients.call("run", plan);
      log(
        `${label} ${plan.transport}: ${result.sent} sent, ${result.deliveries} deliveries in ${(result.elapsedMs / 1000).toFixed(1)} s; ` +
          `p50 ${result.latency.p50.toFixed(1)} ms, p95 ${result.latency.p95.toFixed(1)} ms, p99 ${result.latency.p99.toFixed(1)} ms, ` +
          `max ${result.latency.max.toFixed(1)} ms; worst per second sent: ${result.worstBySecond.join(" ")}`,
      );
      const expected = result.sent * (MEMBERS - 1);
      if (
        result.errorCount > 0 ||
        result.undelivered > 0 ||
        result.deliveries !== expected ||
        result.unexpectedDisconnects > 0
      ) {
        throw new Error(
          `${label} ${plan.transport}: ${result.deliveries}/${expected} deliveries, ${result.undelivered} messages undelivered, ` +
            `${result.unexpectedDisconnects} disconnects, ${result.errorCount} errors ${JSON.stringify(result.errors)}`,
        );
      }
      return result;
    }

    const paced = { kind: "paced", perSecond: PACED_PER_SECOND } as const;
    for (const transport of ["socket.io", "ws"] as const) {
      await run({ transport, messages: WARMUP_MESSAGES, mode: paced }, "warm-up");
    }
    const latency = await run({ transport: "socket.io", messages: PACED_MESSAGES, mode: paced }, "paced");
    const baselineLatency = await run({ transport: "ws", messages: PACED_MESSAGES, mode: paced }, "paced");
    const throughput = await run(
      { transport: "socket.io", messages: CLOSED_MESSAGES, mode: { kind: "closed" } },
      "closed",
    );
    const baselineThroughput = await run(
      { transport: "ws", messages: CLOSED_MESSAGES, mode: { kind: "closed" } },
      "closed",
    );
    const messagesPerSecond = throughput.sent / (throughput.elapsedMs / 1000);
    const baselineMessagesPerSecond = baselineThroughput.sent / (baselineThroughput.elapsedMs / 1000);
    await clients.call("close", undefined);

    console.log(
      JSON.stringify({
        name: "chat",
        clients: volunteers.length,
        conversations: CONVERSATIONS,
        p50Ms: round2(latency.latency.p50),
        p95Ms: round2(latency.latency.p95),
        p99Ms: round2(latency.latency.p99),
        messagesPerSecond: Math.round(messagesPerSecond),
        baselineP50Ms: round2(baselineLatency.latency.p50),
        baselineP99Ms: round2(baselineLatency.latency.p99),
        ratioP99: round2(latency.latency.p99 / baselineLatency.latency.p99),
        baselineMessagesPerSecond: Math.round(baselineMessagesPerSecond),
        ratioMessagesPerSecond: Number((messagesPerSecond / baselineMessagesPerSecond).toFixed(3)),
      }),
    );
  } finally {
    await clients.stop();
    await bare.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
