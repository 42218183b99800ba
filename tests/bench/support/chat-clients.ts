/**
 * The chat bench's clients (a child process, see ipc.ts): Socket.IO clients of the app and bare
 * `ws` clients of the baseline, grouped in conversations. Every message's send time is kept by its
 * clientId; each other member of the conversation notes when it arrived.
 */
import { randomUUID } from "node:crypto";
import { WebSocket } from "ws";
import { limited } from "./concurrency";
import { serveCalls } from "./ipc";
import { connected, request, socketClient, type Client } from "./socket-client";
import { summarise } from "./stats";

export type Transport = "socket.io" | "ws";
export type RunPlan = {
  transport: Transport;
  messages: number;
  /** Paced: messages leave on a fixed schedule, whatever the answers. Closed: each conversation sends
   * its next message once the previous one reached every member. */
  mode: { kind: "paced"; perSecond: number } | { kind: "closed" };
};

type Member = { send(clientId: string, body: string): void };
type Pending = { sentAt: number; sender: number; waiting: number; done: () => void };

const members: Record<Transport, Member[][]> = { "socket.io": [], ws: [] };
const sockets: Client[] = [];
const wsSockets: WebSocket[] = [];
const pending = new Map<string, Pending>();
let latencies: number[] = [];
let worstBySecond: number[] = [];
let runStartedAt = 0;
let errors: string[] = [];
let unexpectedDisconnects = 0;

function delivered(clientId: string, receiver: number) {
  const message = pending.get(clientId);
  if (!message || receiver === message.sender) return;
  const latency = performance.now() - message.sentAt;
  latencies.push(latency);
  // The worst latency per second of sending: shows whether a tail is one stall or steady queueing.
  const second = Math.floor((message.sentAt - runStartedAt) / 1000);
  worstBySecond[second] = Math.max(worstBySecond[second] ?? 0, latency);
  if (--message.waiting === 0) {
    pending.delete(clientId);
    message.done();
  }
}

const handlers = {
  /** members[i] = { cookie, conversationId, conversation }: conversation is its index 0…n-1. */
  async connectSocketIo(input: {
    url: string;
    members: Array<{ cookie: string; conversationId: string; conversation: number }>;
  }) {
    await limited(
      input.members.map((member, index) => ({ ...member, index })),
      50,
      async ({ cookie, conversationId, conversation }) => {
        const socket = socketClient(input.url, cookie);
        sockets.push(socket);
        const group = (members["socket.io"][conversation] ??= []);
        const position = group.length;
        group.push({
          send(clientId, body) {
            socket.emit("message:send", { conversationId, clientId, body }, (answer) => {
              if ("error" in answer) errors.push(`${answer.error.code}: ${answer.error.message}`);
            });
          },
        });
        socket.on("message:created", (message) => delivered(message.clientId, position));
        socket.on("disconnect", (reason) => {
          if (reason !== "io client disconnect") unexpectedDisconnects += 1;
        });
        await connected(socket);
        // Proves the membership and puts the socket in the room before any message is timed.
        await request(socket.timeout(30_000).emitWithAck("conversation:sync", { conversationId, afterSeq: 0 }));
      },
    );
    return { connected: sockets.length };
  },

  async connectWs(input: { url: string; conversations: number; perConversation: number }) {
    const plan = Array.from({ length: input.conversations * input.perConversation }, (_, i) => i);
    await limited(plan, 50, async (i) => {
      const conversation = i % input.conversations;
      const ws = new WebSocket(`${input.url}/?room=${conversation}`);
      wsSockets.push(ws);
      const group = (members.ws[conversation] ??= []);
      const position = group.length;
      group.push({ send: (clientId, body) => ws.send(JSON.stringify({ clientId, body })) });
      ws.on("message", (data: Buffer) =>
        delivered((JSON.parse(data.toString()) as { clientId: string }).clientId, position),
      );
      ws.on("close", () => (unexpectedDisconnects += 1));
      await new Promise<void>((resolve, reject) => {
        ws.once("open", () => resolve());
        ws.once("error", reject);
      });
    });
    return { connected: wsSockets.length };
  },

  async run(plan: RunPlan) {
    latencies = [];
    errors = [];
    const groups = members[plan.transport];
    const counters = groups.map(() => 0);
    let stalled = 0;
    const sendOne = (conversation: number) =>
      new Promise<void>((resolve) => {
        const group = groups[conversation]!;
        const k = counters[conversation]!;
        counters[conversation] = k + 1;
        const sender = k % group.length;
        const clientId = randomUUID();
        pending.set(clientId, { sentAt: performance.now(), sender, waiting: group.length - 1, done: resolve });
        group[sender]!.send(clientId, `Bench-bericht ${k} in gesprek ${conversation}`);
      });
    const started = performance.now();
    runStartedAt = started;
    worstBySecond = [];
    const completions: Array<Promise<void>> = [];
    if (plan.mode.kind === "paced") {
      const interval = 1000 / plan.mode.perSecond;
      for (let i = 0; i < plan.messages; i++) {
        const due = started + i * interval;
        const wait = due - performance.now();
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
        completions.push(sendOne(i % groups.length));
      }
    } else {
      const perConversation = Math.ceil(plan.messages / groups.length);
      completions.push(
        ...groups.map(async (_, conversation) => {
          for (let k = 0; k < perConversation; k++) await sendOne(conversation);
        }),
      );
    }
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 120_000).unref());
    if ((await Promise.race([Promise.all(completions), timeout])) === "timeout") {
      stalled = pending.size;
      pending.clear();
    }
    const elapsedMs = performance.now() - started;
    const sent = counters.reduce((a, b) => a + b, 0);
    return {
      sent,
      elapsedMs,
      latency: summarise(latencies),
      deliveries: latencies.length,
      worstBySecond: Array.from(worstBySecond, (ms) => Math.round(ms ?? 0)),
      undelivered: stalled,
      errors: errors.slice(0, 5),
      errorCount: errors.length,
      unexpectedDisconnects,
    };
  },

  async close() {
    for (const socket of sockets) socket.disconnect();
    for (const ws of wsSockets) ws.terminate();
    return { closed: true };
  },
};

export type ChatClientHandlers = typeof handlers;

serveCalls(handlers);
