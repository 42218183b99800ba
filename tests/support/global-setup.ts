import type { TestProject } from "vitest/node";
import { connectDatabase } from "../../db/connect";
import { migrateToLatest } from "../../db/migrate";
import { seedReferenceData } from "../../db/seed/reference";
import { startTestServers } from "./real-servers";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    meiliUrl: string;
    meiliMasterKey: string;
  }
}

/** Starts a real PostgreSQL and Meilisearch once per run, migrated and holding the reference data. */
export default async function setup(project: TestProject) {
  const servers = await startTestServers();
  const db = connectDatabase(servers.databaseUrl, { max: 2 });
  try {
    await migrateToLatest(db);
    await seedReferenceData(db);
  } finally {
    await db.destroy();
  }
  project.provide("databaseUrl", servers.databaseUrl);
  project.provide("meiliUrl", servers.meiliUrl);
  project.provide("meiliMasterKey", servers.meiliMasterKey);
  return async () => {
    await servers.stop();
  };
}
