/**
 * The wijk-broadcast bench's clients (a child process, see ipc.ts): the subscribers of one wijk
 * channel and the coordinator who posts klus cards there, over Socket.IO; and the same number of
 * bare `ws` sockets in one room for the baseline. Post and arrival times are taken here, on one clock.
 */
import { randomUUID } from "node:crypto";
import { WebSocket } from "ws";
import type { MessageView } from "../../../server/domain/messaging/messaging.types";
import { limited } from "./concurrency";
import { serveCalls } from "./ipc";
import { connected, request, socketClient, type Client } from "./socket-client";
import { summarise } from "./stats";

type Arrivals = { expected: string; startedAt: number; times: number[]; count: number; done: () => void };

const subscribers: Client[] = [];
const wsSubscribers: WebSocket[] = [];
let poster: Client | null = null;
let waiting: Arrivals | null = null;
let lastCard: MessageView | null = null;
let wrongCards = 0;
let unexpectedDisconnects = 0;

function arrived(key: string) {
  const current = waiting;
  if (!current || key !== current.expected) return;
  current.times.push(performance.now() - current.startedAt);
  if (++current.count === subscribers.length) current.done();
}

function await_(arrivals: Omit<Arrivals, "done">, timeoutMs: number) {
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    waiting = {
      ...arrivals,
      done: () => {
        clearTimeout(timer);
        resolve(true);
      },
    };
  });
}

const handlers = {
  async connect(input: {
    url: string;
    baselineUrl: string;
    conversationId: string;
    cookies: string[];
    posterCookie: string;
  }) {
    await limited(input.cookies, 50, async (cookie) => {
      const socket = socketClient(input.url, cookie);
      subscribers.push(socket);
      socket.on("message:created", (message) => {
        if (message.kind === "klus_card" && !message.card) wrongCards += 1;
        arrived(message.clientId);
      });
      socket.on("disconnect", (reason) => {
        if (reason !== "io client disconnect") unexpectedDisconnects += 1;
      });
      await connected(socket);
      await request(
        socket.timeout(30_000).emitWithAck("conversation:sync", { conversationId: input.conversationId, afterSeq: 0 }),
      );
    });
    poster = socketClient(input.url, input.posterCookie);
    await connected(poster);
    await limited(input.cookies, 50, async () => {
      const ws = new WebSocket(`${input.baselineUrl}/?room=wijk`);
      wsSubscribers.push(ws);
      ws.on("message", (data: Buffer) => arrived((JSON.parse(data.toString()) as { clientId: string }).clientId));
      await new Promise<void>((resolve, reject) => {
        ws.once("open", () => resolve());
        ws.once("error", reject);
      });
    });
    return { subscribers: subscribers.length, baselineSubscribers: wsSubscribers.length };
  },

  /** The coordinator posts the klus as a card; resolves when every subscriber has it. */
  async postCard(input: { conversationId: string; opportunityId: string }) {
    const clientId = randomUUID();
    const startedAt = performance.now();
    const all = await_({ expected: clientId, startedAt, times: [], count: 0 }, 60_000);
    const answer = await poster!.timeout(60_000).emitWithAck("card:post", { ...input, clientId });
    const ackMs = performance.now() - startedAt;
    if ("error" in answer) throw new Error(`card:post refused: ${answer.error.code} ${answer.error.message}`);
    lastCard = answer.data;
    const complete = await all;
    const times = waiting!.times;
    waiting = null;
    return { complete, received: times.length, ackMs, arrivals: summarise(times), wrongCards, unexpectedDisconnects };
  },

  /** The same card's bytes relayed by the bare `ws` server to as many sockets. */
  async postBaseline() {
    if (!lastCard) throw new Error("post a card first: the baseline sends the same message");
    const clientId = randomUUID();
    const startedAt = performance.now();
    const all = await_({ expected: clientId, startedAt, times: [], count: 0 }, 60_000);
    // Sent by one of the room: the bare server relays it to all of them, the sender included.
    wsSubscribers[0]!.send(JSON.stringify({ ...lastCard, clientId }));
    const complete = await all;
    const times = waiting!.times;
    waiting = null;
    return { complete, received: times.length, arrivals: summarise(times) };
  },

  async close() {
    for (const socket of [...subscribers, poster]) socket?.disconnect();
    for (const ws of wsSubscribers) ws.terminate();
    return { closed: true };
  },
};

export type WijkClientHandlers = typeof handlers;

serveCalls(handlers);
