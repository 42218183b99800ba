import net from "node:net";

/**
 * A TCP proxy to a real server that can be frozen: while paused it accepts connections and keeps
 * every byte, in both directions, without passing any on, as a PostgreSQL stuck on a full disk or a
 * frozen VM looks to its clients. `resume()` delivers what was held and forwards again.
 */
export async function startPausableProxy(target: { host: string; port: number }) {
  let paused = false;
  let connections = 0;
  const flushes = new Set<() => void>();
  const sockets = new Set<net.Socket>();

  const forward = (from: net.Socket, to: net.Socket) => {
    const held: Buffer[] = [];
    from.on("data", (chunk: Buffer) => {
      if (paused) held.push(chunk);
      else to.write(chunk);
    });
    const flush = () => {
      for (const chunk of held.splice(0)) to.write(chunk);
    };
    flushes.add(flush);
    from.on("close", () => {
      flushes.delete(flush);
      to.destroy();
    });
    from.on("error", () => to.destroy());
  };

  const server = net.createServer((client) => {
    connections += 1;
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    }
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    /** How many connections clients have opened through the proxy so far. */
    connections: () => connections,
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      for (const flush of flushes) flush();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
