import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import { createRequestHandler as createRemixHandler, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type Request as ExpressRequest, type Response as ExpressResponse } from "express";
import { rateLimit } from "express-rate-limit";
import type { AppContext } from "../context";
import { healthHandler } from "./health";
import { createPageCache, forgetChangedPages, pageCacheMiddleware, type PageCache } from "./page-cache";
import { publicFiles } from "./public-files";
import { createTtlCache, type TtlCache } from "./ttl-cache";
import { errorPage, requestGuard } from "./request-guard";
import { requestLogging } from "./request-logging";
import { assignCspNonce, securityHeaders } from "./security";

/** Express: security headers, static files, health, rate limits, then Remix with the app context. */
export function createExpressApp(
  context: AppContext,
  build: ServerBuild,
  pageCache: PageCache = createPageCache({ ttlMs: context.config.pageCacheMs }),
  // PAGE_CACHE_MS=0 renders every page as it is asked for: no shared renders either.
  renderCache: TtlCache<string> | undefined = context.config.pageCacheMs > 0
    ? createTtlCache<string>({ ttlMs: 60_000, maxEntries: 500 })
    : undefined,
) {
  forgetChangedPages(pageCache, context.events);
  const app = express();
  app.disable("x-powered-by");
  // Express' own error pages print stack traces outside production.
  app.set("env", context.config.env === "development" ? "development" : "production");
  // X-Forwarded-For is believed only from proxies named in TRUST_PROXY; otherwise anyone could pick their own address.
  app.set("trust proxy", context.config.trustProxy);
  app.use(requestLogging(context.logger));
  // Level 4 instead of zlib's default 6: about a third of the CPU per page for some 10 % more bytes (a page
  // is 30–100 KB of HTML; tests/bench/pages.bench.ts measured gzip at 6 as ~12 % of a page's CPU). Answers
  // under 1 KB are sent as they are (the library's default threshold).
  app.use(compression({ level: 4, threshold: 1024 }));
  app.use(assignCspNonce);
  app.use(
    securityHeaders({ https: context.config.servedOverHttps, devLiveReload: context.config.env === "development" }),
  );

  const publicDir = path.resolve("public");
  // Remix fingerprints everything under /build, so those files can be cached for good.
  app.use("/build", express.static(path.join(publicDir, "build"), { immutable: true, maxAge: "1y" }));
  app.use(publicFiles(publicDir, { maxAge: "1h" }));

  app.get("/healthz", healthHandler(context));
  app.use(requestGuard({ publicUrl: context.config.publicUrl, logger: context.logger }));

  // Slows password guessing; sign-up says whether an address already has an account, so it is limited too.
  app.post("/inloggen", markWhenRateLimited({ windowMinutes: 15, limit: 10, flag: "loginRateLimited" }, context));
  app.post("/aanmelden", markWhenRateLimited({ windowMinutes: 60, limit: 5, flag: "signUpRateLimited" }, context));

  // Development mode puts stack traces on error pages: only for `npm run dev`.
  const mode = context.config.env === "development" ? "development" : "production";
  const getLoadContext = (_req: ExpressRequest, res: ExpressResponse): AppLoadContext => ({
    app: context,
    cspNonce: res.locals.cspNonce as string,
    loginRateLimited: res.locals.loginRateLimited === true,
    signUpRateLimited: res.locals.signUpRateLimited === true,
    renderCache,
  });
  app.use(pageCacheMiddleware(context, pageCache, createRemixHandler(build, mode), getLoadContext));
  app.all("*", createRequestHandler({ build, mode, getLoadContext }));
  app.use(errorPage(context.logger));
  return app;
}

/**
 * express-rate-limit that only marks the request (`res.locals[flag]`), so the Remix route answers beside
 * the form the person filled in. The multiplier relaxes limits under test without switching them off.
 */
function markWhenRateLimited(
  options: { windowMinutes: number; limit: number; flag: "loginRateLimited" | "signUpRateLimited" },
  context: AppContext,
) {
  return rateLimit({
    windowMs: options.windowMinutes * 60 * 1000,
    limit: Math.round(options.limit * context.config.rateLimitMultiplier),
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (_req, res, next) => {
      res.locals[options.flag] = true;
      next();
    },
  });
}
