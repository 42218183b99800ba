import { createRemixRequest } from "@remix-run/express/dist/server";
import type { AppLoadContext } from "@remix-run/node";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { getLanguage } from "../../app/i18n/language.server";
import type { AppContext } from "../context";
import type { DomainEvents } from "../domain/events";
import { createGzipTemplate, fillGzipTemplate, type GzipTemplate } from "./gzip-template";
import { createTtlCache, type TtlCache } from "./ttl-cache";

/**
 * A micro-cache for anonymous GETs of the pages a rush opens: a klus page (`/klussen/<id>`) and search
 * results (`/zoeken?...`). A hit skips the whole Remix render. Kept per path + query + language, for
 * `ttlMs`, in this process only, and emptied on every POST (a claim, an edit) so what a visitor did
 * shows at once. What is stored holds nothing personal: it is only made from a request without a
 * session cookie, the request's CSRF token and CSP nonce are replaced by placeholders before storing
 * (and the visitor's own put back on each hit), and an answer that sets a cookie or is not a plain
 * 200 page is never stored. Spots left stay live: the page joins `klus:<id>` over the socket, which
 * answers with the current spots, so a page at most `ttlMs` old corrects itself on arrival.
 * The page is gzipped once when stored; each answer only fills in the visitor's token and nonce
 * (`gzip-template.ts`) instead of compressing the whole page again.
 */
export type PageCache = TtlCache<Stored>;

type Stored = {
  status: number;
  headers: Array<[string, string]>;
  body: string;
  /** The body gzipped, with the slots between its pieces in `slots` order. */
  gzip: GzipTemplate;
  slots: Array<typeof TOKEN | typeof NONCE>;
};

const TOKEN = "\u0000csrf\u0000";
const NONCE = "\u0000nonce\u0000";
// split() with a capturing group alternates the pieces and the placeholders between them.
const PLACEHOLDERS = new RegExp(`(${TOKEN}|${NONCE})`);
const SESSION_COOKIE = /(?:^|;\s*)noaber_session=/;

export function createPageCache(options: { ttlMs: number; maxEntries?: number; now?: () => number }): PageCache {
  return createTtlCache<Stored>(options);
}

/**
 * Forgets the pages a change makes stale as soon as the domain says so, whichever way it came (a
 * form, a socket event, a background job in this process): the klus's own page in every language and
 * all search results (spots left, full klussen hidden). `claim.changed` comes with every change of the
 * spots taken (claims, cancellations, team reservations; a freed spot too). Every POST still empties
 * the whole cache; the time to live bounds what other processes change. Returns the unsubscribe.
 */
export function forgetChangedPages(cache: PageCache, events: DomainEvents): () => void {
  const forget = ({ opportunityId }: { opportunityId: string }) =>
    cache.deleteWhere((key) => key.endsWith(`|/klussen/${opportunityId}`) || key.includes("|/zoeken"));
  const unsubscribers = [events.subscribe("claim.changed", forget), events.subscribe("opportunity.published", forget)];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}

/** Only anonymous GETs of a klus page (without query: its notices are for the person who acted) or search. */
export function isCacheablePageRequest(req: {
  method: string;
  path: string;
  query: object;
  headers: ExpressRequest["headers"];
}) {
  if (req.method !== "GET") return false;
  if (SESSION_COOKIE.test(req.headers.cookie ?? "")) return false;
  // Remix's client-side data requests (`?_data=`) answer JSON; they are left alone.
  if ("_data" in req.query) return false;
  if (/^\/klussen\/[0-9a-f-]{36}$/i.test(req.path)) return Object.keys(req.query).length === 0;
  return req.path === "/zoeken";
}

/**
 * Express middleware in front of Remix. `render` is Remix's request handler (`@remix-run/node`), called on
 * a miss with the same load context the express adapter would give.
 */
export function pageCacheMiddleware(
  context: AppContext,
  cache: PageCache,
  render: (request: Request, loadContext: AppLoadContext) => Promise<Response>,
  loadContextFor: (req: ExpressRequest, res: ExpressResponse) => AppLoadContext,
) {
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    if (req.method === "POST") cache.clear();
    if (!isCacheablePageRequest(req)) {
      next();
      return;
    }
    try {
      const cookieHeader = req.headers.cookie ?? "";
      // Only the cookies are read: a Headers object, not a whole Fetch Request, per hit.
      const headers = new Headers({ cookie: cookieHeader });
      const [language, [token, csrfCookie]] = await Promise.all([
        getLanguage({ headers }),
        context.csrf.commitToken(headers),
      ]);
      const nonce = String(res.locals.cspNonce);
      const key = `${language}|${req.originalUrl}`;
      const send = (stored: Stored, state: "hit" | "miss") => {
        res.status(stored.status);
        for (const [name, value] of stored.headers) res.setHeader(name, value);
        if (csrfCookie) res.append("Set-Cookie", csrfCookie);
        res.setHeader("X-Page-Cache", state);
        res.vary("Accept-Encoding");
        if (req.acceptsEncodings("gzip", "identity") === "gzip") {
          // Already encoded: the compression middleware leaves it as it is.
          res.setHeader("Content-Encoding", "gzip");
          res.end(
            fillGzipTemplate(
              stored.gzip,
              stored.slots.map((slot) => (slot === TOKEN ? token : nonce)),
            ),
          );
          return;
        }
        res.end(stored.body.replaceAll(TOKEN, token).replaceAll(NONCE, nonce));
      };
      const hit = cache.get(key);
      if (hit) {
        send(hit, "hit");
        return;
      }
      // Render as if the visitor already had the CSRF cookie, so Remix makes no cookie of its own and the
      // token in the page is the one this answer gives.
      if (csrfCookie) req.headers.cookie = [cookieHeader, csrfCookie.split(";")[0]].filter(Boolean).join("; ");
      const response = await render(createRemixRequest(req, res), loadContextFor(req, res));
      const body = (await response.text()).replaceAll(token, TOKEN).replaceAll(nonce, NONCE);
      const parts = body.split(PLACEHOLDERS);
      const stored: Stored = {
        status: response.status,
        headers: [...response.headers].filter(([name]) => name !== "set-cookie" && name !== "content-length"),
        body,
        gzip: createGzipTemplate(parts.filter((_, i) => i % 2 === 0)),
        slots: parts.filter((_, i) => i % 2 === 1) as Stored["slots"],
      };
      const storable =
        response.status === 200 &&
        !response.headers.has("set-cookie") &&
        (response.headers.get("content-type") ?? "").startsWith("text/html");
      if (storable) cache.set(key, stored);
      if (response.headers.has("set-cookie")) {
        for (const value of response.headers.getSetCookie()) res.append("Set-Cookie", value);
      }
      send(stored, "miss");
    } catch (error) {
      next(error);
    }
  };
}
