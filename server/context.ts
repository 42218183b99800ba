import { Meilisearch } from "meilisearch";
import { connectDatabase } from "../db/connect";
import type { AppConfig } from "./config";
import { DomainEvents } from "./domain/events";
import { createServices } from "./domain/services";
import { createCsrf, createSessionCookie } from "./http/cookies";
import { createHealthChecks } from "./http/health";
import type { Logger } from "./logger";
import { disabledMailer } from "./mail/mailer";
import type { CaughtMail, Mailer } from "./mail/mail.types";

export interface Infrastructure {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string | undefined;
  secret: string;
  /** Outgoing e-mail; without it (no SMTP server) e-mail is off. */
  mailer?: Mailer;
  /** The embedded default's local mail catcher, whose messages /dev/post shows; null otherwise. */
  caughtMail?: (() => CaughtMail[]) | null;
}

/** The base of absolute links in e-mail: PUBLIC_URL, else this server's own address. */
function mailBaseUrl(config: AppConfig): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/$/, "");
  return `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}`;
}

/**
 * The composition root: every stateful object (pool, clients, services) is built here once and
 * handed to Remix through getLoadContext and to Socket.IO, so no module holds state of its own.
 */
export function createAppContext(config: AppConfig, logger: Logger, infra: Infrastructure) {
  const db = connectDatabase(infra.databaseUrl);
  const meili = new Meilisearch({ host: infra.meiliUrl, apiKey: infra.meiliMasterKey });
  const events = new DomainEvents();
  const mailer = infra.mailer ?? disabledMailer;
  const services = createServices({
    db,
    meili,
    events,
    logger,
    config,
    mail: { mailer, baseUrl: mailBaseUrl(config), awayMs: config.mailAwayMs },
  });
  const health = createHealthChecks({ databaseUrl: infra.databaseUrl, meili });
  const secure = config.servedOverHttps;
  return {
    config,
    logger,
    db,
    meili,
    events,
    services,
    health,
    databaseUrl: infra.databaseUrl,
    caughtMail: infra.caughtMail ?? null,
    sessionCookie: createSessionCookie(infra.secret, secure),
    csrf: createCsrf(infra.secret, secure),
    async close() {
      await services.background.drain();
      await Promise.all([db.destroy(), health.close()]);
      await mailer.close();
    },
  };
}

export type AppContext = ReturnType<typeof createAppContext>;
