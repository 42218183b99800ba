import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "../logger";
import { isAllowedOrigin } from "../realtime/auth";
import { FORM_BODY_LIMIT_BYTES } from "./limits";
import { rejectionPage, type RejectionReason } from "./rejection-page";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

function reject(res: Parameters<RequestHandler>[1], status: number, reason: RejectionReason) {
  res.status(status).type("html").set("Cache-Control", "no-store").send(rejectionPage(status, reason));
}

/**
 * Refuses, before any route runs, what no page of Noaber can answer: a path that is not valid
 * percent-encoding, a state-changing request from another site's page (the Origin header, when
 * the browser sends one, must name this site), and a body larger than any form.
 */
export function requestGuard(options: { publicUrl: string | undefined; logger: Logger }): RequestHandler {
  return (req, res, next) => {
    try {
      decodeURIComponent(req.path);
    } catch {
      return reject(res, 400, "badAddress");
    }
    if (safeMethods.has(req.method)) return next();

    const origin = req.headers.origin;
    // Browsers send Origin with every form post; tools may leave it out, and the CSRF token still guards those.
    if (origin !== undefined && !isAllowedOrigin(origin, req.headers.host, options.publicUrl)) {
      options.logger.info({ method: req.method, path: req.path }, "request from a foreign origin refused");
      return reject(res, 403, "foreignOrigin");
    }
    const length = Number(req.headers["content-length"] ?? 0);
    if (Number.isFinite(length) && length > FORM_BODY_LIMIT_BYTES) {
      // The body is not read: the connection closes so the rest is not uploaded for nothing.
      res.set("Connection", "close");
      return reject(res, 413, "tooLarge");
    }
    next();
  };
}

/** The last handler: whatever slipped through is logged and answered with a plain page, never a stack trace. */
export function errorPage(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = statusOf(error);
    if (status >= 500) logger.error({ err: error, method: req.method }, "unhandled error before the app answered");
    reject(res, status, status === 400 ? "badRequest" : status === 413 ? "tooLarge" : "serverError");
  };
}

function statusOf(error: unknown): number {
  if (error instanceof URIError) return 400;
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status;
  return typeof status === "number" && status >= 400 && status < 600 ? status : 500;
}
