import type { Socket } from "socket.io";
import type { Actor } from "../domain/actor";
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from "./contract";

export type NoaberSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/**
 * Who acts through this socket: the actor the handshake built from the session cookie, with roles,
 * exactly as a web request gets it, so services authorize socket events and form posts alike.
 * The socket is disconnected when its session ends, so the actor never outlives the session.
 */
export function socketActor(socket: NoaberSocket): Actor {
  return socket.data.actor;
}
