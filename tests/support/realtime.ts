import { createServer } from "node:http";
import { pino } from "pino";
import { io as connect, type Socket } from "socket.io-client";
import { inject } from "vitest";
import { defaultTestPassword } from "../../db/factories";
import { parseConfig } from "../../server/config";
import { createAppContext, type AppContext } from "../../server/context";
import type { ClientToServerEvents, ServerToClientEvents } from "../../server/realtime/contract";
import { createSocketServer } from "../../server/realtime/server";

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * One app process as far as realtime goes: its own pool, services, domain events and Socket.IO
 * server with the PostgreSQL adapter, over the run's real database. Two of these are two processes.
 */
export async function startRealtimeApp(options: { indexPrefix: string; env?: Record<string, string> }) {
  const config = parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    MEILI_INDEX_PREFIX: options.indexPrefix,
    ...options.env,
  });
  const context = createAppContext(config, pino({ level: "silent" }), {
    databaseUrl: inject("databaseUrl"),
    meiliUrl: inject("meiliUrl"),
    meiliMasterKey: inject("meiliMasterKey"),
    secret: "realtime-test-secret-long-enough-0123456789",
  });
  const httpServer = createServer();
  const sockets = createSocketServer(httpServer, context);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const address = httpServer.address();
  if (!address || typeof address === "string") throw new Error("no address");
  const url = `http://127.0.0.1:${address.port}`;
  let closed = false;
  return {
    context,
    url,
    io: sockets.io,
    async close() {
      if (closed) return;
      closed = true;
      httpServer.closeAllConnections();
      await sockets.close();
      await context.close();
    },
  };
}

export type RealtimeApp = Awaited<ReturnType<typeof startRealtimeApp>>;

export function client(
  url: string,
  cookie?: string,
  options: { reconnection?: boolean; origin?: string } = {},
): Client {
  return connect(url, {
    transports: ["websocket"],
    extraHeaders: { origin: options.origin ?? url, ...(cookie ? { cookie } : {}) },
    reconnection: options.reconnection ?? false,
    forceNew: true,
  });
}

/** Sockets a test file opened, connected, and disconnected together when it is done with them. */
export function socketPool() {
  const opened: Client[] = [];
  return {
    async open(url: string, cookie?: string) {
      const socket = client(url, cookie);
      opened.push(socket);
      await connected(socket);
      return socket;
    },
    disconnectAll() {
      for (const socket of opened.splice(0)) socket.disconnect();
    },
  };
}

export function connected(socket: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
}

/** The Cookie header a browser of this user would send (a real session, logged in with the password). */
export async function sessionCookie(context: AppContext, email: string) {
  const { sessionId } = await context.services.accounts.logIn(
    { kind: "anonymous" },
    { email, password: defaultTestPassword },
  );
  return (await context.sessionCookie.serialize(sessionId)).split(";")[0] ?? "";
}

export function next<E extends keyof ServerToClientEvents>(socket: Client, event: E, timeoutMs = 5_000) {
  return nextWhere(socket, event, () => true, timeoutMs);
}

/**
 * The next payload of `event` that `matches`. Room broadcasts go through the PostgreSQL adapter, which
 * may deliver them after an ack sent straight to the socket: a test that waits for one particular update
 * must not take an earlier one that was still on its way.
 */
export function nextWhere<E extends keyof ServerToClientEvents>(
  socket: Client,
  event: E,
  matches: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean,
  timeoutMs = 5_000,
) {
  return new Promise<Parameters<ServerToClientEvents[E]>[0]>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener as never);
      reject(new Error(`no matching ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(payload);
    };
    socket.on(event, listener as never);
  });
}

/** Collects every payload of one event the socket receives. */
export function record<E extends keyof ServerToClientEvents>(socket: Client, event: E) {
  const seen: Array<Parameters<ServerToClientEvents[E]>[0]> = [];
  socket.on(event, ((payload: Parameters<ServerToClientEvents[E]>[0]) => seen.push(payload)) as never);
  return seen;
}

/**
 * Resolves once a broadcast from `from` reaches a socket on `to`: a process's adapter starts
 * listening to PostgreSQL a moment after it serves, and a test must not race that moment.
 */
export async function waitUntilLinked(from: RealtimeApp, to: RealtimeApp) {
  const probe = client(to.url);
  await connected(probe);
  const room = `probe:${Math.random().toString(36).slice(2)}`;
  to.io.in(probe.id!).socketsJoin(room);
  let linked = false;
  probe.on("conversation:typing", () => (linked = true));
  const deadline = Date.now() + 10_000;
  while (!linked && Date.now() < deadline) {
    from.io.to(room).emit("conversation:typing", { conversationId: room, userId: "probe", name: "probe" });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  probe.disconnect();
  if (!linked) throw new Error("the two processes did not link through PostgreSQL within 10 s");
}
