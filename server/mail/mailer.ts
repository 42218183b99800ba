import nodemailer from "nodemailer";
import type { Mailer } from "./mail.types";

/** A mailer over SMTP (nodemailer), e.g. `smtp://user:pass@mail.example:587` or the local catcher's URL. */
export function createSmtpMailer(options: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(options.url);
  return {
    enabled: true,
    async send(mail) {
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
    },
    async close() {
      transport.close();
    },
  };
}

/** No mail server configured: nothing is sent, and notifications stay in the app only. */
export const disabledMailer: Mailer = {
  enabled: false,
  async send() {
    throw new Error("E-mail is switched off: no SMTP_URL");
  },
  async close() {},
};
