import { personName } from "../people/person-name";
import type { DbOrTrx, Trx } from "../../../db/connect";
import type { AuditAction, AuditSubjectType } from "../../../db/schema";

export interface AuditEntry {
  actorId: string;
  action: AuditAction;
  subjectType: AuditSubjectType;
  subjectId: string;
  note?: string;
}

/** Writes one audit row inside the caller's transaction, so the log holds exactly what took effect. */
export async function recordAudit(trx: Trx, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto("audit_log")
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      note: (entry.note ?? "").slice(0, 2000),
    })
    .execute();
}

export interface AuditRow {
  id: string;
  at: Date;
  actorName: string | null;
  action: AuditAction;
  subjectType: AuditSubjectType;
  subjectId: string;
  note: string;
}

/** Newest first; `beforeId` pages on (keyset), `limit + 1` rows tell whether there is more. */
export async function listAudit(
  db: DbOrTrx,
  options: { action?: AuditAction; beforeId?: string; limit: number },
): Promise<AuditRow[]> {
  let query = db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_id")
    .select([
      "audit_log.id",
      "audit_log.at",
      personName("users").as("actorName"),
      "audit_log.action",
      "audit_log.subject_type as subjectType",
      "audit_log.subject_id as subjectId",
      "audit_log.note",
    ])
    .orderBy("audit_log.id", "desc")
    .limit(options.limit);
  if (options.action) query = query.where("audit_log.action", "=", options.action);
  if (options.beforeId) query = query.where("audit_log.id", "<", options.beforeId);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, id: String(row.id) }));
}
