import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpportunity, createOrganisation, createVolunteer } from "../../../../db/factories";
import { languageCookie } from "../../../../app/i18n/language.server";
import { client, connected, next, sessionCookie, startRealtimeApp, type RealtimeApp } from "../../../support/realtime";
import { csrfCookieOf, startWebApp, type WebApp } from "../../../support/web-app";

// A long time to live, so every assertion about hits holds however slow the machine is.
let app: WebApp;
let realtime: RealtimeApp;
beforeAll(async () => {
  const prefix = `pagecache_${randomUUID().slice(0, 8)}_`;
  app = await startWebApp({ indexPrefix: prefix, env: { PAGE_CACHE_MS: "60000" } });
  realtime = await startRealtimeApp({ indexPrefix: prefix });
});
afterAll(async () => {
  await realtime?.close();
  await app?.close();
});

const tokenIn = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)?.[1];
const nonceIn = (html: string) => /<script nonce="([^"]+)"/.exec(html)?.[1];

async function klus(spots = 3) {
  const organisation = await createOrganisation(app.context.db);
  return createOpportunity(app.context.db, {
    organisation_id: organisation.id,
    spots,
    title: `Cachetest ${randomUUID()}`,
  });
}

describe("the anonymous page cache", () => {
  it("serves an anonymous klus page again from memory, with each visitor's own CSRF token and nonce", async () => {
    const { id } = await klus();
    const first = await fetch(`${app.url}/klussen/${id}`);
    const firstHtml = await first.text();
    expect(first.status).toBe(200);
    expect(first.headers.get("x-page-cache")).toBe("miss");
    const firstCookie = csrfCookieOf(first);
    expect(firstCookie).toBeDefined();

    // Another visitor without cookies: served from memory, with a fresh token of their own in cookie and page.
    const second = await fetch(`${app.url}/klussen/${id}`);
    const secondHtml = await second.text();
    expect(second.headers.get("x-page-cache")).toBe("hit");
    const secondCookie = csrfCookieOf(second);
    expect(secondCookie).toBeDefined();
    expect(secondCookie).not.toBe(firstCookie);
    const secondToken = tokenIn(secondHtml);
    expect(secondToken).toBeDefined();
    expect(secondToken).not.toBe(tokenIn(firstHtml));
    expect(secondHtml).not.toContain(tokenIn(firstHtml));
    expect(secondHtml).not.toContain("\u0000");
    // The nonce of the page is the one of this answer's Content-Security-Policy.
    const nonce = nonceIn(secondHtml);
    expect(nonce).toBeDefined();
    expect(nonce).not.toBe(nonceIn(firstHtml));
    expect(second.headers.get("content-security-policy")).toContain(`'nonce-${nonce}'`);

    // A visitor who has the CSRF cookie already gets no new cookie, and their own token in the page's forms.
    const third = await fetch(`${app.url}/klussen/${id}`, { headers: { cookie: firstCookie ?? "" } });
    const thirdHtml = await third.text();
    expect(third.headers.get("x-page-cache")).toBe("hit");
    expect(third.headers.getSetCookie()).toEqual([]);
    expect(tokenIn(thirdHtml)).toBe(tokenIn(firstHtml));
    // Each token in a page is the one its visitor's cookie holds: the forms' CSRF check accepts it.
    for (const [cookie, token] of [
      [firstCookie, tokenIn(firstHtml)],
      [secondCookie, secondToken],
    ]) {
      const form = new FormData();
      form.set("csrf", token ?? "");
      await expect(app.context.csrf.isValid(form, new Headers({ cookie: cookie ?? "" }))).resolves.toBe(true);
    }
  });

  it("sends a stored page gzipped with the visitor's token and nonce filled in: the same page as unzipped", async () => {
    const { id } = await klus();
    const first = await fetch(`${app.url}/klussen/${id}`);
    const cookie = csrfCookieOf(first) ?? "";
    const zipped = await fetch(`${app.url}/klussen/${id}`, { headers: { cookie, "accept-encoding": "gzip" } });
    const plain = await fetch(`${app.url}/klussen/${id}`, { headers: { cookie, "accept-encoding": "identity" } });
    expect([zipped.headers.get("x-page-cache"), plain.headers.get("x-page-cache")]).toEqual(["hit", "hit"]);
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(zipped.headers.get("vary")).toMatch(/accept-encoding/i);
    const [zippedHtml, plainHtml] = [await zipped.text(), await plain.text()];
    expect(tokenIn(zippedHtml)).toBe(tokenIn(await first.text()));
    const nonce = nonceIn(zippedHtml) ?? "";
    expect(zipped.headers.get("content-security-policy")).toContain(`'nonce-${nonce}'`);
    expect(zippedHtml.replaceAll(nonce, "NONCE")).toBe(plainHtml.replaceAll(nonceIn(plainHtml) ?? "", "NONCE"));
  });

  it("keeps languages apart", async () => {
    const { id } = await klus();
    const english = (await languageCookie.serialize("en")).split(";")[0] ?? "";
    const dutch = await fetch(`${app.url}/klussen/${id}`);
    expect(await dutch.text()).toContain('lang="nl"');
    const inEnglish = await fetch(`${app.url}/klussen/${id}`, { headers: { cookie: english } });
    expect(inEnglish.headers.get("x-page-cache")).toBe("miss");
    expect(await inEnglish.text()).toContain('lang="en"');
    const againEnglish = await fetch(`${app.url}/klussen/${id}`, { headers: { cookie: english } });
    expect(againEnglish.headers.get("x-page-cache")).toBe("hit");
    expect(await againEnglish.text()).toContain('lang="en"');
  });

  it("never serves or stores a logged-in page", async () => {
    const { id } = await klus();
    const volunteer = await createVolunteer(app.context.db, { user: { display_name: "Cachebezoeker" } });
    const cookie = await sessionCookie(app.context, volunteer.user.email);
    await fetch(`${app.url}/klussen/${id}`); // stored for anonymous visitors
    for (let i = 0; i < 2; i++) {
      const page = await fetch(`${app.url}/klussen/${id}`, { headers: { cookie } });
      expect(page.headers.get("x-page-cache")).toBeNull();
      expect(await page.text()).toContain("Cachebezoeker");
    }
    const anonymous = await fetch(`${app.url}/klussen/${id}`);
    expect(anonymous.headers.get("x-page-cache")).toBe("hit");
    expect(await anonymous.text()).not.toContain("Cachebezoeker");
  });

  it("caches search results per query, but not a klus page with a notice in its address", async () => {
    const query = `/zoeken?q=${randomUUID().slice(0, 8)}`;
    expect((await fetch(`${app.url}${query}`)).headers.get("x-page-cache")).toBe("miss");
    expect((await fetch(`${app.url}${query}`)).headers.get("x-page-cache")).toBe("hit");
    expect((await fetch(`${app.url}${query}x`)).headers.get("x-page-cache")).toBe("miss");
    const { id } = await klus();
    for (let i = 0; i < 2; i++) {
      const page = await fetch(`${app.url}/klussen/${id}?aangemeld=1`);
      expect(page.headers.get("x-page-cache")).toBeNull();
    }
  });

  it("forgets a klus page and the search results as soon as its spots change in this process, however", async () => {
    const [{ id }, unrelated] = await Promise.all([klus(3), klus(3)]);
    const search = `/zoeken?q=${randomUUID().slice(0, 8)}`;
    for (const path of [`/klussen/${id}`, `/klussen/${unrelated.id}`, search]) await fetch(`${app.url}${path}`);
    expect((await fetch(`${app.url}/klussen/${id}`)).headers.get("x-page-cache")).toBe("hit");

    // No POST: the claims service itself, as a socket event or a background job would call it.
    const volunteer = await createVolunteer(app.context.db);
    await app.context.services.claims.claim(
      { kind: "user", userId: volunteer.user.id, roles: ["volunteer"] },
      { opportunityId: id },
    );
    const fresh = await fetch(`${app.url}/klussen/${id}`);
    expect(fresh.headers.get("x-page-cache")).toBe("miss");
    expect(await fresh.text()).toContain("Nog 2 plekken vrij");
    expect((await fetch(`${app.url}${search}`)).headers.get("x-page-cache")).toBe("miss");
    expect((await fetch(`${app.url}/klussen/${unrelated.id}`)).headers.get("x-page-cache")).toBe("hit");
  });

  it("forgets everything on a POST, and a cached page still learns the spots left live", async () => {
    const { id } = await klus(3);
    await fetch(`${app.url}/klussen/${id}`);
    const cached = await fetch(`${app.url}/klussen/${id}`);
    expect(cached.headers.get("x-page-cache")).toBe("hit");
    expect(await cached.text()).toContain("Nog 3 plekken vrij");

    // A claim over the socket (no POST): the page in memory still says 3, and the page's socket says 2 on arrival
    // and then follows every change, as the page's script does.
    const volunteer = await createVolunteer(app.context.db);
    const claimer = client(realtime.url, await sessionCookie(realtime.context, volunteer.user.email));
    const viewer = client(realtime.url);
    try {
      await Promise.all([connected(claimer), connected(viewer)]);
      await expect(claimer.timeout(3_000).emitWithAck("claim:create", { opportunityId: id })).resolves.toMatchObject({
        data: { spotsLeft: 2 },
      });
      const stale = await fetch(`${app.url}/klussen/${id}`);
      expect(stale.headers.get("x-page-cache")).toBe("hit");
      expect(await stale.text()).toContain("Nog 3 plekken vrij");
      await expect(viewer.timeout(3_000).emitWithAck("klus:subscribe", { opportunityId: id })).resolves.toEqual({
        data: { opportunityId: id, spots: 3, spotsLeft: 2 },
      });
      const seen = next(viewer, "klus:spots");
      const other = await createVolunteer(app.context.db);
      await realtime.context.services.claims.claim(
        { kind: "user", userId: other.user.id, roles: ["volunteer"] },
        { opportunityId: id },
      );
      expect(await seen).toEqual({ opportunityId: id, spots: 3, spotsLeft: 1 });
    } finally {
      claimer.disconnect();
      viewer.disconnect();
    }

    // Any POST (here one the app refuses) empties the cache: the next visitor sees the page as it is now.
    await fetch(`${app.url}/klussen/${id}`, { method: "POST", body: new URLSearchParams({ intent: "claim" }) });
    const fresh = await fetch(`${app.url}/klussen/${id}`);
    expect(fresh.headers.get("x-page-cache")).toBe("miss");
    expect(await fresh.text()).toContain("Nog 1 plek vrij");
  });
});
