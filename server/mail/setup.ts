import type { AppConfig } from "../config";
import type { Logger } from "../logger";
import { startMailCatcher } from "./catcher";
import { createSmtpMailer, disabledMailer } from "./mailer";
import type { CaughtMail, Mailer } from "./mail.types";

export interface MailSetup {
  mailer: Mailer;
  /** The local catcher's messages (newest first) when it is the transport, else null. */
  caughtMail: (() => CaughtMail[]) | null;
  /** Stops the local catcher, if one was started. */
  stop: (() => Promise<void>) | null;
}

/**
 * Chooses how e-mail leaves: SMTP_URL when set. Without it, the embedded default (no DATABASE_URL
 * either) catches mail locally so that it can be read at /dev/post. A deployment that brings its own
 * database but no SMTP_URL gets no mail at all, said once at start: a catcher there would quietly
 * swallow real people's e-mail and keep it in memory.
 */
export async function setUpMail(
  config: Pick<AppConfig, "smtpUrl" | "mailFrom" | "databaseUrl">,
  logger: Logger,
): Promise<MailSetup> {
  if (config.smtpUrl) {
    return { mailer: createSmtpMailer({ url: config.smtpUrl, from: config.mailFrom }), caughtMail: null, stop: null };
  }
  if (!config.databaseUrl) {
    const catcher = await startMailCatcher();
    logger.info({ port: catcher.port }, "no SMTP_URL: e-mail is caught locally; read it at /dev/post");
    return {
      mailer: createSmtpMailer({ url: catcher.url, from: config.mailFrom }),
      caughtMail: catcher.messages,
      stop: catcher.stop,
    };
  }
  logger.warn("no SMTP_URL: e-mail is switched off; notifications stay in the app");
  return { mailer: disabledMailer, caughtMail: null, stop: null };
}
