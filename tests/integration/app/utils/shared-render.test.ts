import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, createOpportunity, createOrganisation, createVolunteer } from "../../../../db/factories";
import { MARKERS } from "../../../../app/utils/shared-render.server";
import { sessionCookie } from "../../../support/realtime";
import { csrfCookieOf, startWebApp, type WebApp } from "../../../support/web-app";

// Two apps over one database: one shares renders (a long time to live, so hits hold on a slow machine), one
// renders every page. A shared page must be byte for byte the page its visitor would have had rendered.
let shared: WebApp;
let rendered: WebApp;
beforeAll(async () => {
  const prefix = `sharedrender_${randomUUID().slice(0, 8)}_`;
  shared = await startWebApp({ indexPrefix: prefix, env: { PAGE_CACHE_MS: "60000" } });
  rendered = await startWebApp({ indexPrefix: prefix, env: { PAGE_CACHE_MS: "0" } });
});
afterAll(async () => {
  await shared?.close();
  await rendered?.close();
});

const nonceOf = (response: Response) =>
  /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

/** A logged-in visitor with their CSRF cookie, as a browser holds them after the first page. */
async function visitor(displayName: string) {
  const { user } = await createVolunteer(shared.context.db, { user: { display_name: displayName } });
  const session = await sessionCookie(shared.context, user.email);
  const first = await fetch(`${shared.url}/toegankelijkheid`, { headers: { cookie: session } });
  await first.text();
  return { user, cookie: [session, csrfCookieOf(first)].filter(Boolean).join("; ") };
}

/** The page with this answer's nonce written as NONCE, so two answers can be compared. */
async function page(app: WebApp, path: string, cookie: string) {
  const response = await fetch(`${app.url}${path}`, { headers: { cookie } });
  const html = await response.text();
  expect(response.status).toBe(200);
  const nonce = nonceOf(response);
  expect(nonce).toBeTruthy();
  return { html: html.replaceAll(nonce ?? "", "NONCE"), state: response.headers.get("x-shared-render") };
}

async function klus() {
  const organisation = await createOrganisation(shared.context.db);
  return createOpportunity(shared.context.db, {
    organisation_id: organisation.id,
    spots: 3,
    title: `Gedeelde render ${randomUUID()}`,
  });
}

describe("shared renders of rush pages", () => {
  it("gives each logged-in volunteer the page rendered once, with their own name, id and token, as if rendered for them", async () => {
    const { id } = await klus();
    // Names with every character React and Remix's script escape differently.
    const anna = await visitor(`Anna <b>&amp; "de" 'Vries'</b> \u2028 ${randomUUID().slice(0, 4)}`);
    const bram = await visitor(`Bram ${randomUUID().slice(0, 4)}`);
    const path = `/klussen/${id}`;

    const annaShared = await page(shared, path, anna.cookie);
    const bramShared = await page(shared, path, bram.cookie);
    expect(annaShared.state).toBe("miss");
    expect(bramShared.state).toBe("hit");

    for (const [person, sharedPage] of [
      [anna, annaShared],
      [bram, bramShared],
    ] as const) {
      const own = await page(rendered, path, person.cookie);
      expect(own.state).toBeNull();
      expect(sharedPage.html).toBe(own.html);
      expect(sharedPage.html).toContain(person.user.id);
    }
    expect(bramShared.html).not.toContain(anna.user.id);
    expect(bramShared.html).not.toContain("Anna");
    expect(annaShared.html).not.toContain(bram.user.id);
    for (const marker of Object.values(MARKERS)) expect(bramShared.html).not.toContain(marker);
  });

  it("shares the search and home pages too, and anonymous pages", async () => {
    const anna = await visitor(`Anna ${randomUUID().slice(0, 4)}`);
    const bram = await visitor(`Bram ${randomUUID().slice(0, 4)}`);
    for (const path of ["/", `/zoeken?q=${randomUUID().slice(0, 6)}`]) {
      expect((await page(shared, path, anna.cookie)).state).toBe("miss");
      const second = await page(shared, path, bram.cookie);
      expect(second.state).toBe("hit");
      expect(second.html).toBe((await page(rendered, path, bram.cookie)).html);
    }
    // Anonymous visitors with their own CSRF cookies: the home page is not in the anonymous page cache.
    const cookies = await Promise.all(
      [1, 2].map(async () => csrfCookieOf(await fetch(`${shared.url}/toegankelijkheid`)) ?? ""),
    );
    const homeMiss = await page(shared, "/?kijk=1", cookies[0] ?? "");
    const homeHit = await page(shared, "/?kijk=1", cookies[1] ?? "");
    expect([homeMiss.state, homeHit.state]).toEqual(["miss", "hit"]);
    expect(homeHit.html).toBe((await page(rendered, "/?kijk=1", cookies[1] ?? "")).html);
  });

  it("renders anew when the data differs: a claim changes the claimant's page and everyone's spots left", async () => {
    const opportunity = await klus();
    const path = `/klussen/${opportunity.id}`;
    const [anna, bram, carla] = await Promise.all(
      ["Anna", "Bram", "Carla"].map((name) => visitor(name + randomUUID())),
    );
    if (!anna || !bram || !carla) throw new Error("visitors");
    expect((await page(shared, path, anna.cookie)).state).toBe("miss");
    expect((await page(shared, path, bram.cookie)).state).toBe("hit");
    await createClaim(shared.context.db, { opportunityId: opportunity.id, volunteerId: bram.user.id });
    const bramsPage = await page(shared, path, bram.cookie);
    expect(bramsPage.state).toBe("miss");
    expect(bramsPage.html).toBe((await page(rendered, path, bram.cookie)).html);
    const annasPage = await page(shared, path, anna.cookie);
    expect(annasPage.state).toBe("miss");
    expect(annasPage.html).toBe((await page(rendered, path, anna.cookie)).html);
    const carlasPage = await page(shared, path, carla.cookie);
    expect(carlasPage.state).toBe("hit");
    expect(carlasPage.html).toBe((await page(rendered, path, carla.cookie)).html);
  });
});
