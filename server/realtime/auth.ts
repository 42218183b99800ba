import type { AppContext } from "../context";
import { anonymous } from "../domain/actor";
import { rooms } from "./contract";
import type { NoaberSocket } from "./socket-actor";

/** Only pages served by this app may open a socket: the Origin must name our own host. */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, publicUrl: string | undefined) {
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  if (publicUrl && new URL(publicUrl).host === originHost) return true;
  return host !== undefined && host === originHost;
}

/**
 * Reads the same session cookie as the web app and keeps the full actor (with roles), the session
 * and its end on the socket; anonymous sockets are allowed into public rooms only. A logged-in
 * socket joins its session's room, so that logging out reaches it on every process.
 */
export function authenticateSocket(context: AppContext) {
  return async (socket: NoaberSocket, next: (error?: Error) => void) => {
    try {
      const cookie: unknown = await context.sessionCookie.parse(socket.handshake.headers.cookie ?? null);
      const sessionId = typeof cookie === "string" ? cookie : null;
      const session = sessionId
        ? await context.services.accounts.session(sessionId)
        : { actor: anonymous, msLeft: null };
      const loggedIn = sessionId !== null && session.actor.kind === "user" && session.msLeft !== null;
      socket.data.actor = session.actor;
      socket.data.sessionId = loggedIn ? sessionId : null;
      socket.data.sessionExpiresAt = loggedIn ? Date.now() + (session.msLeft ?? 0) : null;
      if (loggedIn) await socket.join(rooms.session(sessionId));
      next();
    } catch (error) {
      context.logger.warn({ err: error }, "socket authentication failed");
      next(new Error("unavailable"));
    }
  };
}

// setTimeout fires at once for a delay above 2^31-1 ms (about 24.8 days), shorter than a session.
const maxTimerMs = 2 ** 31 - 1;

/** Disconnects a logged-in socket when its session runs out (sessions are fixed, not sliding). */
export function endAtSessionExpiry(socket: NoaberSocket) {
  const expiresAt = socket.data.sessionExpiresAt;
  if (expiresAt === null) return;
  let timer: ReturnType<typeof setTimeout>;
  const check = () => {
    const left = expiresAt - Date.now();
    if (left > 0) {
      timer = setTimeout(check, Math.min(left, maxTimerMs));
      return;
    }
    socket.emit("session:ended");
    socket.disconnect(true);
  };
  check();
  socket.on("disconnect", () => clearTimeout(timer));
}
