/** One e-mail as the domain hands it over: already rendered, to one recipient. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends e-mail; throws when the mail server refused or could not be reached. */
export interface Mailer {
  /** False when mail is switched off (no SMTP server): callers then leave notifications un-e-mailed. */
  readonly enabled: boolean;
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

/** A message the local catcher received, for the development mailbox page. */
export interface CaughtMail {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** The HTML part as sent; the mailbox page never renders it. */
  html: string;
}
