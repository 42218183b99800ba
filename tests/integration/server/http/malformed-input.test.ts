import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolunteer } from "../../../../db/factories";
import { sessionCookie } from "../../../support/realtime";
import { csrfFor, startWebApp, type WebApp } from "../../../support/web-app";

// A stack frame ("at fn (/path/file.js:1:2)"), a module path or an error's constructor name: none may reach a page.
const stackTrace = /\bat [^\s]+ \(?\/|node_modules\/|(?:URIError|TypeError|SyntaxError|CSRFError)\b/;

let app: WebApp;

beforeAll(async () => {
  app = await startWebApp({ indexPrefix: `malformed_${randomUUID().slice(0, 8)}_` });
});

/** A fresh session for each test: the scan posts valid tokens to /uitloggen too. */
async function newVolunteerCookie() {
  const volunteer = await createVolunteer(app.context.db);
  return sessionCookie(app.context, volunteer.user.email);
}
afterAll(() => app?.close());

/** Every page address of the Remix build, with each `:param` filled in by `value`. */
function routePaths(fill: string): string[] {
  const paths = new Set<string>();
  for (const route of Object.values(app.build.routes)) {
    if (route.path === undefined && !route.index) continue;
    const parents: string[] = [];
    for (let parent = route.parentId; parent; parent = app.build.routes[parent]?.parentId) {
      const parentPath = app.build.routes[parent]?.path;
      if (parentPath) parents.unshift(parentPath);
    }
    const full = [...parents, route.path ?? ""].filter(Boolean).join("/");
    paths.add(`/${full.replace(/:[^/]+/g, fill).replace(/\*$/, fill)}`);
  }
  return [...paths];
}

const actionPaths = () =>
  routePaths(randomUUID()).filter((path) => {
    const route = Object.values(app.build.routes).find((r) => r.path && path.endsWith(r.path.replace(/:[^/]+/g, "")));
    return route ? route.module.action !== undefined : true;
  });

type Probe = { name: string; send(): Promise<Response> };

async function runProbes(probes: Probe[]) {
  const results = [];
  for (const probe of probes) {
    const response = await probe.send();
    const body = await response.text();
    results.push({ name: probe.name, status: response.status, stack: stackTrace.test(body) });
  }
  return results;
}

describe("a scan of every route with malformed input", () => {
  it("answers no 500 and no stack trace", async () => {
    const badEncodings = ["%E0%A4%A", "%FF%FE", "%", "%C0%AF"];
    const formHeaders = { "content-type": "application/x-www-form-urlencoded" };
    const probes: Probe[] = [];
    const volunteerCookie = await newVolunteerCookie();
    const { cookie, token } = await csrfFor(app, volunteerCookie);

    for (const bad of badEncodings) {
      for (const path of routePaths(bad)) {
        probes.push({ name: `GET ${path}`, send: () => fetch(`${app.url}${path}`, { redirect: "manual" }) });
        probes.push({
          name: `GET ${path} (logged in)`,
          send: () => fetch(`${app.url}${path}`, { redirect: "manual", headers: { cookie: volunteerCookie } }),
        });
      }
      probes.push({ name: `GET /zoeken?q=${bad}`, send: () => fetch(`${app.url}/zoeken?q=${bad}`) });
      probes.push({ name: `GET /?_data=${bad}`, send: () => fetch(`${app.url}/?_data=${bad}`) });
    }
    probes.push({ name: "GET /zoeken?_data=routes/$$$", send: () => fetch(`${app.url}/zoeken?_data=routes/$$$`) });

    for (const path of routePaths(randomUUID())) {
      const post = (headers: Record<string, string>, body: BodyInit) => () =>
        fetch(`${app.url}${path}`, { method: "POST", redirect: "manual", headers: { cookie, ...headers }, body });
      probes.push({ name: `POST ${path} as JSON`, send: post({ "content-type": "application/json" }, "{}") });
      probes.push({ name: `POST ${path} as text`, send: post({ "content-type": "text/plain" }, "csrf=x") });
      probes.push({
        name: `POST ${path} broken multipart`,
        send: post({ "content-type": "multipart/form-data; boundary=nope" }, "--wrong\r\n"),
      });
      probes.push({
        name: `POST ${path} 10 MB`,
        send: post(formHeaders, `csrf=${token}&body=${"a".repeat(10_000_000)}`),
      });
      probes.push({
        name: `POST ${path} foreign origin`,
        send: post({ ...formHeaders, origin: "https://evil.example" }, `csrf=${token}`),
      });
      probes.push({
        name: `POST ${path} null origin`,
        send: post({ ...formHeaders, origin: "null" }, `csrf=${token}`),
      });
      probes.push({
        name: `POST ${path} malformed origin`,
        send: post({ ...formHeaders, origin: "http://" }, `csrf=${token}`),
      });
      probes.push({ name: `POST ${path} without token`, send: post(formHeaders, "intent=claim") });
      probes.push({
        name: `POST ${path} bad percent-encoding`,
        send: post(formHeaders, `csrf=${token}&intent=%E0%A4%A`),
      });
    }

    const results = await runProbes(probes);
    const serverErrors = results.filter((r) => r.status >= 500).map((r) => `${r.status} ${r.name}`);
    const withStack = results.filter((r) => r.stack).map((r) => `${r.status} ${r.name}`);
    expect(results.length).toBeGreaterThan(300);
    expect(serverErrors).toEqual([]);
    expect(withStack).toEqual([]);
  }, 120_000);

  it("refuses what cannot be a form of this site with the fitting status", async () => {
    const { cookie, token } = await csrfFor(app, await newVolunteerCookie());
    const post = (path: string, headers: Record<string, string>, body: BodyInit) =>
      fetch(`${app.url}${path}`, { method: "POST", redirect: "manual", headers: { cookie, ...headers }, body });
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const paths = actionPaths();
    expect(paths).toContain("/inloggen");
    expect(paths).toContain("/profiel");
    for (const path of ["/inloggen", "/profiel", "/uitloggen", "/organisatie/nieuw", `/gesprekken/${randomUUID()}`]) {
      expect((await post(path, { "content-type": "application/json" }, "{}")).status, path).toBe(415);
      expect((await post(path, {}, "csrf=x")).status, path).toBe(415);
      expect((await post(path, { "content-type": "multipart/form-data; boundary=x" }, "--y")).status, path).toBe(400);
      expect((await post(path, form, `csrf=${token}&x=${"a".repeat(100_000)}`)).status, path).toBe(413);
      expect((await post(path, { ...form, origin: "https://evil.example" }, `csrf=${token}`)).status, path).toBe(403);
      expect((await post(path, { ...form, origin: "null" }, `csrf=${token}`)).status, path).toBe(403);
      expect((await post(path, form, "email=a")).status, path).toBe(403);
    }
    expect((await fetch(`${app.url}/klussen/%FF%FE`)).status).toBe(400);
  }, 60_000);

  it("says in plain words why a form was refused, and changes nothing", async () => {
    const anonymous = await csrfFor(app);
    const response = await fetch(`${app.url}/inloggen`, {
      method: "POST",
      headers: { cookie: anonymous.cookie, "content-type": "application/x-www-form-urlencoded" },
      body: "email=a@example.test&password=x",
    });
    expect(response.status).toBe(403);
    const page = await response.text();
    expect(page).toContain("Formulier verlopen");
    expect(page).toContain("er niets opgeslagen");
    expect(response.headers.getSetCookie().some((c) => c.startsWith("noaber_session="))).toBe(false);

    const tooLarge = await fetch(`${app.url}/inloggen`, {
      method: "POST",
      headers: {
        cookie: anonymous.cookie,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(`csrf=${anonymous.token}&email=`));
          controller.enqueue(new TextEncoder().encode("a".repeat(70_000)));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toContain("Te veel tekst");
  });
});

describe("production mode, as npm start runs without configuration", () => {
  it("is production, and the Content-Security-Policy lets sockets reach this site only", async () => {
    expect(app.context.config.env).toBe("production");
    const response = await fetch(`${app.url}/`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(csp).not.toMatch(/\bws:/);
  });
});
