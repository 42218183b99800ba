/**
 * The reconnect bench's clients (a child process, see ipc.ts). Receivers keep what they were sent
 * as a browser tab would: merged by message id into what they show, the app's own resync cursor
 * (SyncCursor: live changes move it only when contiguous), and on every reconnect
 * `conversation:sync` from that cursor until complete.
 * Senders keep sending on a timer without waiting for answers, as several people typing at once do.
 */
import { randomUUID } from "node:crypto";
import type { MessageView, SyncResult } from "../../../server/domain/messaging/messaging.types";
import { SyncCursor } from "../../../app/components/messaging/sync-cursor";
import { limited } from "./concurrency";
import { serveCalls } from "./ipc";
import { connected, request, socketClient, type Client } from "./socket-client";
import { summarise } from "./stats";

type Receiver = {
  socket: Client;
  conversationId: string;
  byId: Map<string, MessageView>;
  /** What the person sees, in the order it appeared: an id twice here is a message shown twice. */
  shown: string[];
  seqs: Set<number>;
  /** Every seq up to here is present. */
  contiguous: number;
  cursor: SyncCursor;
  reconnects: number;
  /** Set on reconnect: caught up once `contiguous` reaches `target`. */
  catchingUp: { since: number; target: number } | null;
};

const receivers: Receiver[] = [];
const senders: Array<{ socket: Client; conversationId: string }> = [];
const catchUpMs: number[] = [];
const problems: string[] = [];
let redelivered = 0;
let liveOutOfOrder = 0;
let interruptedResyncs = 0;
let resyncsPastAHole = 0;
let seqsPassedOver = 0;
const firstSyncMs: number[] = [];

/** A small seeded generator, so every run drops the same clients at the same moments. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function merge(receiver: Receiver, message: MessageView) {
  if (receiver.byId.has(message.id)) redelivered += 1;
  else receiver.shown.push(message.id);
  receiver.byId.set(message.id, message);
  receiver.seqs.add(message.seq);
  while (receiver.seqs.has(receiver.contiguous + 1)) receiver.contiguous += 1;
  checkCaughtUp(receiver);
}

function checkCaughtUp(receiver: Receiver) {
  if (receiver.catchingUp && receiver.contiguous >= receiver.catchingUp.target) {
    catchUpMs.push(performance.now() - receiver.catchingUp.since);
    receiver.catchingUp = null;
  }
}

/** Everything after the cursor, page by page; the first answer's lastSeq is what "caught up" means. */
async function resync(receiver: Receiver, since: number | null) {
  if (since !== null) {
    // Seqs the cursor has passed that the client never got: the sync below starts after them.
    let skipped = 0;
    for (let seq = receiver.contiguous + 1; seq < receiver.cursor.value; seq++)
      if (!receiver.seqs.has(seq)) skipped += 1;
    if (skipped > 0) {
      resyncsPastAHole += 1;
      seqsPassedOver += skipped;
    }
  }
  let first = true;
  for (;;) {
    const page = await request<SyncResult>(
      receiver.socket
        .timeout(30_000)
        .emitWithAck("conversation:sync", { conversationId: receiver.conversationId, afterSeq: receiver.cursor.value }),
    );
    if (first && since !== null) {
      receiver.catchingUp = { since, target: page.lastSeq };
      firstSyncMs.push(performance.now() - since);
    }
    first = false;
    for (const message of page.messages) merge(receiver, message);
    receiver.cursor.synced(page);
    if (since !== null) checkCaughtUp(receiver);
    if (page.complete) return;
  }
}

