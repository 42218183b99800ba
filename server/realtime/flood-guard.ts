import type { Socket } from "socket.io";
import type { Logger } from "../logger";

/**
 * A token bucket per socket: a flood of events from one client is refused before it reaches the
 * database, to that socket only. Human use (typing, sending, reading) stays far below it.
 */
export function floodGuard(socket: Socket, logger: Logger, options: { perSecond: number; burst: number }) {
  let tokens = options.burst;
  let last = Date.now();
  let warned = false;
  socket.use((packet, next) => {
    const now = Date.now();
    tokens = Math.min(options.burst, tokens + ((now - last) / 1000) * options.perSecond);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      warned = false;
      return next();
    }
    if (!warned) {
      logger.warn({ socketId: socket.id, event: packet[0] }, "socket events refused: too many");
      warned = true;
    }
    const ack = packet[packet.length - 1];
    if (typeof ack === "function") {
      (ack as (response: unknown) => void)({
        error: { code: "rate_limited", message: "Too many events; slow down" },
      });
    }
  });
}
