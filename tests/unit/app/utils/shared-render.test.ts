import type { EntryContext } from "@remix-run/node";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { escapeLikeReact, inRemixScript, MARKERS, planSharedRender } from "../../../../app/utils/shared-render.server";

const nasty = `Anna <b>&amp; "de" 'Vries'</b> \u2028 \u2029`;
// As @remix-run/server-runtime writes the handoff: JSON with &, <, >, U+2028 and U+2029 escaped.
const handoffOf = (state: unknown) =>
  JSON.stringify({ state }).replace(/[&><\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

function entry(root: Record<string, unknown>, page: Record<string, unknown>, leaf = "routes/klussen.$id") {
  const loaderData = { root, [leaf]: page };
  return {
    serverHandoffString: handoffOf({ loaderData }),
    staticHandlerContext: { matches: [{ route: { id: "root" } }, { route: { id: leaf } }], loaderData },
  } as unknown as EntryContext;
}
const person = (id: string, displayName: string, csrfToken: string) => ({
  language: "nl",
  csrfToken,
  user: { id, displayName, roles: ["volunteer"], unreadNotifications: 1, unreadMessages: 0 },
});
const plan = (context: EntryContext, statusCode = 200, url = "http://x/klussen/k1") =>
  planSharedRender({ url, language: "nl", statusCode, context, nonce: "n0nce" });

describe("escaping as React and Remix do", () => {
  it("writes a name as React's server renderer does in text and attributes", () => {
    expect(renderToStaticMarkup(createElement("span", { title: nasty }, nasty))).toBe(
      `<span title="${escapeLikeReact(nasty)}">${escapeLikeReact(nasty)}</span>`,
    );
  });
  it("writes a name as it stands in the page's data script", () => {
    expect(handoffOf({ name: nasty })).toContain(`"${inRemixScript(nasty)}"`);
  });
});

describe("planSharedRender", () => {
  const page = { detail: { title: "Bladeren harken", spotsLeft: 3 } };

  it("gives visitors who differ only in who they are the same key, and a render without their identity", () => {
    const anna = plan(entry(person("id-anna", nasty, "tok-a"), page));
    const bram = plan(entry(person("id-bram", "Bram", "tok-b"), page));
    expect(anna?.key).toBeDefined();
    expect(anna?.key).toBe(bram?.key);
    const marked = JSON.stringify(anna?.context.staticHandlerContext.loaderData);
    expect(anna?.context.serverHandoffString).not.toContain("id-anna");
    expect(marked).not.toContain("id-anna");
    expect(marked).not.toContain("tok-a");
    expect(marked).toContain(MARKERS.name);
    expect(anna?.nonce).toBe(MARKERS.nonce);
  });

  it("puts each visitor's own values back and refuses a page with a marker left", () => {
    const bram = plan(entry(person("id-bram", "Bram & Zn", "tok-b"), page));
    if (!bram) throw new Error("no plan");
    const html = `<p>${MARKERS.name} ${MARKERS.id} ${MARKERS.token} ${MARKERS.nonce}</p><script>window.__remixContext = ${bram.context.serverHandoffString};</script>`;
    const personal = bram.personalise(html);
    expect(personal).toContain("<p>Bram &amp; Zn id-bram tok-b n0nce</p>");
    expect(personal).toContain(`"displayName":"Bram \\u0026 Zn"`);
    expect(bram.personalise(`<p>${MARKERS.name}</p>`)).toBeNull();
    // A marker that went through another context (a URL, upper case) is found, and the page rendered for them.
    expect(bram.personalise(`${html}<a href="/p?n=${encodeURIComponent(MARKERS.name)}">`)).toBeNull();
    expect(bram.personalise(`${html}<b>${MARKERS.name.toUpperCase()}</b>`)).toBeNull();
  });

  it("gives a different key when anything else in the data differs", () => {
    const a = plan(entry(person("id-a", "A", "t1"), page));
    const b = plan(entry(person("id-b", "B", "t2"), { detail: { title: "Bladeren harken", spotsLeft: 2 } }));
    const unread = plan(
      entry(
        { ...person("id-c", "C", "t3"), user: { ...person("id-c", "C", "t3").user, unreadNotifications: 2 } },
        page,
      ),
    );
    expect(new Set([a?.key, b?.key, unread?.key]).size).toBe(3);
    expect(plan(entry(person("id-a", "A", "t1"), page), 200, "http://x/klussen/k2")?.key).not.toBe(a?.key);
  });

  it("renders for the visitor alone when their name, id or token is elsewhere in the data, and leaves other pages and statuses alone", () => {
    expect(plan(entry(person("id-a", "Anna", "t1"), { claimList: [{ name: "Anna" }] }))).toBeNull();
    expect(plan(entry(person("id-a", "Anna", "t1"), { claim: { volunteerId: "id-a" } }))).toBeNull();
    expect(plan(entry(person("id-a", "Anna", "t1"), page), 200, "http://x/klussen/k1?voor=id-a")).toBeNull();
    expect(plan(entry(person("id-a", "Anna", "t1"), page), 404)).toBeNull();
    expect(plan(entry(person("id-a", "Anna", "t1"), page, "routes/profiel"))).toBeNull();
    // A name inside a longer text is no reason: only the root's own field is replaced.
    expect(plan(entry(person("id-a", "Anna", "t1"), { detail: { title: "Anna's tuin" } }))).not.toBeNull();
    // Anonymous: only the token and nonce are the visitor's.
    expect(plan(entry({ language: "nl", csrfToken: "t9", user: null }, page))?.key).toBe(
      plan(entry({ language: "nl", csrfToken: "t8", user: null }, page))?.key,
    );
  });
});
