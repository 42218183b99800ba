import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../../server/config";
import { setUpMail } from "../../../../server/mail/setup";

const logger = pino({ level: "silent" });

describe("choosing how e-mail leaves", () => {
  it("catches mail locally in the embedded default, readable until stopped", async () => {
    const config = parseConfig({ NODE_ENV: "development", MAIL_FROM: "Noaber <post@noaber.test>" });
    const mail = await setUpMail(config, logger);
    try {
      expect(mail.mailer.enabled).toBe(true);
      await mail.mailer.send({
        to: "anna@example.test",
        subject: "Noaber: 1 nieuwe melding",
        text: "Hallo Anna",
        html: "<p>Hallo Anna</p>",
      });
      const [caught] = mail.caughtMail?.() ?? [];
      expect(caught).toMatchObject({
        to: ["anna@example.test"],
        from: "post@noaber.test",
        subject: "Noaber: 1 nieuwe melding",
        html: "<p>Hallo Anna</p>",
      });
      expect(caught?.text.trim()).toBe("Hallo Anna");
    } finally {
      await mail.mailer.close();
      await mail.stop?.();
    }
  });

  it("switches e-mail off for a deployment with its own database but no SMTP_URL", async () => {
    const config = parseConfig({ NODE_ENV: "development", DATABASE_URL: "postgres://u:p@db.example:5432/noaber" });
    const mail = await setUpMail(config, logger);
    expect(mail.mailer.enabled).toBe(false);
    expect(mail.caughtMail).toBeNull();
    expect(mail.stop).toBeNull();
    await expect(mail.mailer.send({ to: "a@example.test", subject: "s", text: "t", html: "h" })).rejects.toThrow(
      /switched off/,
    );
  });

  it("uses SMTP_URL when set, and refuses a URL that is not SMTP", async () => {
    const config = parseConfig({ NODE_ENV: "development", SMTP_URL: "smtp://mail.example:587" });
    const mail = await setUpMail(config, logger);
    expect(mail.mailer.enabled).toBe(true);
    expect(mail.caughtMail).toBeNull();
    await mail.mailer.close();
    expect(() => parseConfig({ NODE_ENV: "development", SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL/);
  });
});
