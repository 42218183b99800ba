import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookie, socketPool, startRealtimeApp, type Client, type RealtimeApp } from "../../support/realtime";
import { buildFixture, emailOf, roles, type Fixture, type Role } from "./fixture";
import { cellsOf, eventMatrix, outcomeOf, type EventRow, type Outcome, type Target } from "./matrix";

let app: RealtimeApp;
let fixture: Fixture;
const pool = socketPool();
const sockets = {} as Record<Role, Client>;

beforeAll(async () => {
  app = await startRealtimeApp({ indexPrefix: `matrixio_${randomUUID().slice(0, 8)}_` });
  fixture = await buildFixture(app.context);
  for (const role of roles) {
    const cookie = role === "anonymous" ? undefined : await sessionCookie(app.context, emailOf(fixture, role));
    sockets[role] = await pool.open(app.url, cookie);
  }
});
afterAll(async () => {
  pool.disconnectAll();
  await app?.close();
});

/**
 * What an ack means for authorization: `forbidden` and `not_found` (what must not be revealed) are a
 * refusal, `unauthenticated` is "log in first"; data, or a later error (`invalid`, `conflict`: the
 * payload or the state, told after the check), got past it. `internal` is a fault.
 */
function classify(ack: { data?: unknown; error?: { code: string } }): Outcome | "fault" {
  if (!ack.error) return "allow";
  if (ack.error.code === "internal") return "fault";
  if (ack.error.code === "unauthenticated") return "login";
  return ack.error.code === "forbidden" || ack.error.code === "not_found" ? "deny" : "allow";
}

function emit(socket: Client, event: string, payload: Record<string, unknown> | undefined) {
  return new Promise<{ data?: unknown; error?: { code: string; message: string } }>((resolve) => {
    const emitter = socket as unknown as { emit(event: string, ...args: unknown[]): void };
    if (payload === undefined) emitter.emit(event, resolve);
    else emitter.emit(event, payload, resolve);
  });
}

describe("the authorization matrix, socket events", () => {
  it("names every event the server registers, and nothing else", () => {
    const server = app.io.of("/").sockets.get(sockets.volunteer.id ?? "");
    const reserved = new Set(["disconnect", "disconnecting", "error", "newListener", "removeListener"]);
    const registered = (server?.eventNames() ?? []).map(String).filter((name) => !reserved.has(name));
    expect(registered.length).toBeGreaterThan(10);
    const missing = registered
      .filter((name) => !Object.hasOwn(eventMatrix, name))
      .map(
        (name) =>
          `the server handles "${name}", which the matrix does not name: add ` +
          `"${name}": { payload: …, expect: { … } } to eventMatrix in tests/integration/authorization/matrix.ts`,
      );
    const gone = Object.keys(eventMatrix)
      .filter((name) => !registered.includes(name))
      .map((name) => `"${name}" is no event the server handles: remove it from eventMatrix`);
    expect([...missing, ...gone]).toEqual([]);
  });

  it("acks every cell as the table says, and no refusal shows the resource", async () => {
    const results: string[] = [];
    const leaks: string[] = [];
    let count = 0;
    // One event at a time, every role at once: a cell's change (a cancelled claim) cannot race another's.
    for (const [event, row] of Object.entries(eventMatrix) as Array<[string, EventRow]>) {
      const targets: Target[] = row.ownAndOther ? ["own", "other"] : ["own"];
      for (const target of targets) {
        await Promise.all(
          roles.map(async (role) => {
            const ack = await emit(sockets[role], event, row.payload?.(fixture, target));
            const got = classify(ack);
            const expected = outcomeOf(cellsOf(row.expect)[role], target);
            count++;
            const name = `${event} as ${role}${row.ownAndOther ? ` (${target})` : ""}`;
            if (got !== expected)
              results.push(`${name}: expected ${expected}, got ${got} (${ack.error?.code ?? "data"})`);
            const text = JSON.stringify(ack);
            if (got !== "allow")
              leaks.push(...fixture.secrets.filter((s) => text.includes(s)).map((s) => `${name} shows ${s}`));
          }),
        );
      }
    }
    expect(count).toBeGreaterThan(100);
    expect(results).toEqual([]);
    expect(leaks).toEqual([]);
  });
});
