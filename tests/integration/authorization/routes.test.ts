import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookie } from "../../support/realtime";
import { csrfFor, startWebApp, type WebApp } from "../../support/web-app";
import { buildFixture, emailOf, roles, type Fixture, type Role } from "./fixture";
import { cellsOf, outcomeOf, routeMatrix, type Outcome, type RouteRow, type Target } from "./matrix";

let app: WebApp;
let fixture: Fixture;
const sessions = {} as Record<Role, { cookie: string; token: string }>;

beforeAll(async () => {
  app = await startWebApp({ indexPrefix: `matrix_${randomUUID().slice(0, 8)}_` });
  fixture = await buildFixture(app.context);
  await Promise.all(roles.map(async (role) => (sessions[role] = await logIn(role))));
});
afterAll(() => app?.close());

async function logIn(role: Role) {
  const cookie = role === "anonymous" ? "" : await sessionCookie(app.context, emailOf(fixture, role));
  return csrfFor(app, cookie);
}

/**
 * What an answer means for authorization. A refusal is 401/403, a 404 (what must not be revealed is
 * answered as absent), or a redirect to the log-in page. Anything else got past the permission check:
 * a page (2xx), a redirect elsewhere (post/redirect/get, or a page that sends a logged-in person on),
 * and for a form 400/409/429 with the form's errors, because the matrix posts minimal forms on purpose
 * (nothing harmful happens) and a form error comes after the check. A 5xx is a fault, never an outcome.
 */
function classify(status: number, location: string | null): Outcome | "fault" {
  if (status >= 500) return "fault";
  if (status >= 300 && status < 400) {
    return location && new URL(location, "http://x").pathname === "/inloggen" ? "login" : "allow";
  }
  if (status === 401 || status === 403 || status === 404) return "deny";
  return "allow";
}

type Result = { name: string; expected: Outcome; got: Outcome | "fault"; leaked: string[] };

async function runCell(routeId: string, method: "GET" | "POST", row: RouteRow, role: Role, target: Target | null) {
  const paths = row.path(fixture);
  const path = typeof paths === "string" ? paths : paths[target ?? "own"];
  const session = row.endsSession ? await logIn(role) : sessions[role];
  const init: RequestInit =
    method === "GET"
      ? { redirect: "manual", headers: session.cookie ? { cookie: session.cookie } : {} }
      : {
          method: "POST",
          redirect: "manual",
          headers: {
            ...(session.cookie ? { cookie: session.cookie } : {}),
            "content-type": "application/x-www-form-urlencoded",
          },
          body: new URLSearchParams({ ...row.form?.(fixture, target ?? "own"), csrf: session.token }),
        };
  const response = await fetch(`${app.url}${path}`, init);
  const body = await response.text();
  const got = classify(response.status, response.headers.get("location"));
  const expected = outcomeOf(cellsOf(row.expect)[role], target ?? "own");
  const name = `${method} ${routeId} ${path} as ${role}${target ? ` (${target})` : ""}: ${response.status}`;
  // A refusal says no more than that: never the title or text of what was asked for.
  const leaked = got === "allow" ? [] : fixture.secrets.filter((secret) => body.includes(secret));
  return { name, expected, got, leaked } satisfies Result;
}

/** Runs `tasks` with at most `limit` at a time (the CI machine has 2 cores). */
async function inBatches<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]!();
      }
    }),
  );
  return results;
}

function cells(method: "GET" | "POST") {
  const tasks: Array<() => Promise<Result>> = [];
  for (const [routeId, methods] of Object.entries(routeMatrix)) {
    const row = methods[method];
    if (!row) continue;
    const targets: Array<Target | null> = typeof row.path(fixture) === "string" ? [null] : ["own", "other"];
    for (const role of roles)
      for (const target of targets) tasks.push(() => runCell(routeId, method, row, role, target));
  }
  return tasks;
}

const mismatches = (results: Result[]) =>
  results.filter((r) => r.got !== r.expected).map((r) => `${r.name}: expected ${r.expected}, got ${r.got}`);

describe("the authorization matrix, routes", () => {
  it("names every route module, loader and action of the build, and nothing else", () => {
    const problems: string[] = [];
    for (const [id, route] of Object.entries(app.build.routes)) {
      const row = routeMatrix[id];
      for (const [method, present] of [
        ["GET", route.module.loader !== undefined],
        ["POST", route.module.action !== undefined],
      ] as const) {
        if (present && !row?.[method]) {
          problems.push(
            `${id} has a ${method === "GET" ? "loader" : "action"} that the matrix does not name: add ` +
              `"${id}": { ${method}: { path: …, ${method === "POST" ? "form: …, " : ""}expect: { … } } } ` +
              `to routeMatrix in tests/integration/authorization/matrix.ts`,
          );
        }
        if (!present && row?.[method]) {
          problems.push(
            `${id} has no ${method === "GET" ? "loader" : "action"}: remove its ${method} row from routeMatrix`,
          );
        }
      }
    }
    for (const id of Object.keys(routeMatrix)) {
      if (!app.build.routes[id]) problems.push(`${id} is no route of the build: remove it from routeMatrix`);
    }
    expect(problems).toEqual([]);
  });

  it("answers every GET cell as the table says, and no refusal shows the resource", async () => {
    const results = await inBatches(cells("GET"), 6);
    expect(results.length).toBeGreaterThan(200);
    expect(mismatches(results)).toEqual([]);
    expect(results.filter((r) => r.leaked.length > 0).map((r) => `${r.name} shows ${r.leaked.join(", ")}`)).toEqual([]);
  });

  // After the GETs: some allowed posts change what a GET cell reads (a new calendar link).
  it("answers every POST cell as the table says, and no refusal shows the resource", async () => {
    const results = await inBatches(cells("POST"), 4);
    expect(results.length).toBeGreaterThan(150);
    expect(mismatches(results)).toEqual([]);
    expect(results.filter((r) => r.leaked.length > 0).map((r) => `${r.name} shows ${r.leaked.join(", ")}`)).toEqual([]);
  });
});
