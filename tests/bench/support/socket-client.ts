/** A logged-in Socket.IO client as a browser tab makes one (websocket only, Origin of the app). */
import { io as connect, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../../server/realtime/contract";

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export function socketClient(url: string, cookie: string, options: { reconnection?: boolean } = {}): Client {
  return connect(url, {
    transports: ["websocket"],
    extraHeaders: { origin: url, cookie },
    forceNew: true,
    reconnection: options.reconnection ?? false,
    // A dropped connection comes back quickly, as on a phone switching networks.
    reconnectionDelay: 200,
    reconnectionDelayMax: 1_000,
    timeout: 60_000,
  });
}

export function connected(socket: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
}

/** An ack's data, or a thrown error carrying the server's error code. */
export async function request<T>(promise: Promise<{ data: T } | { error: { code: string; message: string } }>) {
  const answer = await promise;
  if ("error" in answer) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.data;
}
