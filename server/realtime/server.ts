import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/postgres-adapter";
import pg from "pg";
import { Server } from "socket.io";
import type { AppContext } from "../context";
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from "./contract";
import { authenticateSocket, endAtSessionExpiry, isAllowedOrigin } from "./auth";
import { registerClaimsHandlers } from "./handlers/claims.handlers";
import { registerFeedHandlers } from "./handlers/feed.handlers";
import { joinOwnRooms, registerMessagingHandlers } from "./handlers/messaging.handlers";
import { floodGuard } from "./flood-guard";
import { broadcastDomainEvents } from "./broadcasts";

export type NoaberServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** Socket.IO on the app's HTTP server; rooms are shared between processes through PostgreSQL. */
export function createSocketServer(httpServer: HttpServer, context: AppContext) {
  const io: NoaberServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 16 * 1024,
    allowRequest: (req, callback) => {
      callback(null, isAllowedOrigin(req.headers.origin, req.headers.host, context.config.publicUrl));
    },
  });
  const adapterPool = new pg.Pool({ connectionString: context.databaseUrl, max: 2 });
  adapterPool.on("error", (error) => context.logger.warn({ err: error }, "socket.io adapter pool error"));
  // The adapter holds one client for LISTEN; its errors (a database restart) must not crash the process.
  adapterPool.on("connect", (client) =>
    client.on("error", (error) => context.logger.warn({ err: error }, "socket.io adapter connection error")),
  );
  io.adapter(
    createAdapter(adapterPool, {
      errorHandler: (error) => context.logger.warn({ err: error }, "socket.io adapter error"),
    }),
  );

  io.use(authenticateSocket(context));
  io.use(joinOwnRooms(context));
  io.on("connection", (socket) => {
    endAtSessionExpiry(socket);
    floodGuard(socket, context.logger, {
      perSecond: 10 * context.config.rateLimitMultiplier,
      burst: 30 * context.config.rateLimitMultiplier,
    });
    registerFeedHandlers(socket, context);
    registerClaimsHandlers(socket, context);
    registerMessagingHandlers(socket, context);
  });
  const stopBroadcasts = broadcastDomainEvents(io, context);

  return {
    io,
    async close() {
      stopBroadcasts();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await adapterPool.end();
    },
  };
}
