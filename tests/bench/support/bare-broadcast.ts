/**
 * The baseline of the messaging benches: a bare `ws` server that relays each frame to every socket
 * of the sender's room (`?room=` on connect), with nothing in between: no auth, no storage, no
 * Socket.IO framing. What it costs is what moving the bytes costs on this machine in this run.
 */
import { createServer } from "node:http";
import { WebSocketServer, type WebSocket } from "ws";
import { listen } from "./messaging-app";

export async function startBareBroadcast() {
  const server = createServer();
  const wss = new WebSocketServer({ server });
  const rooms = new Map<string, Set<WebSocket>>();
  wss.on("connection", (ws, req) => {
    const room = new URL(req.url ?? "/", "http://localhost").searchParams.get("room") ?? "";
    const members = rooms.get(room) ?? new Set<WebSocket>();
    rooms.set(room, members);
    members.add(ws);
    ws.on("message", (data, isBinary) => {
      for (const member of members) member.send(data, { binary: isBinary });
    });
    ws.on("close", () => members.delete(ws));
  });
  const url = (await listen(server)).replace("http://", "ws://");
  return {
    url,
    async close() {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
