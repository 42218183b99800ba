import type { OpportunityKind, OpportunityStatus } from "../../../db/schema";

/** The suitability and requirement flags an organisation sets on a vacature or klus. */
export interface OpportunityFlags {
  vogRequired: boolean;
  suitableNewcomers: boolean;
  suitableStudents: boolean;
  suitableGroups: boolean;
  suitableBusinesses: boolean;
}

/** What a list, the home page and live updates show of one opportunity. */
export interface OpportunityCard {
  id: string;
  kind: OpportunityKind;
  title: string;
  /** The start of the description as plain text, cut at a word, for lists. */
  excerpt: string;
  organisationName: string;
  buurtName: string | null;
  wijkName: string | null;
  isOnline: boolean;
  /** ISO 8601 instants (UTC); pages show them in Europe/Amsterdam. */
  startsAt: string | null;
  endsAt: string | null;
  spots: number | null;
  publishedAt: string | null;
  flags: OpportunityFlags;
}

export interface SkillLabel {
  slug: string;
  nameNl: string;
  nameEn: string;
}

/** Everything the detail page of one vacature or klus shows. */
export interface OpportunityDetail {
  id: string;
  kind: OpportunityKind;
  status: OpportunityStatus;
  title: string;
  description: string;
  organisation: { id: string; name: string; slug: string; website: string | null };
  buurt: { code: string; name: string } | null;
  wijk: { code: string; name: string; formerName: string | null } | null;
  gebied: { slug: string; name: string } | null;
  address: string | null;
  isOnline: boolean;
  startsAt: string | null;
  endsAt: string | null;
  spots: number | null;
  hoursPerWeek: number | null;
  minAge: number | null;
  /** A vacature: for how long, and how the organisation and volunteer choose each other. */
  period: string | null;
  selectionSteps: string | null;
  languages: string[];
  accessibilityNotes: string;
  flags: OpportunityFlags;
  skills: SkillLabel[];
  publishedAt: string | null;
  /** The municipality took it off the site: only its own coordinators still see the page. */
  hiddenByModeration: boolean;
  /** True when the actor coordinates the organisation (may see drafts, later: edit). */
  canManage: boolean;
}

/** An organisation the actor may publish for. */
export interface PublishableOrganisation {
  id: string;
  name: string;
}

/** Applications to one vacature, counted per status. */
export interface ApplicationCounts {
  new: number;
  in_conversation: number;
  placed: number;
  declined: number;
  withdrawn: number;
  expired: number;
  total: number;
}

/** One row of an organisation's overview of its vacatures and klussen. */
export interface ManagedOpportunity {
  id: string;
  kind: OpportunityKind;
  status: OpportunityStatus;
  title: string;
  startsAt: string | null;
  endsAt: string | null;
  spots: number | null;
  seriesId: string | null;
  publishedAt: string | null;
  activeClaims: number;
  waitlisted: number;
  applications: ApplicationCounts;
}

/** An organisation the actor coordinates, with its opportunities. */
export interface OrganisationOverview {
  id: string;
  name: string;
  opportunities: ManagedOpportunity[];
}

/** What the edit form starts from: the opportunity's values as the form sends them. */
export interface EditableOpportunity {
  id: string;
  kind: OpportunityKind;
  status: OpportunityStatus;
  organisation: { id: string; name: string };
  isSeriesOccurrence: boolean;
  activeClaims: number;
  values: Record<string, string | string[] | boolean>;
}
