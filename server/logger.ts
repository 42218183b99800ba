import { pino, type Logger } from "pino";

export type { Logger };

/** One structured logger for the process; pretty output only when a person watches a terminal. */
export function createLogger(level: string, pretty = process.stdout.isTTY): Logger {
  return pino({
    level,
    base: undefined,
    redact: ["req.headers.cookie", "password", "*.password", "req.headers.authorization"],
    ...(pretty ? { transport: { target: "pino-pretty", options: { ignore: "pid,hostname" } } } : {}),
  });
}
