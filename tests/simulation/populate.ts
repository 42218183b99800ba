/**
 * Puts a planned world into a run's database through the factories: volunteers with their fixed ids,
 * home buurt, skills, languages and birth date; organisations with one coordinator each. Availability
 * and the weekly notice cap are Noaber's own columns: its policy writes them (policies/noaber.ts).
 */
import { createCoordinator, createOrganisation, createVolunteer } from "../../db/factories";
import type { Db } from "../../db/connect";
import { units } from "./parameters";
import type { World } from "./world";

/** No usable password: simulated people never log in, and hashing 2,000 passwords would take minutes. */
const NO_PASSWORD = "!";

export async function populate(db: Db, world: World, start: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const v of world.volunteers) {
      await createVolunteer(trx, {
        user: {
          id: v.id,
          email: `sim-vrijwilliger-${v.index}@example.test`,
          display_name: `Vrijwilliger ${v.index + 1}`,
          password_hash: NO_PASSWORD,
        },
        profile: {
          home_buurt_code: v.buurt.code,
          languages: v.languages,
          birth_date: new Date(start.getTime() - v.ageDays * units.day).toISOString().slice(0, 10),
        },
        skills: v.skills,
      });
    }
    for (const o of world.organisations) {
      const organisation = await createOrganisation(trx, { id: o.id, name: `Simulatie-organisatie ${o.index + 1}` });
      await createCoordinator(trx, organisation, {
        id: o.coordinatorId,
        email: `sim-coordinator-${o.index}@example.test`,
        display_name: `Coördinator ${o.index + 1}`,
        password_hash: NO_PASSWORD,
      });
    }
  });
}
