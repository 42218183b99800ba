import type { RequestHandler } from "express";
import { pinoHttp } from "pino-http";
import type { Logger } from "../logger";
import { redactUrl, redactValues } from "./redact";

interface SerializedRequest {
  url?: string;
  query?: unknown;
  params?: unknown;
  headers?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * One log line per request (not for fingerprinted assets). Calendar tokens are taken out of the URL,
 * query, route params and Referer here; cookies and Set-Cookie (session id, CSRF cookie) are removed
 * by the logger's redact list (server/logger.ts), which also covers anything else logged with `req`/`res`.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    autoLogging: { ignore: (req) => req.url?.startsWith("/build/") ?? false },
    serializers: {
      // pino-http hands this the standard serialization ({ id, method, url, query, params, headers, … }).
      req: (req: SerializedRequest) => {
        const headers = req.headers ?? {};
        return {
          ...req,
          url: typeof req.url === "string" ? redactUrl(req.url) : req.url,
          query: redactValues(req.query),
          params: redactValues(req.params),
          headers: typeof headers.referer === "string" ? { ...headers, referer: redactUrl(headers.referer) } : headers,
        };
      },
    },
  });
}
