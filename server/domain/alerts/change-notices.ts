import type { Trx } from "../../../db/connect";
import type { Opportunity } from "../../../db/schema";
import * as notificationsRepo from "../notifications/notifications.repository";
import type { NotificationView } from "../notifications/notifications.types";
import * as repo from "./alerts.repository";

export type AddedNotification = { userId: string; view: NotificationView };

/** The time or place of a klus as volunteers see it; a change in any of these asks them to confirm. */
export interface KlusWhenAndWhere {
  startsAt: Date | null;
  endsAt: Date | null;
  buurtCode: string | null;
  address: string | null;
  isOnline: boolean;
}

const time = (value: Date | null) => value?.getTime() ?? null;

/** Whether volunteers must hear about an edit: the start, end or place changed. */
export function whenOrWhereChanged(before: KlusWhenAndWhere, after: KlusWhenAndWhere): boolean {
  return (
    time(before.startsAt) !== time(after.startsAt) ||
    time(before.endsAt) !== time(after.endsAt) ||
    before.buurtCode !== after.buurtCode ||
    (before.address ?? "") !== (after.address ?? "") ||
    before.isOnline !== after.isOnline
  );
}

/** Whether a klus is still to come, so that a change or cancellation matters to whoever claimed it. */
export function isUpcomingKlus(row: Pick<Opportunity, "kind" | "starts_at">, now: Date): boolean {
  return row.kind === "task" && (row.starts_at === null || row.starts_at > now);
}

/**
 * In the coordinator's transaction: tells everyone with a live claim that the klus changed or was
 * cancelled, and asks the active claimants of a changed klus to confirm they still come. Returns the
 * notifications to announce after commit.
 */
export async function recordKlusChange(
  trx: Trx,
  klus: { id: string; title: string },
  change: "changed" | "cancelled",
  now = new Date(),
): Promise<AddedNotification[]> {
  const claims = await repo.liveClaims(trx, klus.id);
  if (claims.length === 0) return [];
  if (change === "changed") await repo.requestChangeConfirmation(trx, klus.id, now);
  const rows = await notificationsRepo.insertNotifications(
    trx,
    claims.map((claim) => ({
      userId: claim.volunteerId,
      kind: change === "changed" ? "klusChanged" : "klusCancelled",
      data: { title: klus.title },
      link: change === "changed" && claim.status === "active" ? "/agenda#bevestigen" : `/klussen/${klus.id}`,
    })),
  );
  return rows.map((row) => ({ userId: row.user_id, view: notificationsRepo.toView(row) }));
}
