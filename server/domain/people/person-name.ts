import { sql, type RawBuilder } from "kysely";
import { FORMER_PERSON_NAME } from "./former-person";

/**
 * The one SQL expression for a person's shown name: the placeholder for a deleted account. Every query
 * that shows a name to someone else selects it through this, never `display_name` itself, so a deleted
 * person's name can never come back, even if a stale row still held it.
 */
export function personName(usersAlias: string): RawBuilder<string> {
  return sql<string>`(case when ${sql.ref(`${usersAlias}.deleted_at`)} is null then ${sql.ref(`${usersAlias}.display_name`)} else ${FORMER_PERSON_NAME} end)`;
}
