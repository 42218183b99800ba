import path from "node:path";
import { z } from "zod";

const optionalUrl = z
  .string()
  .trim()
  .url()
  .optional()
  .or(z.literal("").transform(() => undefined));

const environmentSchema = z.object({
  /** Production unless told otherwise: `npm start` is what residents get; `npm run dev` sets development. */
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /**
   * Public URL, used for the Origin checks and links in e-mail. Defaults to http://localhost:PORT.
   * An https:// address turns on Secure cookies and HSTS.
   */
  PUBLIC_URL: optionalUrl,
  /**
   * Which proxies in front may set X-Forwarded-For (Express' "trust proxy": a hop count, "loopback",
   * or addresses/CIDRs). Unset: nothing is trusted, so rate limits count the connecting address.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(
      /^(\d+|loopback|linklocal|uniquelocal|[0-9a-f.:/, ]+)$/i,
      "TRUST_PROXY must be a hop count, loopback, or addresses",
    )
    .optional()
    .or(z.literal("").transform(() => undefined)),
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
  /** How long an anonymous klus page or search result is served from memory (0 switches the cache off). */
  PAGE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
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
  /** Team spots still without a name this many hours before a klus starts go back to the waitlist and the wijk. */
  TEAM_RELEASE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(48),
  /** Days after a klus ended that its klus group's messages are removed (the group is read only from the end). */
  KLUS_GROUP_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(30),
  /** Days a notification is kept, read or not. */
  NOTIFICATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(180),
  /**
   * A fixed time between waves of notices about a klus. Unset: derived from the time left until the
   * start (30 minutes to 4 hours). End-to-end tests set a few seconds.
   */
  WAVE_INTERVAL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 3_600)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SEED_DEMO_DATA: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export type AppConfig = ReturnType<typeof parseConfig>;

/** Parses the environment once at start; throws a ConfigError that lists every bad variable. */
export function parseConfig(env: Record<string, string | undefined> = process.env) {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const c = result.data;
  const warnings: string[] = [];
  if (c.NODE_ENV === "production" && c.DATABASE_URL && !c.SESSION_SECRET) {
    warnings.push(
      `SESSION_SECRET is not set: a secret is generated under ${c.DATA_DIR}; several processes need one shared SESSION_SECRET`,
    );
  }
  if (c.NODE_ENV === "production" && c.MEILI_URL && !c.MEILI_MASTER_KEY) {
    warnings.push("MEILI_MASTER_KEY is not set: Meilisearch is used without a key");
  }
  const trustProxy =
    c.TRUST_PROXY === undefined ? false : /^\d+$/.test(c.TRUST_PROXY) ? Number(c.TRUST_PROXY) : c.TRUST_PROXY;
  return {
    env: c.NODE_ENV,
    isProduction: c.NODE_ENV === "production",
    /** Secure cookies and HSTS only where the public address is https; plain http on this machine must still log in. */
    servedOverHttps: c.PUBLIC_URL?.startsWith("https:") ?? false,
    trustProxy: trustProxy as number | string | false,
    warnings,
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
    pageCacheMs: c.PAGE_CACHE_MS,
    seedDemoData: c.SEED_DEMO_DATA,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    jobsIntervalMs: c.JOBS_INTERVAL_SECONDS * 1000,
    mailAwayMs: c.MAIL_AWAY_SECONDS * 1000,
    teamReleaseHours: c.TEAM_RELEASE_HOURS,
    waveIntervalMs: c.WAVE_INTERVAL_SECONDS === undefined ? undefined : c.WAVE_INTERVAL_SECONDS * 1000,
    retention: { klusGroupDays: c.KLUS_GROUP_RETENTION_DAYS, notificationDays: c.NOTIFICATION_RETENTION_DAYS },
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}
