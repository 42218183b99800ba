import { sql } from "kysely";
import { requireGemeente, type Actor } from "../actor";
import { parseInput } from "../parse-input";
import type { ServiceDependencies } from "../services";
import { hourValueSchema } from "./settings.schemas";

const hourValueKey = "social_return.hour_value";

/** Settings the municipality changes while the app runs. */
export function createSettingsService(deps: Pick<ServiceDependencies, "db">) {
  const { db } = deps;
  return {
    /** Euros per volunteer hour for social-return reports, or null when not set. */
    async hourValue(): Promise<number | null> {
      const row = await db
        .selectFrom("settings")
        .select(sql<string>`value #>> '{}'`.as("text"))
        .where("key", "=", hourValueKey)
        .executeTakeFirst();
      const value = row ? Number(row.text) : NaN;
      return Number.isFinite(value) ? value : null;
    },

    async setHourValue(actor: Actor, input: unknown) {
      const user = requireGemeente(actor);
      const { hourValue } = parseInput(hourValueSchema, input);
      if (hourValue === null) {
        await db.deleteFrom("settings").where("key", "=", hourValueKey).execute();
      } else {
        await db
          .insertInto("settings")
          .values({ key: hourValueKey, value: sql`to_jsonb(${hourValue}::numeric)`, updated_by: user.userId })
          .onConflict((oc) =>
            oc
              .column("key")
              .doUpdateSet({ value: sql`excluded.value`, updated_by: user.userId, updated_at: new Date() }),
          )
          .execute();
      }
      return { hourValue };
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
