import type { AppContext } from "../../context";
import { eventHandler } from "../acks";
import { rooms } from "../contract";
import type { NoaberSocket } from "../socket-actor";

export function registerFeedHandlers(socket: NoaberSocket, context: AppContext) {
  const handle = eventHandler(socket, context);
  socket.on("feed:subscribe", (ack) =>
    handle("feed:subscribe", ack, async () => {
      await socket.join(rooms.feed);
      return { room: rooms.feed };
    }),
  );
}
