import { pino, type DestinationStream, type Logger } from "pino";
import { redactUrl } from "./http/redact";

export type { Logger };

/**
 * Never logged: passwords, and cookies both ways (the session id and the CSRF cookie). Calendar
 * tokens in URLs are taken out where requests are serialized (server/http/request-logging.ts).
 */
const redactPaths = [
  "password",
  "*.password",
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
];

/** One structured logger for the process; pretty output only when a person watches a terminal. */
export function createLogger(level: string, pretty = process.stdout.isTTY, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: undefined,
    redact: { paths: redactPaths, censor: "[redacted]" },
    // Any `url` logged beside a message (Remix's handleError logs `request.url`) loses its calendar token.
    serializers: { url: (url: unknown) => (typeof url === "string" ? redactUrl(url) : url) },
    ...(pretty && !destination ? { transport: { target: "pino-pretty", options: { ignore: "pid,hostname" } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
