import type { Socket } from "socket.io";
import type { AppContext } from "../context";

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

/** Reads the same session cookie as the web app; anonymous sockets are allowed into public rooms only. */
export function authenticateSocket(context: AppContext) {
  return async (socket: Socket, next: (error?: Error) => void) => {
    try {
      const sessionId: unknown = await context.sessionCookie.parse(socket.handshake.headers.cookie ?? null);
      const actor =
        typeof sessionId === "string"
          ? await context.services.accounts.actorForSession(sessionId)
          : ({ kind: "anonymous" } as const);
      socket.data.userId = actor.kind === "user" ? actor.userId : null;
      next();
    } catch (error) {
      context.logger.warn({ err: error }, "socket authentication failed");
      next(new Error("unavailable"));
    }
  };
}
