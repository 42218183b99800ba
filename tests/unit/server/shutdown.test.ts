import pino from "pino";
import { describe, expect, it } from "vitest";
import { Shutdown } from "../../../server/shutdown";

const silent = pino({ level: "silent" });

describe("Shutdown", () => {
  it("runs the app's steps newest first, then stops the servers together", async () => {
    const order: string[] = [];
    const shutdown = new Shutdown();
    shutdown.addServer("postgres", async () => {
      order.push("postgres start");
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push("postgres end");
    });
    shutdown.addServer("meilisearch", async () => {
      order.push("meilisearch start");
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push("meilisearch end");
    });
    shutdown.addAppStep("pool", async () => void order.push("pool"));
    shutdown.addAppStep("http", async () => void order.push("http"));

    await shutdown.runAll(silent);

    expect(order.slice(0, 2)).toEqual(["http", "pool"]);
    // Both servers started stopping before either had finished.
    expect(order.slice(2, 4).sort()).toEqual(["meilisearch start", "postgres start"]);
  });

  it("does not let a hanging app step keep the servers from being stopped", async () => {
    const shutdown = new Shutdown();
    let serverStopped = false;
    shutdown.addServer("postgres", async () => void (serverStopped = true));
    shutdown.addAppStep("stuck query", () => new Promise<void>(() => {}));
    shutdown.addAppStep("failing step", () => Promise.reject(new Error("boom")));

    const started = Date.now();
    await shutdown.runAll(silent);

    expect(serverStopped).toBe(true);
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
