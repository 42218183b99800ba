import type { Db } from "../../db/connect";
import type { Services } from "../domain/services";
import type { Logger } from "../logger";
import { askDidItWorkOut, expireStaleApplications, remindUnansweredApplications } from "./marketplace.jobs";
import { createJobScheduler } from "./scheduler";

/** The app's scheduled jobs: application reminders and expiry, and the "Did it work out?" question. */
export function createAppJobs(deps: { db: Db; logger: Logger; services: Services }, options?: { intervalMs?: number }) {
  const { services } = deps;
  return createJobScheduler(
    deps,
    [
      { name: "remind unanswered applications", run: (now) => remindUnansweredApplications(services, now) },
      { name: "expire stale applications", run: (now) => expireStaleApplications(services, now) },
      { name: "ask did it work out", run: (now) => askDidItWorkOut(services, now) },
    ],
    options,
  );
}
