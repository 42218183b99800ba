import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createSession,
  createVolunteer,
  defaultTestPassword,
} from "../../../../db/factories";
import { rooms } from "../../../../server/realtime/contract";
import { socketActor } from "../../../../server/realtime/socket-actor";
import {
  next,
  sessionCookie,
  socketPool,
  startRealtimeApp,
  type Client,
  type RealtimeApp,
} from "../../../support/realtime";

let app: RealtimeApp;
const sockets = socketPool();

beforeAll(async () => {
  app = await startRealtimeApp({ indexPrefix: `rs${randomUUID().slice(0, 6)}_` });
});

afterEach(() => sockets.disconnectAll());

afterAll(async () => {
  await app.close();
});

const open = (cookie?: string) => sockets.open(app.url, cookie);

/** Resolves with the reason when the server hangs up on the socket. */
function disconnected(socket: Client) {
  return new Promise<string>((resolve) => socket.once("disconnect", (reason) => resolve(reason)));
}

async function cookieOf(sessionId: string) {
  return (await app.context.sessionCookie.serialize(sessionId)).split(";")[0] ?? "";
}

/** A klus group with a claimant: something only a member may read over the socket. */
async function memberOfKlusGroup() {
  const db = app.context.db;
  const organisation = await createOrganisation(db);
  const klus = await createOpportunity(db, { organisation_id: organisation.id, kind: "task", spots: 2 });
  const volunteer = await createVolunteer(db);
  const actor = { kind: "user" as const, userId: volunteer.user.id, roles: [] };
  await app.context.services.claims.claim(actor, { opportunityId: klus.id });
  const { conversationId } = await app.context.services.conversations.openKlusGroup(actor, { opportunityId: klus.id });
  return { volunteer, conversationId };
}

describe("a socket and the session it was opened with", () => {
  it("is told and disconnected on log-out, and the old cookie's next socket is refused", async () => {
    const { volunteer, conversationId } = await memberOfKlusGroup();
    const { sessionId } = await app.context.services.accounts.logIn(
      { kind: "anonymous" },
      { email: volunteer.user.email, password: defaultTestPassword },
    );
    const cookie = await cookieOf(sessionId);
    const socket = await open(cookie);
    const bystander = await open(await sessionCookie(app.context, volunteer.user.email));
    await expect(socket.timeout(3_000).emitWithAck("conversation:history", { conversationId })).resolves.toMatchObject({
      data: { messages: [] },
    });

    const told = next(socket, "session:ended");
    const hungUp = disconnected(socket);
    await app.context.services.accounts.logOut(sessionId);
    await told;
    expect(await hungUp).toBe("io server disconnect");

    // The same browser's next socket (still sending the old cookie) is anonymous: refused.
    const again = await open(cookie);
    await expect(again.timeout(3_000).emitWithAck("conversation:history", { conversationId })).resolves.toEqual({
      error: { code: "unauthenticated", message: "Log in first" },
    });
    await expect(
      again.timeout(3_000).emitWithAck("message:send", { conversationId, clientId: randomUUID(), body: "Ik nog?" }),
    ).resolves.toMatchObject({ error: { code: "unauthenticated" } });
    // Another session of the same person (another browser) stays connected and acting.
    expect(bystander.connected).toBe(true);
    await expect(
      bystander.timeout(3_000).emitWithAck("conversation:history", { conversationId }),
    ).resolves.toMatchObject({ data: { messages: [] } });
  });

  it("disconnects the previous session's sockets when the browser logs in again (the session is rotated)", async () => {
    const first = await createVolunteer(app.context.db);
    const second = await createVolunteer(app.context.db);
    const { sessionId } = await app.context.services.accounts.logIn(
      { kind: "anonymous" },
      { email: first.user.email, password: defaultTestPassword },
    );
    const socket = await open(await cookieOf(sessionId));
    const hungUp = disconnected(socket);
    await app.context.services.accounts.logIn(
      { kind: "anonymous" },
      { email: second.user.email, password: defaultTestPassword, previousSessionId: sessionId },
    );
    expect(await hungUp).toBe("io server disconnect");
  });

  it("disconnects a socket when its session runs out", { timeout: 15_000 }, async () => {
    const { user } = await createVolunteer(app.context.db);
    const session = await createSession(app.context.db, { userId: user.id, expiresAt: new Date(Date.now() + 2_500) });
    const socket = await open(await cookieOf(session.id));
    const [local] = await app.io.in(rooms.user(user.id)).fetchSockets();
    expect(local?.data.sessionId).toBe(session.id);
    const told = next(socket, "session:ended");
    expect(await disconnected(socket)).toBe("io server disconnect");
    await told;
  });

  it("keeps the handshake's full actor, with roles, for the handlers", async () => {
    const organisation = await createOrganisation(app.context.db);
    const coordinator = await createCoordinator(app.context.db, organisation);
    const socket = await open(await sessionCookie(app.context, coordinator.user.email));
    const anonymous = await open();
    const roles = await app.context.db
      .selectFrom("user_roles")
      .select("role_slug")
      .where("user_id", "=", coordinator.user.id)
      .orderBy("role_slug")
      .execute();
    expect(roles.length).toBeGreaterThan(0);

    const serverSide = (id: string | undefined) => app.io.sockets.sockets.get(id ?? "");
    const own = serverSide(socket.id);
    expect(own && socketActor(own)).toEqual({
      kind: "user",
      userId: coordinator.user.id,
      roles: roles.map((row) => row.role_slug),
    });
    const visitor = serverSide(anonymous.id);
    expect(visitor && socketActor(visitor)).toEqual({ kind: "anonymous" });
    expect(visitor?.data.sessionId).toBeNull();
  });
});
