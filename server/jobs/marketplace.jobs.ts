import type { Services } from "../domain/services";

/** What one round of the marketplace jobs did. */
export interface JobsRound {
  reminded: number;
  expired: number;
  asked: number;
  released: number;
}

type JobServices = Pick<Services, "applications" | "feedback" | "teamClaims">;

/** Reminds organisations of applications unanswered after three working days (once each). */
export function remindUnansweredApplications(services: JobServices, now: Date) {
  return services.applications.remindOverdue(now);
}

/** Expires applications nobody answered within fourteen days, with a kind notice to the volunteer. */
export function expireStaleApplications(services: JobServices, now: Date) {
  return services.applications.expireStale(now);
}

/** Asks both sides "Did it work out?" after a klus ended and after a placement (once each). */
export function askDidItWorkOut(services: JobServices, now: Date) {
  return services.feedback.askQuestions(now);
}

/** Gives team spots still without a name at their release moment to the waitlist and the wijk. */
export function releaseUnnamedTeamSpots(services: JobServices, now: Date) {
  return services.teamClaims.releaseDue(now);
}

/** Runs every marketplace job once, in order. */
export async function runMarketplaceJobs(services: JobServices, now: Date): Promise<JobsRound> {
  const reminded = await remindUnansweredApplications(services, now);
  const expired = await expireStaleApplications(services, now);
  const asked = await askDidItWorkOut(services, now);
  const released = await releaseUnnamedTeamSpots(services, now);
  return { reminded, expired, asked, released };
}
