/** What the bell, the notifications page and the live event show of one notification. */
export interface NotificationView {
  id: string;
  /** An i18n key under the "notifications" namespace's `kinds`, e.g. "claimPromoted". */
  kind: string;
  /** Values for the text (titles, names): shown as text, never as HTML. */
  data: Record<string, string | number | null>;
  link: string | null;
  createdAt: string;
  read: boolean;
}

export interface NewNotification {
  userId: string;
  kind: string;
  data?: Record<string, string | number | null>;
  link?: string | null;
}

/** What the page header shows a logged-in person. */
export interface HeaderView {
  displayName: string;
  unreadNotifications: number;
  /** Unread messages by others in the person's conversations, outside the one the page opens. */
  unreadMessages: number;
}
