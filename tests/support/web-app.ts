import { createServer } from "node:http";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import { pino } from "pino";
import { inject } from "vitest";
import { parseConfig } from "../../server/config";
import { createAppContext } from "../../server/context";
import { createExpressApp } from "../../server/http/app";

/**
 * The web app as `npm start` serves it (production unless `env` says otherwise): Express with the
 * Remix build (run `remix build` first; `npm test` does), over the run's real PostgreSQL and Meilisearch.
 */
export async function startWebApp(options: { indexPrefix: string; env?: Record<string, string> }) {
  const config = parseConfig({ LOG_LEVEL: "silent", MEILI_INDEX_PREFIX: options.indexPrefix, ...options.env });
  const context = createAppContext(config, pino({ level: "silent" }), {
    databaseUrl: inject("databaseUrl"),
    meiliUrl: inject("meiliUrl"),
    meiliMasterKey: inject("meiliMasterKey"),
    secret: "web-test-secret-that-is-long-enough-0123456789",
  });
  const build = (await import(path.resolve("build/index.js"))) as ServerBuild;
  const httpServer = createServer(createExpressApp(context, build));
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const address = httpServer.address();
  if (!address || typeof address === "string") throw new Error("no address");
  const url = `http://127.0.0.1:${address.port}`;
  return {
    context,
    url,
    build,
    async close() {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await context.close();
    },
  };
}

export type WebApp = Awaited<ReturnType<typeof startWebApp>>;

/** The `noaber_csrf=…` pair an answer sets (as a browser sends it back), or undefined. */
export function csrfCookieOf(response: Response) {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("noaber_csrf="));
}

/** A browser's first visit: the CSRF cookie and the token of the page's forms. */
export async function csrfFor(app: WebApp, sessionCookie = "") {
  const page = await fetch(`${app.url}/`, { headers: sessionCookie ? { cookie: sessionCookie } : {} });
  const csrfCookie = csrfCookieOf(page);
  const token = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!csrfCookie || !token) throw new Error("no CSRF token on the home page");
  return { cookie: [sessionCookie, csrfCookie].filter(Boolean).join("; "), token };
}
