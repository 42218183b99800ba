import { io as connect } from "socket.io-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCoordinator, createOrganisation } from "../../../../db/factories";
import type { AppContext } from "../../../../server/context";
import type { Actor } from "../../../../server/domain/actor";
import type { OpportunityCard } from "../../../../server/domain/opportunities/opportunities.types";
import {
  client as openClient,
  connected,
  startRealtimeApp,
  type Client,
  type RealtimeApp,
} from "../../../support/realtime";

let app: RealtimeApp;
let context: AppContext;
let url: string;
let coordinator: Actor;
let organisationId: string;
const clients: Client[] = [];
const run = Math.random().toString(36).slice(2, 8);

function client(origin: string = url): Client {
  const socket = openClient(url, undefined, { origin });
  clients.push(socket);
  return socket;
}

async function subscribed(socket: Client) {
  await connected(socket);
  const ack = await socket.timeout(2_000).emitWithAck("feed:subscribe");
  expect(ack).toEqual({ data: { room: "feed" } });
}

/** Publishes a klus through the service and collects what each client receives for it. */
async function publishAndCollect(receivers: Client[], title: string, expecting: Client[] = receivers) {
  const seen: Array<{ socket: Client; card: OpportunityCard }> = [];
  const listeners = receivers.map((socket) => {
    const listener = (card: OpportunityCard) => seen.push({ socket, card });
    socket.on("opportunity:published", listener);
    return () => socket.off("opportunity:published", listener);
  });
  const { id } = await context.services.opportunities.publish(coordinator, {
    organisationId,
    kind: "task",
    title,
    description: "Helpen met het opruimen van het speelveld na de buurtbarbecue.",
    place: "BU00140403",
    startsAt: new Date(Date.now() + 3 * 24 * 3_600_000),
    endsAt: new Date(Date.now() + 3 * 24 * 3_600_000 + 7_200_000),
    spots: 5,
  });
  const deadline = Date.now() + 3_000;
  while (
    Date.now() < deadline &&
    expecting.some((socket) => !seen.some((s) => s.socket === socket && s.card.id === id))
  ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // A grace period, so a duplicate or a stray delivery would be seen too.
  await new Promise((resolve) => setTimeout(resolve, 200));
  listeners.forEach((off) => off());
  return {
    id,
    received: (socket: Client) => seen.filter((s) => s.socket === socket && s.card.id === id).map((s) => s.card),
  };
}

beforeAll(async () => {
  app = await startRealtimeApp({ indexPrefix: `rt${run}_` });
  ({ context, url } = app);

  const organisation = await createOrganisation(context.db, { name: `Speeltuinvereniging ${run}` });
  organisationId = organisation.id;
  const { user } = await createCoordinator(context.db, organisation);
  coordinator = { kind: "user", userId: user.id, roles: ["organisation_coordinator"] };
});

afterEach(() => {
  for (const socket of clients.splice(0)) socket.disconnect();
});

afterAll(async () => {
  await app.close();
});

describe("the live feed", () => {
  it("sends a newly published klus to every subscribed client", async () => {
    const [alice, bob] = [client(), client()];
    await Promise.all([subscribed(alice), subscribed(bob)]);

    const title = `Speelveld opruimen ${run}`;
    const { id, received } = await publishAndCollect([alice, bob], title);
    for (const socket of [alice, bob]) {
      expect(received(socket)).toHaveLength(1);
      expect(received(socket)[0]).toMatchObject({ id, kind: "task", title, buurtName: "Florabuurt", spots: 5 });
    }
  });

  it("does not send it to a client that did not subscribe", async () => {
    const [subscriber, bystander] = [client(), client()];
    await Promise.all([subscribed(subscriber), connected(bystander)]);
    const { received } = await publishAndCollect([subscriber, bystander], `Alleen voor abonnees ${run}`, [subscriber]);
    expect(received(subscriber)).toHaveLength(1);
    expect(received(bystander)).toHaveLength(0);
  });

  it("ignores malformed events without disturbing anyone", async () => {
    const [mallory, alice] = [client(), client()];
    await Promise.all([subscribed(mallory), subscribed(alice)]);

    // An ack that is no function, garbage before the ack, and an event that does not exist.
    const raw = mallory as unknown as { emit: (event: string, ...args: unknown[]) => void };
    raw.emit("feed:subscribe", { not: "a function" });
    raw.emit("feed:subscribe", "garbage", 42, () => undefined);
    raw.emit("feed:subscribe", "x".repeat(1_000));
    raw.emit("no:such-event", { hello: "world" });
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(mallory.connected).toBe(true);
    const { id, received } = await publishAndCollect([alice, mallory], `Na de rommel ${run}`);
    expect(received(alice)).toHaveLength(1);
    expect(received(alice)[0]?.id).toBe(id);
    // Still subscribed from before, and still served normally.
    expect(received(mallory)).toHaveLength(1);
    await expect(mallory.timeout(2_000).emitWithAck("feed:subscribe")).resolves.toEqual({ data: { room: "feed" } });
  });

  it("refuses a connection from another site (Origin check)", async () => {
    const evil = client("https://evil.example");
    await expect(connected(evil)).rejects.toThrow();
    expect(evil.connected).toBe(false);

    const noOrigin = connect(url, { transports: ["websocket"], reconnection: false, forceNew: true });
    clients.push(noOrigin);
    await expect(connected(noOrigin)).rejects.toThrow();
  });
});
