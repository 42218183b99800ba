import { z } from "zod";

export const MESSAGE_MAX_LENGTH = 2000;

const uuid = (message: string) => z.string({ required_error: message }).uuid(message);
const conversationId = uuid("messaging:errors.notFound");
/** Message ids are bigserial; they travel as decimal strings. */
const messageId = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^[1-9]\d{0,17}$/, "messaging:errors.messageNotFound"));
/** A per-conversation sequence number; 0 means "from the start". */
const seq = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Text typed by a person: trimmed, not empty, not over-long, no control characters except newlines. */
const messageBody = z
  .string({ required_error: "messaging:errors.body.required" })
  .transform((text) => text.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, "messaging:errors.body.required")
      .max(MESSAGE_MAX_LENGTH, "messaging:errors.body.tooLong")
      // eslint-disable-next-line no-control-regex
      .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), "messaging:errors.body.invalid"),
  );

export const sendMessageSchema = z.object({
  conversationId,
  /** Chosen by the client for each message it sends: a retry with the same id stores nothing new. */
  clientId: uuid("messaging:errors.clientId"),
  body: messageBody,
});
export type SendMessageInput = z.input<typeof sendMessageSchema>;

export const editMessageSchema = z.object({ messageId, body: messageBody });
export type EditMessageInput = z.input<typeof editMessageSchema>;

export const messageRefSchema = z.object({ messageId });
export type MessageRefInput = z.input<typeof messageRefSchema>;

export const reportMessageSchema = z.object({
  messageId,
  reason: z
    .string()
    .trim()
    .max(500, "messaging:errors.reason.tooLong")
    .optional()
    .transform((reason) => reason ?? ""),
});
export type ReportMessageInput = z.input<typeof reportMessageSchema>;

export const historySchema = z.object({
  conversationId,
  /** Messages before this sequence number; absent for the newest page. */
  beforeSeq: seq.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type HistoryInput = z.input<typeof historySchema>;

export const syncSchema = z.object({
  conversationId,
  /** The highest `changedSeq` the client has seen: it gets every new message and change after it. */
  afterSeq: seq,
});
export type SyncInput = z.input<typeof syncSchema>;

export const markReadSchema = z.object({ conversationId, seq });
export type MarkReadInput = z.input<typeof markReadSchema>;

export const conversationRefSchema = z.object({ conversationId });
export type ConversationRefInput = z.input<typeof conversationRefSchema>;

export const postKlusCardSchema = z.object({
  conversationId,
  opportunityId: uuid("messaging:errors.klusNotFound"),
  clientId: uuid("messaging:errors.clientId"),
});
export type PostKlusCardInput = z.input<typeof postKlusCardSchema>;

export const claimFromCardSchema = z.object({
  messageId,
  vogConfirmed: z.boolean().optional().default(false),
});
export type ClaimFromCardInput = z.input<typeof claimFromCardSchema>;

export const directWithOrganisationSchema = z.object({ organisationId: uuid("messaging:errors.notFound") });
export type DirectWithOrganisationInput = z.input<typeof directWithOrganisationSchema>;

export const directWithVolunteerSchema = z.object({ volunteerId: uuid("messaging:errors.notFound") });
export type DirectWithVolunteerInput = z.input<typeof directWithVolunteerSchema>;

export const personRefSchema = z.object({ userId: uuid("messaging:errors.personNotFound") });
export type PersonRefInput = z.input<typeof personRefSchema>;
