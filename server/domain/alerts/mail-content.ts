import type { Locale } from "../../../db/schema";
import type { OutgoingMail } from "../../mail/mail.types";
import { mailFrame, notificationSentence } from "./mail-texts";

/** One notification as an e-mail lists it. */
export interface MailItem {
  kind: string;
  data: Record<string, unknown>;
  link: string | null;
}

const htmlEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => htmlEscapes[c] ?? c);
}

/**
 * The absolute URL of an app path ("/klussen/…") on the public base URL. Anything else (another
 * site, "//host", "javascript:") falls back to the notifications page: e-mails link to Noaber only.
 */
export function absoluteLink(baseUrl: string, link: string | null): string {
  const base = new URL(baseUrl);
  const fallback = new URL("/meldingen", base).toString();
  if (!link || !link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\")) return fallback;
  const url = new URL(link, base);
  return url.origin === base.origin ? url.toString() : fallback;
}

/**
 * One e-mail about one or more notifications, as plain text and HTML. Every value that came from
 * people (titles, the recipient's name) is escaped in the HTML; links are built from the base URL.
 */
export function renderNotificationMail(input: {
  to: string;
  locale: Locale;
  recipientName: string;
  items: MailItem[];
  baseUrl: string;
  mode: "digest" | "single";
}): OutgoingMail {
  const f = mailFrame(input.locale);
  const greeting = f.greeting.replace("{name}", input.recipientName);
  const intro = input.mode === "digest" ? f.digestIntro : f.singleIntro;
  const lines = input.items.map((item) => ({
    sentence: notificationSentence(input.locale, item.kind, item.data),
    url: absoluteLink(input.baseUrl, item.link),
  }));
  const allUrl = absoluteLink(input.baseUrl, "/meldingen");
  const settingsUrl = absoluteLink(input.baseUrl, "/meldingen/instellingen");
  const subject = input.mode === "digest" ? f.digestSubject(input.items.length) : f.singleSubject;

  const text = [
    greeting,
    "",
    intro,
    "",
    ...lines.map((line) => `- ${line.sentence}\n  ${line.url}`),
    "",
    `${f.allNotifications}: ${allUrl}`,
    `${f.settings}: ${settingsUrl}`,
    "",
    f.footer,
  ].join("\n");

  const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
  const html = [
    "<!doctype html>",
    `<html lang="${input.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5">',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    "<ul>",
    ...lines.map((line) => `<li>${escapeHtml(line.sentence)} ${link(line.url, f.open)}</li>`),
    "</ul>",
    `<p>${link(allUrl, f.allNotifications)}</p>`,
    `<p>${link(settingsUrl, f.settings)}</p>`,
    `<p>${escapeHtml(f.footer)}</p>`,
    "</body></html>",
  ].join("\n");

  return { to: input.to, subject, text, html };
}
