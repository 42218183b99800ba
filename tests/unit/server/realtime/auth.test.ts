import { EventEmitter } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { endAtSessionExpiry } from "../../../../server/realtime/auth";
import type { NoaberSocket } from "../../../../server/realtime/socket-actor";

const day = 24 * 60 * 60 * 1000;

/** Just what the timer touches of a socket: its data, emit, disconnect and the disconnect event. */
function fakeSocket(sessionExpiresAt: number | null) {
  const events = new EventEmitter();
  const socket = {
    data: { actor: { kind: "anonymous" }, sessionId: sessionExpiresAt ? "s" : null, sessionExpiresAt },
    emit: vi.fn(),
    disconnect: vi.fn(() => events.emit("disconnect")),
    on: (event: string, listener: () => void) => events.on(event, listener),
  };
  return { socket, asSocket: socket as unknown as NoaberSocket, hangUp: () => events.emit("disconnect") };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("a socket's session running out", () => {
  it("disconnects at the end of a 30-day session, not when setTimeout's limit of about 24.8 days overflows", () => {
    const { socket, asSocket } = fakeSocket(Date.now() + 30 * day);
    endAtSessionExpiry(asSocket);
    vi.advanceTimersByTime(2 ** 31 - 1);
    vi.advanceTimersByTime(1);
    expect(socket.disconnect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30 * day - 2 ** 31 - 1);
    expect(socket.disconnect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(socket.emit).toHaveBeenCalledWith("session:ended");
    expect(socket.disconnect).toHaveBeenCalledWith(true);
  });

  it("sets no timer for an anonymous socket, and clears it when the socket goes first", () => {
    endAtSessionExpiry(fakeSocket(null).asSocket);
    expect(vi.getTimerCount()).toBe(0);

    const { socket, asSocket, hangUp } = fakeSocket(Date.now() + day);
    endAtSessionExpiry(asSocket);
    expect(vi.getTimerCount()).toBe(1);
    hangUp();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(2 * day);
    expect(socket.disconnect).not.toHaveBeenCalled();
  });
});
