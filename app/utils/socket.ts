import { useEffect, useState, useSyncExternalStore } from "react";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../server/realtime/contract";

export type NoaberSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let shared: NoaberSocket | null = null;

/**
 * One socket per browser tab, opened on first use; null during server rendering and before hydration
 * (the socket is only created in an effect, so this module is safe to import on the server).
 */
export function useSocket(): NoaberSocket | null {
  const [socket, setSocket] = useState<NoaberSocket | null>(null);
  useEffect(() => {
    shared ??= io({ transports: ["websocket", "polling"], withCredentials: true });
    setSocket(shared);
  }, []);
  return socket;
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
