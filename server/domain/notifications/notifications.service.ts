import type { Trx } from "../../../db/connect";
import { assertUser, type Actor } from "../actor";
import { parseInput } from "../parse-input";
import type { ServiceDependencies } from "../services";
import * as repository from "./notifications.repository";
import { headerSchema, type HeaderInput } from "./notifications.schemas";
import type { HeaderView, NewNotification, NotificationView } from "./notifications.types";

/**
 * In-app notifications. Other services write them inside their own transaction
 * (`addInTransaction`) and call `announce` after commit, so a notification is never shown
 * for a change that was rolled back.
 */
export function createNotificationsService(deps: Pick<ServiceDependencies, "db" | "events">) {
  async function addInTransaction(
    trx: Trx,
    items: NewNotification[],
  ): Promise<Array<{ userId: string; view: NotificationView }>> {
    const rows = await repository.insertNotifications(trx, items);
    return rows.map((row) => ({ userId: row.user_id, view: repository.toView(row) }));
  }

  function announce(added: Array<{ userId: string; view: NotificationView }>) {
    for (const { userId, view } of added) deps.events.publish("notification.created", { userId, notification: view });
  }

  return {
    addInTransaction,
    announce,

    /**
     * One transaction that reads (or marks) what the notifications are about and stores them; they are
     * announced after commit. Returns how many were stored.
     */
    async notify(build: (trx: Trx) => Promise<NewNotification[]>): Promise<number> {
      const added = await deps.db.transaction().execute(async (trx) => addInTransaction(trx, await build(trx)));
      announce(added);
      return added.length;
    },

    /** Of these people, those with an unread notification of this kind and link (to tell them once). */
    holdersOfUnreadInTransaction(trx: Trx, userIds: string[], kind: string, link: string) {
      return repository.holdersOfUnread(trx, userIds, kind, link);
    },

    /** Reading what a notification pointed at reads the notification too. */
    markReadByLinkInTransaction(trx: Trx, userId: string, kind: string, link: string) {
      return repository.markReadByLink(trx, userId, kind, link);
    },

    async listMine(actor: Actor, options: { limit?: number } = {}) {
      assertUser(actor);
      const rows = await repository.listNotifications(deps.db, actor.userId, Math.min(options.limit ?? 50, 200));
      return rows.map(repository.toView);
    },

    /**
     * The page header of a logged-in person (null when anonymous or the account is gone): their
     * name, unread notifications, and unread messages outside the conversation the page opens.
     */
    async header(actor: Actor, input: HeaderInput): Promise<HeaderView | null> {
      if (actor.kind !== "user") return null;
      const { openConversationId } = parseInput(headerSchema, input);
      return (await repository.header(deps.db, actor.userId, openConversationId)) ?? null;
    },

    async markAllRead(actor: Actor) {
      assertUser(actor);
      await repository.markAllRead(deps.db, actor.userId);
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
