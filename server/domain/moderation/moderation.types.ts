import type {
  AuditAction,
  AuditSubjectType,
  ConversationKind,
  OpportunityKind,
  OpportunityStatus,
} from "../../../db/schema";

type MessageState = "visible" | "deleted" | "hidden";

export interface ContextMessageView {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
  state: MessageState;
}

interface ReportsSummary {
  subjectId: string;
  /** How many people reported it (one report per person). */
  reports: number;
  /** What they wrote, oldest first; never who wrote it. */
  reasons: string[];
  firstReportedAt: string;
}

export interface QueueMessageItem extends ReportsSummary {
  subjectType: "message";
  conversation: { id: string; kind: ConversationKind; name: string };
  author: { id: string; name: string; suspendedUntil: string | null };
  message: { body: string; kind: "text" | "klus_card"; createdAt: string; state: MessageState };
  before: ContextMessageView[];
  after: ContextMessageView[];
}

export interface QueueOpportunityItem extends ReportsSummary {
  subjectType: "opportunity";
  opportunity: {
    kind: OpportunityKind;
    status: OpportunityStatus;
    title: string;
    description: string;
    organisationName: string;
    startsAt: string | null;
    endsAt: string | null;
    isOnline: boolean;
    buurtName: string | null;
    address: string | null;
    hidden: boolean;
  };
}

export type QueueItem = QueueMessageItem | QueueOpportunityItem;

export interface SuspensionView {
  userId: string;
  name: string;
  until: string;
  reason: string;
}

export interface ModerationQueue {
  items: QueueItem[];
  /** Businesses and partners waiting for approval at /gemeente/aanmeldingen. */
  pendingRegistrations: number;
  suspensions: SuspensionView[];
}

export interface AuditEntryView {
  id: string;
  at: string;
  actorName: string | null;
  action: AuditAction;
  subjectType: AuditSubjectType;
  subjectId: string;
  /** What the subject is, as far as it still exists: a title, a name, a conversation. */
  subjectLabel: string | null;
  note: string;
}

export interface AuditLogPage {
  entries: AuditEntryView[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: string | null;
}
