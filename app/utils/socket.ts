import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from "react";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../server/realtime/contract";

export type NoaberSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let shared: NoaberSocket | null = null;
// useLayoutEffect warns during server rendering in React 18, where effects do not run anyway.
const useClientLayoutEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;

/** The logged-in user the page last showed (null: nobody); undefined until the layout first renders. */
let identity: string | null | undefined;
/** Whether the socket already reconnected once after the server hung up, since the last change of identity. */
let reconnectedAfterServerDisconnect = false;

function openSocket(): NoaberSocket {
  const socket: NoaberSocket = io({ transports: ["websocket", "polling"], withCredentials: true });
  // The server hangs up when the socket's session ends (log-out, a new log-in, expiry), and Socket.IO
  // does not reconnect after that by itself. Reconnect once, as whoever the cookie names now: the
  // same listeners re-subscribe on "connect". Once, so that a server that keeps refusing is not hammered.
  socket.on("disconnect", (reason) => {
    if (reason !== "io server disconnect" || reconnectedAfterServerDisconnect) return;
    reconnectedAfterServerDisconnect = true;
    socket.connect();
  });
  return socket;
}

/**
 * One socket per browser tab, opened on first use; null during server rendering and before hydration
 * (the socket is only created in an effect, so this module is safe to import on the server).
 */
export function useSocket(): NoaberSocket | null {
  const [socket, setSocket] = useState<NoaberSocket | null>(null);
  useEffect(() => {
    shared ??= openSocket();
    setSocket(shared);
  }, []);
  return socket;
}

/**
 * Keeps the tab's socket on the person who is logged in: the handshake reads the session cookie, so
 * when the page's user changes without a reload (log-in, log-out: Remix navigates after the form
 * post), the socket reconnects and its listeners re-subscribe on "connect" as the new person.
 */
export function useSocketFollowsUser(userId: string | null) {
  // Before the passive effects of the same render, one of which may open the socket: a socket opened
  // just now already carries the new cookie and needs no reconnect.
  useClientLayoutEffect(() => {
    const previous = identity;
    identity = userId;
    if (previous === undefined || previous === userId) return;
    reconnectedAfterServerDisconnect = false;
    if (shared) shared.disconnect().connect();
  }, [userId]);
}

/** Whether the socket is connected now; re-renders on connect and disconnect. */
export function useSocketConnected(socket: NoaberSocket | null): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (!socket) return () => {};
      socket.on("connect", onChange);
      socket.on("disconnect", onChange);
      return () => {
        socket.off("connect", onChange);
        socket.off("disconnect", onChange);
      };
    },
    () => socket?.connected ?? false,
    () => false,
  );
}
