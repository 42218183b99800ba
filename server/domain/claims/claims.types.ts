import type { Attendance, ClaimStatus } from "../../../db/schema";

/** Spots of one klus; `spotsLeft` is null when the klus has no limit. */
export interface SpotsView {
  opportunityId: string;
  spots: number | null;
  spotsLeft: number | null;
}

/** A volunteer's own live claim on a klus; `position` is the place on the waitlist (1 = next). */
export interface MyClaimView {
  id: string;
  status: Exclude<ClaimStatus, "cancelled">;
  position: number | null;
  /** Said "Ik kom" (one tap) for an active claim. */
  confirmed: boolean;
}

/** A volunteer's own claim changed status: told to that volunteer only. */
export interface ClaimUpdate {
  opportunityId: string;
  claimId: string;
  status: ClaimStatus;
}

/** What the klus page shows about claiming, for the one who looks at it. */
export interface KlusClaimState extends SpotsView {
  minAge: number | null;
  vogRequired: boolean;
  /** The klus has started (no more claiming or cancelling; attendance can be marked). */
  started: boolean;
  /** Open and published: claiming is possible (before the start). */
  open: boolean;
  mine: MyClaimView | null;
  /** The klus starts within a day: "Ik kom" and "Plek overdragen" are offered. */
  confirmWindow: boolean;
  /** Today (Amsterdam) is the day of the start: a freed spot stays free, the waitlist may take it. */
  dayOf: boolean;
}

/** Whether an active claim was confirmed: asked the day before, then flagged to the coordinators when late. */
export type Confirmation = "confirmed" | "waiting" | "flagged" | "notAsked";

/** One row of the coordinators' list; only the display name, never contact details. */
export interface ClaimListItem {
  id: string;
  volunteerName: string;
  /** The team (of a business or partner) that named this volunteer, if any. */
  teamName: string | null;
  status: Exclude<ClaimStatus, "cancelled">;
  position: number | null;
  attendance: Attendance | null;
  hours: number | null;
  createdAt: string;
  confirmation: Confirmation;
}

export interface ClaimList extends SpotsView {
  title: string;
  startsAt: string | null;
  endsAt: string | null;
  started: boolean;
  /** Hours a volunteer is credited with when the coordinator leaves them empty. */
  defaultHours: number;
  claims: ClaimListItem[];
  /** Volunteers who handed their spot over. */
  handedOver: Array<{ id: string; volunteerName: string }>;
}

/** One of the volunteer's claims, for "my klussen". */
export interface MyClaimListItem extends MyClaimView {
  opportunityId: string;
  title: string;
  startsAt: string | null;
  endsAt: string | null;
  attendance: Attendance | null;
  hours: number | null;
  /** The klus starts within a day and the claim is active: "Ik kom" is offered. */
  confirmWindow: boolean;
}

/** What `claim` answers. */
export interface ClaimResult extends SpotsView {
  claim: MyClaimView;
}

/** What the coordinators' live list is told (display name only). */
export interface ClaimChange {
  opportunityId: string;
  claimId: string;
  volunteerName: string;
  status: ClaimStatus;
}
