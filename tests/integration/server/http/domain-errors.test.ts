import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoordinator, createOpportunity, createOrganisation, createVolunteer } from "../../../../db/factories";
import { httpStatusByCode } from "../../../../server/domain/errors";
import { sessionCookie } from "../../../support/realtime";
import { csrfFor, startWebApp, type WebApp } from "../../../support/web-app";

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ indexPrefix: `errors_${randomUUID().slice(0, 8)}_` });
});
afterAll(() => app?.close());

const day = 24 * 3_600_000;

async function klusIn(days: number) {
  const organisation = await createOrganisation(app.context.db);
  await createCoordinator(app.context.db, organisation, { password_hash: "!" });
  return createOpportunity(app.context.db, {
    organisation_id: organisation.id,
    starts_at: new Date(Date.now() + days * day),
    ends_at: new Date(Date.now() + days * day + 2 * 3_600_000),
  });
}

describe("one mapping from domain errors to responses", () => {
  it("answers a rate limit with 429 on every route, told beside the form", async () => {
    const volunteer = await createVolunteer(app.context.db);
    const { cookie, token } = await csrfFor(app, await sessionCookie(app.context, volunteer.user.email));
    const klussen = await Promise.all(Array.from({ length: 11 }, (_, i) => klusIn(i + 2)));
    const claim = (id: string) =>
      fetch(`${app.url}/klussen/${id}`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrf: token, intent: "claim" }),
      });
    for (const klus of klussen.slice(0, 10)) expect((await claim(klus.id)).status).toBe(302);
    const limited = await claim(klussen[10]!.id);
    expect(limited.status).toBe(httpStatusByCode.rate_limited);
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain("Wacht een minuut en probeer het dan opnieuw.");
  });

  it("answers another organisation's edit page with 403 and the reason, and an unknown one with 404", async () => {
    const organisation = await createOrganisation(app.context.db);
    const { user } = await createCoordinator(app.context.db, organisation);
    const cookie = await sessionCookie(app.context, user.email);
    const foreign = await klusIn(3);
    const refused = await fetch(`${app.url}/klussen/${foreign.id}/bewerken`, { headers: { cookie } });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("U kunt alleen klussen en vacatures van uw eigen organisatie beheren.");
    const missing = await fetch(`${app.url}/klussen/${randomUUID()}/bewerken`, { headers: { cookie } });
    expect(missing.status).toBe(404);
  });
});
