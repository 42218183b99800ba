import { randomBytes } from "node:crypto";
import type { RequestHandler } from "express";
import helmet from "helmet";

/** A fresh nonce per response lets Remix's inline scripts run under a strict Content-Security-Policy. */
export const assignCspNonce: RequestHandler = (_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
};

export function securityHeaders(options: { https: boolean; devLiveReload: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        "default-src": ["'self'"],
        "script-src": [
          "'self'",
          (_req, res) => `'nonce-${(res as unknown as { locals: { cspNonce: string } }).locals.cspNonce}'`,
        ],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'", ...(options.devLiveReload ? ["ws:"] : [])],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "upgrade-insecure-requests": options.https ? [] : null,
      },
    },
    // Cross-Origin-Embedder-Policy would block nothing we use but breaks some screen-reader extensions.
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: options.https,
    // With "no-referrer", Chromium sends `Origin: null` on plain form posts, which Remix then refuses.
    referrerPolicy: { policy: "same-origin" },
  });
}
