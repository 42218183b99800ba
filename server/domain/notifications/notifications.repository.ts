import type { Db, Trx } from "../../../db/connect";
import { unreadOutsideExpression } from "../messaging/conversations.repository";
import type { NewNotification, NotificationView } from "./notifications.types";

/** Inserts the notifications, leaving out anyone whose account was deleted (nobody reads them, they would be kept). */
export async function insertNotifications(trx: Trx, all: NewNotification[]) {
  if (all.length === 0) return [];
  const deleted = await trx
    .selectFrom("users")
    .select("id")
    .where("id", "in", [...new Set(all.map((item) => item.userId))])
    .where("deleted_at", "is not", null)
    .execute();
  const gone = new Set(deleted.map((row) => row.id));
  const items = all.filter((item) => !gone.has(item.userId));
  if (items.length === 0) return [];
  return trx
    .insertInto("notifications")
    .values(
      items.map((item) => ({ user_id: item.userId, kind: item.kind, data: item.data ?? {}, link: item.link ?? null })),
    )
    .returning(["id", "user_id", "kind", "data", "link", "created_at", "read_at"])
    .execute();
}

export async function listNotifications(db: Db, userId: string, limit: number) {
  return db
    .selectFrom("notifications")
    .select(["id", "user_id", "kind", "data", "link", "created_at", "read_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/**
 * What the page header shows a logged-in person, in one statement: their name, their unread
 * notifications and their unread messages outside the open conversation. Undefined when the
 * account row is gone.
 */
export async function header(db: Db, userId: string, openConversationId: string | undefined) {
  const row = await db
    .selectFrom("users")
    .select((eb) => [
      "users.display_name as displayName",
      eb
        .selectFrom("notifications")
        .select((n) => n.fn.countAll<string>().as("n"))
        .where("notifications.user_id", "=", userId)
        .where("notifications.read_at", "is", null)
        .as("unreadNotifications"),
      unreadOutsideExpression(db, userId, openConversationId).as("unreadMessages"),
    ])
    .where("users.id", "=", userId)
    .executeTakeFirst();
  return row
    ? {
        displayName: row.displayName,
        unreadNotifications: Number(row.unreadNotifications ?? 0),
        unreadMessages: Number(row.unreadMessages ?? 0),
      }
    : undefined;
}

export async function markAllRead(db: Db, userId: string) {
  await db
    .updateTable("notifications")
    .set({ read_at: new Date() })
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .execute();
}

export function toView(row: Awaited<ReturnType<typeof listNotifications>>[number]): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    data: row.data as NotificationView["data"],
    link: row.link,
    createdAt: row.created_at.toISOString(),
    read: row.read_at !== null,
  };
}

/** Of these people, those who still have an unread notification of this kind pointing here. */
export async function holdersOfUnread(trx: Trx, userIds: string[], kind: string, link: string): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await trx
    .selectFrom("notifications")
    .select("user_id")
    .where("user_id", "in", userIds)
    .where("kind", "=", kind)
    .where("link", "=", link)
    .where("read_at", "is", null)
    .execute();
  return rows.map((row) => row.user_id);
}

export async function markReadByLink(trx: Trx, userId: string, kind: string, link: string) {
  await trx
    .updateTable("notifications")
    .set({ read_at: new Date() })
    .where("user_id", "=", userId)
    .where("kind", "=", kind)
    .where("link", "=", link)
    .where("read_at", "is", null)
    .execute();
}
