import type { Kysely } from "kysely";
import type { Database } from "../../../db/schema";
import { selectBuurten, selectGebieden, selectWijken } from "./places.repository";
import type { Buurt, Gebied, Wijk } from "./places.schemas";
import { rankBuurten, toSearchable, type SearchableBuurt } from "./places.search";

interface PlacesCache {
  gebieden: Gebied[];
  wijken: Wijk[];
  buurten: Buurt[];
  buurtByCode: Map<string, Buurt>;
  searchable: SearchableBuurt[];
}

const collator = new Intl.Collator("nl");

async function loadPlaces(db: Kysely<Database>): Promise<PlacesCache> {
  const [gebieden, wijken, rows] = await Promise.all([selectGebieden(db), selectWijken(db), selectBuurten(db)]);
  const buurten = rows.sort((a, b) => collator.compare(a.name, b.name));
  return {
    gebieden,
    wijken,
    buurten,
    buurtByCode: new Map(buurten.map((b) => [b.code, b])),
    searchable: buurten.map(toSearchable),
  };
}

/**
 * Read-only access to gebieden, wijken and buurten. The reference data only changes when the app
 * starts (db/seed/reference.ts), so it is read once and kept in memory.
 */
export function createPlacesService(deps: { db: Kysely<Database> }) {
  let cache: Promise<PlacesCache> | undefined;
  const places = (): Promise<PlacesCache> => {
    cache ??= loadPlaces(deps.db).catch((error: unknown) => {
      cache = undefined; // a failed read (database not up yet) is retried on the next call
      throw error;
    });
    return cache;
  };

  return {
    /** The seven gebieden, by name. */
    async listGebieden(): Promise<readonly Gebied[]> {
      return (await places()).gebieden;
    },
    /** The wijken by code, with the name residents used before 2025. */
    async listWijken(): Promise<readonly Wijk[]> {
      return (await places()).wijken;
    },
    /** Every buurt with its wijk and gebied, by name. */
    async listBuurten(): Promise<readonly Buurt[]> {
      return (await places()).buurten;
    },
    async findBuurt(code: string): Promise<Buurt | null> {
      return (await places()).buurtByCode.get(code) ?? null;
    },
    /** Buurten matching a buurt, dorp or wijk name (also former wijk names), ignoring case and accents. */
    async searchBuurten(query: string): Promise<Buurt[]> {
      return rankBuurten((await places()).searchable, query);
    },
  };
}

export type PlacesService = ReturnType<typeof createPlacesService>;
