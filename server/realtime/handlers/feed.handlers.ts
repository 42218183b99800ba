import type { Socket } from "socket.io";
import type { AppContext } from "../../context";
import {
  rooms,
  type ClientToServerEvents,
  type InterServerEvents,
  type ServerToClientEvents,
  type SocketData,
} from "../contract";
import { replyWithError } from "../acks";

type NoaberSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export function registerFeedHandlers(socket: NoaberSocket, context: AppContext) {
  socket.on("feed:subscribe", async (ack) => {
    if (typeof ack !== "function") return;
    try {
      await socket.join(rooms.feed);
      ack({ data: { room: rooms.feed } });
    } catch (error) {
      replyWithError(ack, error, context.logger);
    }
  });
}
