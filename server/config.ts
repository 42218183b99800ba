import path from "node:path";
import { z } from "zod";

const optionalUrl = z
  .string()
  .trim()
  .url()
  .optional()
  .or(z.literal("").transform(() => undefined));

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Public URL, used for the WebSocket Origin check and links in e-mail. Defaults to http://localhost:PORT. */
  PUBLIC_URL: optionalUrl,
  DATABASE_URL: optionalUrl,
  MEILI_URL: optionalUrl,
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  /** Prefix for Meilisearch index names, so several installations (or test runs) can share one server. */
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]*$/i)
    .default(""),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  DATA_DIR: z.string().default(".data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Multiplies rate limits; tests raise it instead of switching limits off. */
  RATE_LIMIT_MULTIPLIER: z.coerce.number().positive().default(1),
  /** smtp:// or smtps:// URL of the mail server; unset in the embedded default, which catches mail locally. */
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** The sender of Noaber's e-mail. */
  MAIL_FROM: z.string().trim().min(3).default("Noaber <noreply@noaber.localhost>"),
  /** How often the scheduled jobs (reminders, digests, expiry) run. */
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3_600).default(300),
  /** How long a notification stays unread before it counts as "while you were away" for the digest. */
  MAIL_AWAY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  SEED_DEMO_DATA: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export type AppConfig = ReturnType<typeof parseConfig>;

/** Parses the environment once at start; throws a ConfigError that lists every bad variable. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env) {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const c = result.data;
  if (c.NODE_ENV === "production" && !c.SESSION_SECRET) {
    throw new ConfigError("Invalid configuration: SESSION_SECRET is required when NODE_ENV=production");
  }
  if (c.MEILI_URL && !c.MEILI_MASTER_KEY && c.NODE_ENV === "production") {
    throw new ConfigError("Invalid configuration: MEILI_MASTER_KEY is required with MEILI_URL in production");
  }
  return {
    env: c.NODE_ENV,
    isProduction: c.NODE_ENV === "production",
    host: c.HOST,
    port: c.PORT,
    publicUrl: c.PUBLIC_URL,
    databaseUrl: c.DATABASE_URL,
    meiliUrl: c.MEILI_URL,
    meiliMasterKey: c.MEILI_MASTER_KEY,
    meiliIndexPrefix: c.MEILI_INDEX_PREFIX,
    sessionSecret: c.SESSION_SECRET,
    dataDir: path.resolve(c.DATA_DIR),
    logLevel: c.LOG_LEVEL,
    rateLimitMultiplier: c.RATE_LIMIT_MULTIPLIER,
    seedDemoData: c.SEED_DEMO_DATA,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    jobsIntervalMs: c.JOBS_INTERVAL_SECONDS * 1000,
    mailAwayMs: c.MAIL_AWAY_SECONDS * 1000,
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}
