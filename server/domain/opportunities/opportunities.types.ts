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
  languages: string[];
  accessibilityNotes: string;
  flags: OpportunityFlags;
  skills: SkillLabel[];
  publishedAt: string | null;
  /** True when the actor coordinates the organisation (may see drafts, later: edit). */
  canManage: boolean;
}

/** An organisation the actor may publish for. */
export interface PublishableOrganisation {
  id: string;
  name: string;
}
