import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createUser,
  createVolunteer,
  grantRole,
} from "../../../../db/factories";
import { sessionCookie } from "../../../support/realtime";
import { csrfFor, startWebApp, type WebApp } from "../../../support/web-app";

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp({ indexPrefix: `moderation_${randomUUID().slice(0, 8)}_` });
});
afterAll(() => app?.close());

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

async function post(path: string, cookie: string, fields: Record<string, string>) {
  return fetch(`${app.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    body: form(fields),
  });
}

async function reportableKlus() {
  const organisation = await createOrganisation(app.context.db);
  await createCoordinator(app.context.db, organisation, { password_hash: "!" });
  return createOpportunity(app.context.db, { organisation_id: organisation.id, kind: "task" });
}

async function gemeenteCookie() {
  const user = await createUser(app.context.db);
  await grantRole(app.context.db, user.id, "gemeente");
  return { userId: user.id, cookie: await sessionCookie(app.context, user.email) };
}

describe("/melden/:id", () => {
  it("takes a report from the klus page's form and goes back to the klus with a confirmation", async () => {
    const klus = await reportableKlus();
    const volunteer = await createVolunteer(app.context.db);
    const { cookie, token } = await csrfFor(app, await sessionCookie(app.context, volunteer.user.email));

    const empty = await post(`/melden/${klus.id}`, cookie, { csrf: token, reason: "  " });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Schrijf kort wat er mis is.");

    const sent = await post(`/melden/${klus.id}`, cookie, { csrf: token, reason: "Oplichting" });
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(`/klussen/${klus.id}?gemeld=1#melden`);
    const page = await fetch(`${app.url}/klussen/${klus.id}?gemeld=1`, { headers: { cookie } });
    expect(await page.text()).toContain("Dank u voor uw melding. De gemeente kijkt ernaar.");
  });

  it("refuses a post without the CSRF token, and sends someone logged out to log in", async () => {
    const klus = await reportableKlus();
    const volunteer = await createVolunteer(app.context.db);
    const cookie = await sessionCookie(app.context, volunteer.user.email);
    expect((await post(`/melden/${klus.id}`, cookie, { reason: "Oplichting" })).status).toBe(403);
    const anonymous = await fetch(`${app.url}/melden/${klus.id}`, { redirect: "manual" });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/inloggen\?redirectTo=/);
    const reports = await app.context.db
      .selectFrom("opportunity_reports")
      .select("id")
      .where("opportunity_id", "=", klus.id)
      .execute();
    expect(reports).toEqual([]);
  });
});

describe("/gemeente/moderatie and /gemeente/logboek", () => {
  it("are only for the municipality", async () => {
    const volunteer = await createVolunteer(app.context.db);
    const cookie = await sessionCookie(app.context, volunteer.user.email);
    for (const path of ["/gemeente/moderatie", "/gemeente/logboek"]) {
      const refused = await fetch(`${app.url}${path}`, { headers: { cookie } });
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain("Deze pagina is alleen voor medewerkers van de gemeente.");
    }
    const { cookie: withCsrf, token } = await csrfFor(app, cookie);
    const klus = await reportableKlus();
    const hide = await post("/gemeente/moderatie", withCsrf, {
      csrf: token,
      intent: "hide",
      subjectType: "opportunity",
      subjectId: klus.id,
    });
    expect(hide.status).toBe(403);
  });

  it("acts on a queue item with a confirmation, and keeps what was typed when a warning is empty", async () => {
    const klus = await reportableKlus();
    const reporter = await createVolunteer(app.context.db);
    await app.context.services.moderation.reportOpportunity(
      { kind: "user", userId: reporter.user.id, roles: ["volunteer"] },
      { opportunityId: klus.id, reason: `Verdacht ${klus.id}` },
    );
    const gemeente = await gemeenteCookie();
    const { cookie, token } = await csrfFor(app, gemeente.cookie);
    const queue = await fetch(`${app.url}/gemeente/moderatie`, { headers: { cookie } });
    expect(await queue.text()).toContain(`Verdacht ${klus.id}`);

    const subject = { subjectType: "opportunity", subjectId: klus.id };
    const emptyWarning = await post("/gemeente/moderatie", cookie, {
      csrf: token,
      intent: "warn",
      ...subject,
      text: "",
    });
    expect(emptyWarning.status).toBe(400);
    expect(await emptyWarning.text()).toContain("Schrijf wat de persoon moet weten.");

    const dismissed = await post("/gemeente/moderatie", cookie, {
      csrf: token,
      intent: "dismiss",
      ...subject,
      note: "Niets aan de hand",
    });
    expect(dismissed.status).toBe(303);
    expect(dismissed.headers.get("location")).toBe("/gemeente/moderatie?gedaan=dismissed");

    // The same item again: already handled, said on top of the page.
    const again = await post("/gemeente/moderatie", cookie, { csrf: token, intent: "dismiss", ...subject });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Iemand anders heeft deze meldingen net afgehandeld.");

    const log = await fetch(`${app.url}/gemeente/logboek?actie=dismiss`, { headers: { cookie } });
    const html = await log.text();
    expect(html).toContain(klus.title);
    expect(html).toContain("Niets aan de hand");
  });
});
