import type { Db } from "../../db/connect";
import type { Services } from "../domain/services";
import type { Logger } from "../logger";
import {
  askDidItWorkOut,
  expireStaleApplications,
  releaseUnnamedTeamSpots,
  remindUnansweredApplications,
} from "./marketplace.jobs";
import { flagUnconfirmedClaims, requestKlusConfirmations, sendDigests } from "./mail.jobs";
import { createJobScheduler } from "./scheduler";

/**
 * The app's scheduled jobs: application reminders and expiry, the "Did it work out?" question, the
 * release of team spots still without a name, the day-before "confirm or hand over", unconfirmed
 * claims flagged to coordinators, the next waves of notices about klussen with spots left, and the
 * e-mail digests (after those, so a notice that may not be e-mailed now joins the digest), forgetting
 * log-in failures that no longer count, and retention: klus group messages, expired sessions and old
 * notifications are removed.
 */
export function createAppJobs(deps: { db: Db; logger: Logger; services: Services }, options?: { intervalMs?: number }) {
  const { services } = deps;
  return createJobScheduler(
    deps,
    [
      { name: "remind unanswered applications", run: (now) => remindUnansweredApplications(services, now) },
      { name: "expire stale applications", run: (now) => expireStaleApplications(services, now) },
      { name: "ask did it work out", run: (now) => askDidItWorkOut(services, now) },
      // Before the day-before question, so a member promoted from the waitlist is asked too.
      { name: "release unnamed team spots", run: (now) => releaseUnnamedTeamSpots(services, now) },
      { name: "confirm or hand over, the day before", run: (now) => requestKlusConfirmations(services, now) },
      { name: "flag unconfirmed claims", run: (now) => flagUnconfirmedClaims(services, now) },
      // Before the digests, so a notice that was not read joins them.
      { name: "send due notice waves", run: (now) => services.notices.sendDueWaves(now) },
      { name: "send e-mail digests", run: (now) => sendDigests(services, now) },
      { name: "forget old log-in failures", run: (now) => services.accounts.forgetOldLogInFailures(now) },
      { name: "remove old klus group messages", run: (now) => services.privacy.removeOldKlusGroupMessages(now) },
      { name: "remove expired sessions", run: (now) => services.privacy.removeExpiredSessions(now) },
      { name: "remove old notifications", run: (now) => services.privacy.removeOldNotifications(now) },
    ],
    options,
  );
}