const handlers = {
  async connect(input: {
    url: string;
    receivers: Array<{ cookie: string; conversationId: string }>;
    senders: Array<{ cookie: string; conversationId: string }>;
  }) {
    await limited(input.receivers, 50, async ({ cookie, conversationId }) => {
      const socket = socketClient(input.url, cookie, { reconnection: true });
      const receiver: Receiver = {
        socket,
        conversationId,
        byId: new Map(),
        shown: [],
        seqs: new Set(),
        contiguous: 0,
        cursor: new SyncCursor(0),
        reconnects: 0,
        catchingUp: null,
      };
      receivers.push(receiver);
      socket.on("message:created", (message) => {
        if (message.changedSeq <= receiver.cursor.value) liveOutOfOrder += 1;
        merge(receiver, message);
        receiver.cursor.live(message.changedSeq);
      });
      socket.on("message:changed", (message) => {
        merge(receiver, message);
        receiver.cursor.live(message.changedSeq);
      });
      await connected(socket);
      await resync(receiver, null);
      socket.on("connect", () => {
        receiver.reconnects += 1;
        resync(receiver, performance.now()).catch((error: unknown) => {
          // Cut again mid-resync: the next reconnect resyncs from the cursor, as a tab would.
          if (!receiver.socket.connected) interruptedResyncs += 1;
          else problems.push(`resync: ${String(error)}`);
        });
      });
    });
    await limited(input.senders, 50, async ({ cookie, conversationId }) => {
      const socket = socketClient(input.url, cookie);
      senders.push({ socket, conversationId });
      await connected(socket);
    });
    return { receivers: receivers.length, senders: senders.length };
  },

  /**
   * Senders send every `sendIntervalMs` (staggered) for `durationMs`; meanwhile each receiver's
   * connection is cut `dropsPerClient` times at random moments of the middle of the flow.
   */
  async run(input: { durationMs: number; sendIntervalMs: number; dropsPerClient: number; settleMs: number }) {
    const next = random(20261123);
    const started = performance.now();
    const timers: NodeJS.Timeout[] = [];
    let drops = 0;
    for (const receiver of receivers) {
      for (let d = 0; d < input.dropsPerClient; d++) {
        const at = input.durationMs * (0.15 + 0.7 * next());
        timers.push(
          setTimeout(() => {
            // The transport dies as on a lost network; the client's manager reconnects by itself.
            if (receiver.socket.connected) {
              drops += 1;
              receiver.socket.io.engine.close();
            }
          }, at),
        );
      }
    }
    const acks: Array<Promise<void>> = [];
    const lastSeqOf = new Map<string, number>();
    let sent = 0;
    const sendErrors: string[] = [];
    await Promise.all(
      senders.map(async (sender, i) => {
        await new Promise((resolve) => setTimeout(resolve, (i / senders.length) * input.sendIntervalMs));
        while (performance.now() - started < input.durationMs) {
          sent += 1;
          acks.push(
            sender.socket
              .timeout(60_000)
              .emitWithAck("message:send", {
                conversationId: sender.conversationId,
                clientId: randomUUID(),
                body: `Bericht ${sent} tijdens het wegvallen`,
              })
              .then((answer) => {
                if ("error" in answer) sendErrors.push(`${answer.error.code}: ${answer.error.message}`);
                else
                  lastSeqOf.set(
                    sender.conversationId,
                    Math.max(lastSeqOf.get(sender.conversationId) ?? 0, answer.data.seq),
                  );
              })
              .catch((error: unknown) => {
                sendErrors.push(String(error));
              }),
          );
          await new Promise((resolve) => setTimeout(resolve, input.sendIntervalMs));
        }
      }),
    );
    await Promise.all(acks);
    for (const timer of timers) clearTimeout(timer);
    // Every receiver connected again and holding everything up to the last acked message, or the
    // settle time is over: what is not there by then was missed.
    const settled = performance.now();
    const done = () =>
      receivers.every(
        (r) => r.socket.connected && r.catchingUp === null && r.contiguous >= (lastSeqOf.get(r.conversationId) ?? 0),
      );
    while (!done() && performance.now() - settled < input.settleMs)
      await new Promise((resolve) => setTimeout(resolve, 50));
    return {
      sent,
      drops,
      reconnects: receivers.reduce((n, r) => n + r.reconnects, 0),
      stillCatchingUp: receivers.filter((r) => r.catchingUp !== null).length,
      disconnectedAtEnd: receivers.filter((r) => !r.socket.connected).length,
      sendErrors: sendErrors.slice(0, 5),
      sendErrorCount: sendErrors.length,
      problems: problems.slice(0, 5),
      problemCount: problems.length,
      redelivered,
      interruptedResyncs,
      resyncsPastAHole,
      seqsPassedOver,
      firstSync: summarise(firstSyncMs),
      liveOutOfOrder,
      catchUp: summarise(catchUpMs),
      received: receivers.map((r) => ({
        conversationId: r.conversationId,
        shown: r.shown,
        clientIds: [...r.byId.values()].map((m) => m.clientId),
      })),
    };
  },

  async close() {
    for (const { socket } of [...receivers, ...senders]) socket.disconnect();
    return { closed: true };
  },
};

export type ReconnectClientHandlers = typeof handlers;

serveCalls(handlers);
