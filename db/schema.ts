import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** The Kysely view of the schema, written by hand next to the migrations in db/migrations. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type Locale = "nl" | "en";
export type RoleSlug =
  "volunteer" | "organisation_coordinator" | "business_coordinator" | "partner_coordinator" | "gemeente";
export type OrganisationKind = "organisation" | "business" | "partner";
export type PartnerType = "coa" | "student_association" | "school";
export type MembershipRole = "coordinator" | "member";
export type OpportunityKind = "vacancy" | "task";
export type OpportunityStatus = "draft" | "open" | "paused" | "closed";

export interface GebiedenTable {
  slug: string;
  name: string;
  lat: number;
  lon: number;
}

export interface WijkenTable {
  code: string;
  name: string;
  former_name: string | null;
  lat: number;
  lon: number;
}

export interface BuurtenTable {
  code: string;
  name: string;
  wijk_code: string;
  gebied_slug: string;
  lat: number;
  lon: number;
}

export interface SkillCategoriesTable {
  slug: string;
  name_nl: string;
  name_en: string;
  position: number;
}

export interface SkillsTable {
  slug: string;
  category_slug: string;
  name_nl: string;
  name_en: string;
  position: number;
}

export interface UsersTable {
  id: Generated<string>;
  /** Null for people who joined through an invite without an address (COA residents): they have a login_name. */
  email: ColumnType<string | null, string | null | undefined, string | null>;
  login_name: ColumnType<string | null, string | null | undefined, string | null>;
  display_name: string;
  password_hash: string;
  locale: ColumnType<Locale, Locale | undefined, Locale>;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  calendar_token: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set when the person deleted their account: the row stays, without anything personal. */
  deleted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface RolesTable {
  slug: RoleSlug;
  name_nl: string;
  name_en: string;
}

export interface UserRolesTable {
  user_id: string;
  role_slug: RoleSlug;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

/** Log-in attempts counting against an account, keyed by a hash of the normalised e-mail address. */
export interface LoginFailuresTable {
  id: Generated<string>;
  account_hash: Buffer;
  attempted_at: CreatedAt;
}

export interface OrganisationsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  kind: OrganisationKind;
  partner_type: PartnerType | null;
  description: ColumnType<string, string | undefined, string>;
  buurt_code: string | null;
  website: string | null;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  /** Null while a registered business or partner waits for the municipality; defaults to now(). */
  approved_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  approved_by: ColumnType<string | null, string | null | undefined, string | null>;
  rejected_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  rejected_by: ColumnType<string | null, string | null | undefined, string | null>;
  rejection_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface InviteCodesTable {
  id: Generated<string>;
  organisation_id: string;
  code: string;
  created_by: string | null;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  max_uses: number;
  uses: ColumnType<number, number | undefined, number>;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: CreatedAt;
}

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  role: MembershipRole;
  created_at: CreatedAt;
}

export interface VolunteerProfilesTable {
  user_id: string;
  home_buurt_code: string | null;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  availability: ColumnType<string[], string[] | undefined, string[]>;
  interests: ColumnType<string[], string[] | undefined, string[]>;
  about: ColumnType<string, string | undefined, string>;
  updated_at: Timestamp;
  /** A date column: postgres.js returns it as a Date at midnight UTC. */
  birth_date: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** At most this many notices a week; null: the notices service's default. */
  notices_per_week: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface VolunteerSkillsTable {
  user_id: string;
  skill_slug: string;
}

export interface OpportunitiesTable {
  id: Generated<string>;
  organisation_id: string;
  kind: OpportunityKind;
  status: OpportunityStatus;
  title: string;
  description: string;
  buurt_code: string | null;
  address: string | null;
  is_online: ColumnType<boolean, boolean | undefined, boolean>;
  starts_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  ends_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  spots: number | null;
  min_age: number | null;
  vog_required: ColumnType<boolean, boolean | undefined, boolean>;
  suitable_newcomers: ColumnType<boolean, boolean | undefined, boolean>;
  suitable_students: ColumnType<boolean, boolean | undefined, boolean>;
  suitable_groups: ColumnType<boolean, boolean | undefined, boolean>;
  suitable_businesses: ColumnType<boolean, boolean | undefined, boolean>;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  accessibility_notes: ColumnType<string, string | undefined, string>;
  // numeric comes back from postgres.js as a string.
  hours_per_week: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  period: string | null;
  selection_steps: string | null;
  created_by: string | null;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  search_vector: ColumnType<string, never, never>;
  series_id: ColumnType<string | null, string | null | undefined, string | null>;
  board_exchange: ColumnType<boolean, boolean | undefined, boolean>;
  /** Set when the municipality took it off the site (moderation); it is closed then too. */
  hidden_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  hidden_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export type Recurrence = "weekly" | "biweekly";
export type ClaimStatus = "active" | "waitlisted" | "cancelled";
export type Attendance = "attended" | "no_show";
export type ApplicationStatus = "new" | "in_conversation" | "placed" | "declined" | "withdrawn" | "expired";
export type FeedbackOutcome = "went_well" | "did_not_happen" | "not_a_match";

export interface OpportunitySeriesTable {
  id: Generated<string>;
  organisation_id: string;
  recurrence: Recurrence;
  repeat_until: ColumnType<Date, Date | string, Date | string>;
  created_at: CreatedAt;
}

export interface ClaimsTable {
  id: Generated<string>;
  opportunity_id: string;
  volunteer_id: string;
  status: ClaimStatus;
  /** bigserial: arrival order; postgres.js returns int8 as a string. */
  seq: ColumnType<string, never, never>;
  vog_confirmed: ColumnType<boolean, boolean | undefined, boolean>;
  attendance: ColumnType<Attendance | null, Attendance | null | undefined, Attendance | null>;
  hours: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  promoted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  cancelled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  reminded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  change_confirm_requested_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  change_confirmed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The day-before "confirm or hand over" was sent. */
  confirm_requested_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The volunteer confirmed they come (one tap). */
  confirmed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The volunteer handed the spot over (the claim is cancelled too). */
  handed_over_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The coordinators were told this claim was not confirmed in time. */
  unconfirmed_flagged_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Set when a team coordinator named this volunteer for one of the team's reserved spots. */
  team_claim_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TeamClaimsTable {
  id: Generated<string>;
  opportunity_id: string;
  /** The business or partner that reserved the spots. */
  organisation_id: string;
  team_name: string;
  spots: number;
  /** Reserved spots without a name yet: taken, until named, given back or released. */
  unnamed_spots: number;
  created_by: string | null;
  release_at: ColumnType<Date, Date | string, Date | string>;
  released_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ApplicationsTable {
  id: Generated<string>;
  opportunity_id: string;
  volunteer_id: string;
  status: ApplicationStatus;
  motivation: string;
  first_response_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  reminded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_at: Timestamp;
}

export interface FeedbackTable {
  id: Generated<string>;
  subject_type: "claim" | "application";
  subject_id: string;
  author_id: string;
  author_side: "volunteer" | "organisation";
  outcome: FeedbackOutcome;
  note: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  data: ColumnType<Record<string, unknown>, Record<string, unknown> | undefined, Record<string, unknown>>;
  link: string | null;
  created_at: CreatedAt;
  read_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  emailed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type DigestFrequency = "hourly" | "daily";

export interface NotificationPreferencesTable {
  user_id: string;
  email_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  digest_frequency: ColumnType<DigestFrequency, DigestFrequency | undefined, DigestFrequency>;
  /** Minutes after local midnight (Europe/Amsterdam); both null: no quiet hours. */
  quiet_hours_start: number | null;
  quiet_hours_end: number | null;
  /** A date column: postgres.js returns it as a Date at midnight UTC. */
  alerts_paused_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  last_digest_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  updated_at: Timestamp;
}

export interface OpportunitySkillsTable {
  opportunity_id: string;
  skill_slug: string;
}

export interface SearchOutboxTable {
  id: Generated<string>;
  opportunity_id: string;
  created_at: CreatedAt;
  processed_at: Timestamp | null;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
}

export interface SeedRunsTable {
  name: string;
  ran_at: CreatedAt;
}

export type ConversationKind = "klus_group" | "wijk_channel" | "organisation_channel" | "direct" | "business_direct";
export type MessageKind = "text" | "klus_card";
type BigintCounter = ColumnType<string, string | number | bigint | undefined, string | number | bigint>;

export interface ConversationsTable {
  id: Generated<string>;
  kind: ConversationKind;
  opportunity_id: string | null;
  wijk_code: string | null;
  organisation_id: string | null;
  volunteer_id: string | null;
  other_volunteer_id: string | null;
  /** The business of a `business_direct` conversation; `organisation_id` is the organisation. */
  business_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** bigint: postgres.js returns int8 as a string. */
  last_seq: BigintCounter;
  last_message_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: CreatedAt;
  /** Klus groups only: when the retention job removed their messages (the group is archived once its klus ended). */
  messages_removed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface ConversationMembersTable {
  conversation_id: string;
  user_id: string;
  subscribed: ColumnType<boolean, boolean | undefined, boolean>;
  last_read_seq: BigintCounter;
  joined_at: CreatedAt;
}

export interface MessagesTable {
  id: Generated<string>;
  conversation_id: string;
  author_id: string;
  client_id: string;
  kind: MessageKind;
  body: string;
  opportunity_id: string | null;
  seq: BigintCounter;
  changed_seq: BigintCounter;
  created_at: CreatedAt;
  edited_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  deleted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  hidden_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  hidden_by: string | null;
}

export interface MessageReportsTable {
  id: Generated<string>;
  message_id: string;
  reporter_id: string;
  reason: string;
  created_at: CreatedAt;
  handled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  handled_by: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A klus or vacature reported by someone, once per person; handled by the municipality. */
export interface OpportunityReportsTable {
  id: Generated<string>;
  opportunity_id: string;
  reporter_id: string;
  reason: string;
  created_at: CreatedAt;
  handled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  handled_by: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Someone who may not write in wijk and organisation channels until `until`; one row per person. */
export type NoticeScope = "near" | "wijk" | "gebied" | "municipality";

/** One wave of notices about a klus; scope null: no one was left to tell (checked again at checked_at). */
export interface NoticeWavesTable {
  id: Generated<string>;
  opportunity_id: string;
  number: number;
  scope: NoticeScope | null;
  sent_at: ColumnType<Date, Date | string, Date | string>;
  checked_at: ColumnType<Date, Date | string, Date | string>;
  told: ColumnType<number, number | undefined, number>;
  summary: ColumnType<Record<string, unknown>, Record<string, unknown> | undefined, Record<string, unknown>>;
}

/** One row per klus and volunteer told about it. */
export interface NoticesTable {
  opportunity_id: string;
  volunteer_id: string;
  wave_id: string;
  told_at: ColumnType<Date, Date | string, Date | string>;
  score: number;
  reasons: ColumnType<string[], string[] | undefined, string[]>;
}

export interface ChannelSuspensionsTable {
  user_id: string;
  until: ColumnType<Date, Date | string, Date | string>;
  reason: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export type AuditAction =
  "hide" | "warn" | "suspend" | "lift_suspension" | "dismiss" | "approve_registration" | "reject_registration";
export type AuditSubjectType = "message" | "opportunity" | "user" | "organisation";

/** What the municipality did, by whom and when (moderation and approvals); never updated. */
export interface AuditLogTable {
  /** bigserial: postgres.js returns int8 as a string. */
  id: Generated<string>;
  at: CreatedAt;
  actor_id: string | null;
  action: AuditAction;
  subject_type: AuditSubjectType;
  subject_id: string;
  note: ColumnType<string, string | undefined, string>;
}

export interface UserBlocksTable {
  blocker_id: string;
  blocked_id: string;
  created_at: CreatedAt;
}

export interface ContactConsentsTable {
  user_id: string;
  other_user_id: string;
  created_at: CreatedAt;
}

export type ListingSide = "offer" | "request";
export type ListingType = "team_day" | "expertise" | "materials";
export type ListingStatus = "open" | "closed";
export type CapacityUnit = "people" | "hours";

/** A business's offer or an organisation's request for businesses (same shape, `side` tells). */
export interface MarketListingsTable {
  id: Generated<string>;
  organisation_id: string;
  side: ListingSide;
  type: ListingType;
  status: ColumnType<ListingStatus, ListingStatus | undefined, ListingStatus>;
  title: string;
  description: string;
  capacity_amount: number;
  capacity_unit: CapacityUnit;
  /** Date columns: postgres.js returns them as Dates at midnight UTC. */
  period_start: ColumnType<Date, Date | string, Date | string>;
  period_end: ColumnType<Date, Date | string, Date | string>;
  created_by: string | null;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface MarketListingSkillsTable {
  listing_id: string;
  skill_slug: string;
}

export interface MarketListingWijkenTable {
  listing_id: string;
  wijk_code: string;
}

export interface SettingsTable {
  key: string;
  /** jsonb: write with `to_jsonb(…)`, read with `value #>> '{}'` for a scalar. */
  value: ColumnType<unknown, unknown, unknown>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface Database {
  gebieden: GebiedenTable;
  wijken: WijkenTable;
  buurten: BuurtenTable;
  skill_categories: SkillCategoriesTable;
  skills: SkillsTable;
  users: UsersTable;
  roles: RolesTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  invite_codes: InviteCodesTable;
  volunteer_profiles: VolunteerProfilesTable;
  volunteer_skills: VolunteerSkillsTable;
  opportunities: OpportunitiesTable;
  opportunity_skills: OpportunitySkillsTable;
  search_outbox: SearchOutboxTable;
  seed_runs: SeedRunsTable;
  opportunity_series: OpportunitySeriesTable;
  claims: ClaimsTable;
  team_claims: TeamClaimsTable;
  applications: ApplicationsTable;
  feedback: FeedbackTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  conversations: ConversationsTable;
  conversation_members: ConversationMembersTable;
  messages: MessagesTable;
  message_reports: MessageReportsTable;
  opportunity_reports: OpportunityReportsTable;
  channel_suspensions: ChannelSuspensionsTable;
  notice_waves: NoticeWavesTable;
  notices: NoticesTable;
  audit_log: AuditLogTable;
  user_blocks: UserBlocksTable;
  contact_consents: ContactConsentsTable;
  market_listings: MarketListingsTable;
  market_listing_skills: MarketListingSkillsTable;
  market_listing_wijken: MarketListingWijkenTable;
  settings: SettingsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type Opportunity = Selectable<OpportunitiesTable>;
export type NewOpportunity = Insertable<OpportunitiesTable>;
export type OpportunityUpdate = Updateable<OpportunitiesTable>;
