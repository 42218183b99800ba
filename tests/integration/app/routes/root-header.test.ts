import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoordinator, createOrganisation, createVolunteer } from "../../../../db/factories";
import { sessionCookie } from "../../../support/realtime";
import { startWebApp, type WebApp } from "../../../support/web-app";

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ indexPrefix: `header_${randomUUID().slice(0, 8)}_` });
});
afterAll(() => app?.close());

async function rootData(path: string, cookie = "") {
  const response = await fetch(`${app.url}${path}?_data=root`, { headers: cookie ? { cookie } : {} });
  expect(response.status).toBe(200);
  return (await response.json()) as { language: string; csrfToken: string; user: unknown };
}

describe("the root loader's header", () => {
  it("gives a logged-in person their name and unread counts, leaving out the conversation the page opens", async () => {
    const { db, services } = app.context;
    const organisation = await createOrganisation(db);
    const coordinator = await createCoordinator(db, organisation);
    const { user } = await createVolunteer(db);
    const volunteer = { kind: "user" as const, userId: user.id, roles: ["volunteer" as const] };
    const { conversationId } = await services.conversations.startWithOrganisation(volunteer, {
      organisationId: organisation.id,
    });
    await services.messaging.send(
      { kind: "user", userId: coordinator.user.id, roles: ["organisation_coordinator"] },
      { conversationId, clientId: randomUUID(), body: "Welkom!" },
    );
    await services.background.drain();
    const cookie = await sessionCookie(app.context, user.email);

    const elsewhere = await rootData("/gesprekken", cookie);
    expect(elsewhere.user).toEqual({
      id: user.id,
      displayName: user.display_name,
      roles: ["volunteer"],
      unreadNotifications: 1,
      unreadMessages: 1,
    });
    const inside = await rootData(`/gesprekken/${conversationId}`, cookie);
    expect(inside.user).toMatchObject({ unreadNotifications: 1, unreadMessages: 0 });
  });

  it("has no user for someone not logged in", async () => {
    const anonymous = await rootData("/");
    expect(anonymous.user).toBeNull();
    expect(Object.keys(anonymous).sort()).toEqual(["csrfToken", "language", "user"]);
  });
});
