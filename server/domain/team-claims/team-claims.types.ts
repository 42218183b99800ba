import type { SpotsView } from "../claims/claims.types";

/** Spots a team holds on a klus without a name yet ("3 plekken gereserveerd voor <team>"). */
export interface TeamReservation {
  teamName: string;
  unnamedSpots: number;
}

/** What the klus page shows about teams, for the one who looks at it. */
export interface KlusTeamState {
  reservations: TeamReservation[];
  /** The business or partner the viewer may sign up a team for; null when they may not. */
  teamOrganisation: { id: string; name: string } | null;
}

export interface TeamMemberView {
  claimId: string;
  userId: string;
  name: string;
}

/** One team claim on the coordinator's list. */
export interface TeamClaimView {
  id: string;
  opportunityId: string;
  organisationName: string;
  title: string;
  startsAt: string | null;
  endsAt: string | null;
  teamName: string;
  spots: number;
  unnamedSpots: number;
  releaseAt: string;
  releasedAt: string | null;
  started: boolean;
  named: TeamMemberView[];
  /** Members of the organisation who can still be named here (no live claim on this klus). */
  candidates: Array<{ userId: string; name: string }>;
}

export interface TeamClaimResult extends SpotsView {
  teamClaimId: string;
}
