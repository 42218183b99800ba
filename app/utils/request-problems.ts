/** Why a request was refused, told on the error page in plain words (keys under `common:errors.problems`). */
export type RequestProblem = "unsupportedType" | "unreadableForm" | "tooLarge" | "formExpired";

/**
 * Why a page is not for this person, and where to go instead (keys under `common:errors.forbiddenReasons`).
 * New roles add their reasons here.
 */
export const forbiddenReasons = {
  notAllowed: { goTo: "/" },
  organisationOnly: { goTo: "/" },
  volunteerOnly: { goTo: "/" },
  notYourOpportunity: { goTo: "/organisatie" },
  notInConversation: { goTo: "/gesprekken" },
  notYourOrganisation: { goTo: "/organisatie" },
  teamCoordinatorOnly: { goTo: "/" },
  notYourTeam: { goTo: "/team" },
  businessOnly: { goTo: "/" },
  notYourBusiness: { goTo: "/bedrijf/aanbod" },
  groupCoordinatorOnly: { goTo: "/" },
  notYourGroup: { goTo: "/groep" },
  gemeenteOnly: { goTo: "/" },
} as const satisfies Record<string, { goTo: string }>;

export type ForbiddenReason = keyof typeof forbiddenReasons;

export function isForbiddenReason(value: unknown): value is ForbiddenReason {
  return typeof value === "string" && Object.hasOwn(forbiddenReasons, value);
}

const requestProblems: readonly RequestProblem[] = ["unsupportedType", "unreadableForm", "tooLarge", "formExpired"];

export function isRequestProblem(value: unknown): value is RequestProblem {
  return typeof value === "string" && (requestProblems as readonly string[]).includes(value);
}
