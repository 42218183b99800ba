import { describe, expect, it } from "vitest";
import { createGzipTemplate } from "../../../../server/http/gzip-template";
import { createPageCache, isCacheablePageRequest } from "../../../../server/http/page-cache";

const entry = {
  status: 200,
  headers: [["content-type", "text/html"]] as Array<[string, string]>,
  body: "<p>x</p>",
  gzip: createGzipTemplate(["<p>x</p>"]),
  slots: [],
};
const klusPath = "/klussen/0b7c6c1e-1d2f-4c7a-9a55-3f1f5a7d2e10";

describe("createPageCache", () => {
  it("answers within its time to live and forgets afterwards", () => {
    let now = 1_000;
    const cache = createPageCache({ ttlMs: 2_000, now: () => now });
    cache.set("nl|/zoeken?q=a", entry);
    now += 1_999;
    expect(cache.get("nl|/zoeken?q=a")?.body).toBe("<p>x</p>");
    expect(cache.get("en|/zoeken?q=a")).toBeNull();
    now += 1;
    expect(cache.get("nl|/zoeken?q=a")).toBeNull();
  });

  it("stores nothing when switched off, drops the oldest when full, and can be emptied", () => {
    const off = createPageCache({ ttlMs: 0 });
    off.set("a", entry);
    expect(off.get("a")).toBeNull();
    const small = createPageCache({ ttlMs: 10_000, maxEntries: 2 });
    small.set("a", entry);
    small.set("b", entry);
    small.set("c", entry);
    expect([small.get("a"), small.get("b") !== null, small.get("c") !== null]).toEqual([null, true, true]);
    small.clear();
    expect(small.size).toBe(0);
  });

  it("forgets only the entries a test picks", () => {
    const cache = createPageCache({ ttlMs: 10_000 });
    for (const key of ["nl|/klussen/a", "en|/klussen/a", "nl|/klussen/b", "nl|/zoeken?q=x"]) cache.set(key, entry);
    cache.deleteWhere((key) => key.endsWith("|/klussen/a"));
    expect([cache.get("nl|/klussen/a"), cache.get("en|/klussen/a")]).toEqual([null, null]);
    expect([cache.get("nl|/klussen/b") !== null, cache.get("nl|/zoeken?q=x") !== null]).toEqual([true, true]);
  });
});

describe("isCacheablePageRequest", () => {
  const request = (path: string, options: { method?: string; query?: object; cookie?: string } = {}) => ({
    method: options.method ?? "GET",
    path,
    query: options.query ?? {},
    headers: options.cookie ? { cookie: options.cookie } : {},
  });

  it("takes anonymous GETs of a klus page or search results only", () => {
    expect(isCacheablePageRequest(request(klusPath))).toBe(true);
    expect(isCacheablePageRequest(request("/zoeken", { query: { q: "koken" } }))).toBe(true);
    expect(isCacheablePageRequest(request(klusPath, { cookie: "noaber_lang=en; noaber_csrf=x" }))).toBe(true);
    expect(isCacheablePageRequest(request("/"))).toBe(false);
    expect(isCacheablePageRequest(request(`${klusPath}/bewerken`))).toBe(false);
    expect(isCacheablePageRequest(request("/klussen/onbekend"))).toBe(false);
  });

  it("never takes a logged-in request, a POST, a data request or a klus page with a notice", () => {
    expect(isCacheablePageRequest(request(klusPath, { cookie: "noaber_lang=en; noaber_session=abc" }))).toBe(false);
    expect(isCacheablePageRequest(request(klusPath, { method: "POST" }))).toBe(false);
    expect(isCacheablePageRequest(request("/zoeken", { query: { q: "a", _data: "routes/zoeken" } }))).toBe(false);
    expect(isCacheablePageRequest(request(klusPath, { query: { aangemeld: "1" } }))).toBe(false);
  });
});
