import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoordinator, createOpportunity, createOrganisation, createVolunteer } from "../../../../db/factories";
import { sessionCookie } from "../../../support/realtime";
import { startTomorrowWithin24h } from "../../../support/tomorrow";
import { csrfFor, startWebApp, type WebApp } from "../../../support/web-app";

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ indexPrefix: `confirm_${randomUUID().slice(0, 8)}_` });
});
afterAll(() => app?.close());

async function post(path: string, cookie: string, fields: Record<string, string>) {
  return fetch(`${app.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
}

/** A klus with one spot starting tomorrow (within a day): one volunteer holds it, another waits. */
async function fixture() {
  const { db } = app.context;
  const organisation = await createOrganisation(db);
  const coordinator = await createCoordinator(db, organisation);
  const start = startTomorrowWithin24h();
  const klus = await createOpportunity(db, {
    organisation_id: organisation.id,
    spots: 1,
    starts_at: start,
    ends_at: new Date(start.getTime() + 2 * 3_600_000),
  });
  const holder = await createVolunteer(db);
  const waiting = await createVolunteer(db);
  const stranger = await createVolunteer(db);
  const { services } = app.context;
  const actor = (userId: string) => ({ kind: "user" as const, userId, roles: ["volunteer" as const] });
  const held = await services.claims.claim(actor(holder.user.id), { opportunityId: klus.id });
  const waited = await services.claims.claim(actor(waiting.user.id), { opportunityId: klus.id });
  const login = async (email: string) => csrfFor(app, await sessionCookie(app.context, email));
  return {
    klus,
    heldId: held.claim.id,
    waitedId: waited.claim.id,
    holder: await login(holder.user.email),
    stranger: await login(stranger.user.email),
    coordinator: await login(coordinator.user.email),
  };
}

async function claimRow(id: string) {
  return app.context.db
    .selectFrom("claims")
    .select(["status", "confirmed_at"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

describe("confirm or hand over on /klussen/:id", () => {
  it("refuses other people's claims, for every new intent, and changes nothing", async () => {
    const f = await fixture();
    for (const who of [f.stranger, f.coordinator]) {
      for (const intent of ["confirm", "hand-over", "take-spot"]) {
        const claimId = intent === "take-spot" ? f.waitedId : f.heldId;
        const response = await post(`/klussen/${f.klus.id}`, who.cookie, { csrf: who.token, intent, claimId });
        expect(response.status, `${intent}`).toBe(404);
      }
      // And from the agenda: answered with the agenda as it is, nothing confirmed.
      const agenda = await post("/agenda", who.cookie, { csrf: who.token, intent: "confirm-claim", claimId: f.heldId });
      expect(agenda.headers.get("location")).toBe("/agenda#binnenkort");
    }
    expect(await claimRow(f.heldId)).toEqual({ status: "active", confirmed_at: null });
    expect((await claimRow(f.waitedId)).status).toBe("waitlisted");
  });

  it("refuses a post without the CSRF token", async () => {
    const f = await fixture();
    const response = await post(`/klussen/${f.klus.id}`, f.holder.cookie, { intent: "confirm", claimId: f.heldId });
    expect(response.status).toBe(403);
    expect((await claimRow(f.heldId)).confirmed_at).toBeNull();
  });

  it("confirms in one tap, asks before handing over, then gives the spot to the waitlist", async () => {
    const f = await fixture();
    const here = `/klussen/${f.klus.id}`;
    const page = await fetch(`${app.url}${here}`, { headers: { cookie: f.holder.cookie } });
    const html = await page.text();
    expect(html).toContain("Ik kom");
    expect(html).toContain("Uw plek gaat naar de eerste op de wachtlijst.");

    const confirmed = await post(here, f.holder.cookie, { csrf: f.holder.token, intent: "confirm", claimId: f.heldId });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toBe(`${here}?bevestigd=1#meedoen`);
    expect((await claimRow(f.heldId)).confirmed_at).not.toBeNull();
    const after = await fetch(`${app.url}${here}?bevestigd=1`, { headers: { cookie: f.holder.cookie } });
    expect(await after.text()).toContain("Dank u wel: u heeft laten weten dat u komt.");

    const question = await fetch(`${app.url}${here}?overdragen=1`, { headers: { cookie: f.holder.cookie } });
    expect(await question.text()).toContain("Wilt u uw plek echt overdragen?");
    const handed = await post(here, f.holder.cookie, { csrf: f.holder.token, intent: "hand-over", claimId: f.heldId });
    expect(handed.headers.get("location")).toBe(`${here}?overgedragen=1#meedoen`);
    expect((await claimRow(f.heldId)).status).toBe("cancelled");
    expect((await claimRow(f.waitedId)).status).toBe("active");

    const list = await fetch(`${app.url}${here}`, { headers: { cookie: f.coordinator.cookie } });
    expect(await list.text()).toContain("heeft de plek overgedragen.");
  });
});
