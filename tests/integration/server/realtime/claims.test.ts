import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCoordinator, createOpportunity, createOrganisation, createVolunteer } from "../../../../db/factories";
import type { AppContext } from "../../../../server/context";
import type { SpotsView } from "../../../../server/domain/claims/claims.types";
import {
  client as openClient,
  connected,
  next,
  record,
  sessionCookie,
  nextWhere,
  startRealtimeApp,
  type Client,
  type RealtimeApp,
} from "../../../support/realtime";

let app: RealtimeApp;
let context: AppContext;
const clients: Client[] = [];
const run = Math.random().toString(36).slice(2, 8);

function client(cookie?: string): Client {
  const socket = openClient(app.url, cookie);
  clients.push(socket);
  return socket;
}

/** A volunteer with a real session, and the Cookie header a browser would send. */
async function loggedIn() {
  const { user } = await createVolunteer(context.db);
  return { user, cookie: await sessionCookie(context, user.email) };
}

beforeAll(async () => {
  app = await startRealtimeApp({ indexPrefix: `rc${run}_` });
  context = app.context;
});

afterEach(() => {
  for (const socket of clients.splice(0)) socket.disconnect();
});

afterAll(async () => {
  await app.close();
});

describe("claiming over the socket", () => {
  it("tells a viewer of the klus the new spots left when someone claims, and the coordinator who it was", async () => {
    const organisation = await createOrganisation(context.db);
    const coordinator = await createCoordinator(context.db, organisation);
    const { opportunity } = {
      opportunity: await createOpportunity(context.db, { organisation_id: organisation.id, spots: 3 }),
    };
    const volunteer = await loggedIn();
    const coordinatorCookie = await sessionCookie(context, coordinator.user.email);

    const [claimer, viewer, organiser] = [client(volunteer.cookie), client(), client(coordinatorCookie)];
    await Promise.all([connected(claimer), connected(viewer), connected(organiser)]);
    await expect(
      viewer.timeout(2_000).emitWithAck("klus:subscribe", { opportunityId: opportunity.id }),
    ).resolves.toEqual({ data: { opportunityId: opportunity.id, spots: 3, spotsLeft: 3 } });

    const spotsSeen = next(viewer, "klus:spots");
    const claimSeen = next(organiser, "claim:created");
    const ack = await claimer.timeout(3_000).emitWithAck("claim:create", { opportunityId: opportunity.id });
    expect(ack).toMatchObject({ data: { spotsLeft: 2, claim: { status: "active", position: null } } });
    expect(await spotsSeen).toEqual<SpotsView>({ opportunityId: opportunity.id, spots: 3, spotsLeft: 2 });
    const change = await claimSeen;
    expect(change).toMatchObject({ opportunityId: opportunity.id, volunteerName: volunteer.user.display_name });
    expect(JSON.stringify(change)).not.toContain(volunteer.user.email);

    const rows = await context.db
      .selectFrom("claims")
      .select(["volunteer_id", "status"])
      .where("opportunity_id", "=", opportunity.id)
      .execute();
    expect(rows).toEqual([{ volunteer_id: volunteer.user.id, status: "active" }]);

    // Cancelling gives the spot back, live.
    const freed = next(viewer, "klus:spots");
    const claimId = "data" in ack ? ack.data.claim.id : "";
    await expect(claimer.timeout(3_000).emitWithAck("claim:cancel", { claimId })).resolves.toMatchObject({
      data: { spotsLeft: 3, promotedClaimId: null },
    });
    expect((await freed).spotsLeft).toBe(3);
  });

  it("refuses claims from anonymous sockets and malformed events, without affecting the others", async () => {
    const opportunity = await createOpportunity(context.db, { spots: 2 });
    const volunteer = await loggedIn();
    const [mallory, anonymous, viewer, claimer] = [
      client(volunteer.cookie),
      client(),
      client(),
      client((await loggedIn()).cookie),
    ];
    await Promise.all([mallory, anonymous, viewer, claimer].map(connected));
    await viewer.timeout(2_000).emitWithAck("klus:subscribe", { opportunityId: opportunity.id });

    await expect(
      anonymous.timeout(2_000).emitWithAck("claim:create", { opportunityId: opportunity.id }),
    ).resolves.toEqual({ error: { code: "unauthenticated", message: "Log in first" } });

    const raw = mallory as unknown as {
      emit: (event: string, ...args: unknown[]) => void;
      timeout: (ms: number) => { emitWithAck: (event: string, ...args: unknown[]) => Promise<unknown> };
    };
    raw.emit("claim:create", { opportunityId: opportunity.id }); // no ack: ignored
    raw.emit("claim:create", "garbage", 42);
    await expect(raw.timeout(2_000).emitWithAck("claim:create", "garbage")).resolves.toMatchObject({
      error: { code: "invalid" },
    });
    await expect(
      raw.timeout(2_000).emitWithAck("claim:create", { opportunityId: opportunity.id, vogConfirmed: "yes" }),
    ).resolves.toMatchObject({ error: { code: "invalid" } });
    await expect(
      raw.timeout(2_000).emitWithAck("claim:create", { opportunityId: opportunity.id, extra: 1 }),
    ).resolves.toMatchObject({ error: { code: "invalid" } });
    await expect(raw.timeout(2_000).emitWithAck("klus:subscribe", { opportunityId: "x" })).resolves.toMatchObject({
      error: { code: "invalid" },
    });
    await expect(raw.timeout(2_000).emitWithAck("claim:cancel", { claimId: 5 })).resolves.toMatchObject({
      error: { code: "invalid" },
    });
    expect(mallory.connected).toBe(true);

    // Nothing was claimed by the malformed events; the next real claim is served and broadcast normally.
    const spotsSeen = next(viewer, "klus:spots");
    await expect(
      claimer.timeout(3_000).emitWithAck("claim:create", { opportunityId: opportunity.id }),
    ).resolves.toMatchObject({ data: { spotsLeft: 1 } });
    expect((await spotsSeen).spotsLeft).toBe(1);
    const count = await context.db
      .selectFrom("claims")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("opportunity_id", "=", opportunity.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it("tells a promoted volunteer, and only them, that their waitlisted claim became a spot", async () => {
    const organisation = await createOrganisation(context.db);
    const coordinator = await createCoordinator(context.db, organisation);
    const opportunity = await createOpportunity(context.db, { organisation_id: organisation.id, spots: 1 });
    const [holder, first, second] = [await loggedIn(), await loggedIn(), await loggedIn()];
    const sockets = {
      holder: client(holder.cookie),
      first: client(first.cookie),
      second: client(second.cookie),
      organiser: client(await sessionCookie(context, coordinator.user.email)),
      viewer: client(),
    };
    await Promise.all(Object.values(sockets).map(connected));
    const seen = Object.fromEntries(
      Object.entries(sockets).map(([name, socket]) => [name, record(socket, "claim:updated")]),
    );

    const held = await sockets.holder.timeout(3_000).emitWithAck("claim:create", { opportunityId: opportunity.id });
    const waiting = await sockets.first.timeout(3_000).emitWithAck("claim:create", { opportunityId: opportunity.id });
    await sockets.second.timeout(3_000).emitWithAck("claim:create", { opportunityId: opportunity.id });
    const heldId = "data" in held ? held.data.claim.id : "";
    const waitingId = "data" in waiting ? waiting.data.claim.id : "";
    expect(waiting).toMatchObject({ data: { claim: { status: "waitlisted", position: 1 } } });

    // Their own "waitlisted" update may still be on its way through the adapter: wait for the promotion itself.
    const promoted = nextWhere(sockets.first, "claim:updated", (update) => update.status === "active");
    await expect(sockets.holder.timeout(3_000).emitWithAck("claim:cancel", { claimId: heldId })).resolves.toMatchObject(
      {
        data: { promotedClaimId: waitingId },
      },
    );
    expect(await promoted).toEqual({ opportunityId: opportunity.id, claimId: waitingId, status: "active" });

    // A round trip on every socket after the cancel: an update sent to it would have arrived before its answer.
    await Promise.all(
      Object.values(sockets).map((socket) =>
        socket.timeout(3_000).emitWithAck("klus:subscribe", { opportunityId: opportunity.id }),
      ),
    );
    expect(seen.holder?.map((update) => update.status)).toEqual(["active", "cancelled"]);
    expect(seen.first?.map((update) => update.status)).toEqual(["waitlisted", "active"]);
    expect(seen.second?.map((update) => update.status)).toEqual(["waitlisted"]);
    expect(seen.organiser).toEqual([]);
    expect(seen.viewer).toEqual([]);
  });
});
