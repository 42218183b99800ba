import { randomUUID } from "node:crypto";
import type { Insertable, Kysely, Selectable } from "kysely";
import { hashPassword } from "../server/domain/accounts/passwords";
import type {
  Database,
  MembershipRole,
  MembershipsTable,
  NewOpportunity,
  NewUser,
  Opportunity,
  Organisation,
  OrganisationKind,
  OrganisationsTable,
  RoleSlug,
  User,
  UserRolesTable,
  VolunteerProfilesTable,
} from "./schema";
import { slugify } from "./seed/slugify";

// Factories create valid rows for the demo seed and the tests. Each takes the db or a
// transaction; when given a transaction they join it instead of opening their own.

/** The password of every factory user that was not given one. */
export const defaultTestPassword = "noaber-test-wachtwoord";

/** Florabuurt (Oud-Oost): the default place of factory volunteers and opportunities. */
export const defaultBuurtCode = "BU00140403";

export type Membership = Selectable<MembershipsTable>;
export type VolunteerProfile = Selectable<VolunteerProfilesTable>;
export type UserOverrides = Partial<Omit<NewUser, "email">> & { email?: string; password?: string };
/** Factory users always have an e-mail address (people without one join through the invites service). */
export type FactoryUser = User & { email: string };
export type OpportunityOverrides = Partial<NewOpportunity> & { skills?: string[] };
export type CreatedOpportunity = Opportunity & { skills: string[] };

type Db = Kysely<Database>;

const suffix = () => randomUUID().slice(0, 8);

function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** Inserts a user with a unique e-mail; `password` is hashed with argon2id. */
export async function createUser(db: Db, overrides: UserOverrides = {}): Promise<FactoryUser> {
  const { password, ...columns } = overrides;
  const id = suffix();
  return db
    .insertInto("users")
    .values({
      email: `gebruiker-${id}@example.test`,
      display_name: `Testgebruiker ${id}`,
      ...columns,
      password_hash: columns.password_hash ?? (await hashPassword(password ?? defaultTestPassword)),
    })
    .returningAll()
    .$narrowType<{ email: string }>()
    .executeTakeFirstOrThrow();
}

/** Gives a user a role; granting a role twice is harmless. */
export async function grantRole(db: Db, userId: string, role: RoleSlug): Promise<Selectable<UserRolesTable>> {
  await db
    .insertInto("user_roles")
    .values({ user_id: userId, role_slug: role })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return { user_id: userId, role_slug: role };
}

/** A user with the volunteer role, a profile (home buurt Florabuurt unless given) and skills. */
export function createVolunteer(
  db: Db,
  overrides: {
    user?: UserOverrides;
    profile?: Partial<Omit<Insertable<VolunteerProfilesTable>, "user_id">>;
    skills?: string[];
  } = {},
): Promise<{ user: FactoryUser; profile: VolunteerProfile; skills: string[] }> {
  const skills = overrides.skills ?? [];
  return inTransaction(db, async (trx) => {
    const user = await createUser(trx, overrides.user);
    await grantRole(trx, user.id, "volunteer");
    const profile = await trx
      .insertInto("volunteer_profiles")
      .values({ home_buurt_code: defaultBuurtCode, languages: ["nl"], ...overrides.profile, user_id: user.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (skills.length > 0) {
      await trx
        .insertInto("volunteer_skills")
        .values(skills.map((skill_slug) => ({ user_id: user.id, skill_slug })))
        .execute();
    }
    return { user, profile, skills };
  });
}

/**
 * Many volunteers at once (users, role, profile) in three statements, for races and benchmarks.
 * They get no usable password (no argon2 hash per user), so they cannot log in with one.
 */
export function createVolunteers(
  db: Db,
  count: number,
  profile: Partial<Omit<Insertable<VolunteerProfilesTable>, "user_id">> = {},
): Promise<User[]> {
  if (count === 0) return Promise.resolve([]);
  return inTransaction(db, async (trx) => {
    const batch = suffix();
    const users = await trx
      .insertInto("users")
      .values(
        Array.from({ length: count }, (_, i) => ({
          email: `vrijwilliger-${batch}-${i}@example.test`,
          display_name: `Vrijwilliger ${batch}-${i}`,
          password_hash: "!",
        })),
      )
      .returningAll()
      .execute();
    await trx
      .insertInto("user_roles")
      .values(users.map((user) => ({ user_id: user.id, role_slug: "volunteer" as const })))
      .execute();
    await trx
      .insertInto("volunteer_profiles")
      .values(
        users.map((user) => ({ home_buurt_code: defaultBuurtCode, languages: ["nl"], ...profile, user_id: user.id })),
      )
      .execute();
    return users;
  });
}

/** An organisation (kind 'organisation' unless given); a partner gets partner_type 'school' unless given. */
export async function createOrganisation(
  db: Db,
  overrides: Partial<Insertable<OrganisationsTable>> = {},
): Promise<Organisation> {
  const kind = overrides.kind ?? "organisation";
  const name = overrides.name ?? `Testorganisatie ${suffix()}`;
  return db
    .insertInto("organisations")
    .values({
      slug: `${slugify(name)}-${suffix()}`,
      description: "",
      ...overrides,
      name,
      kind,
      partner_type:
        overrides.partner_type !== undefined ? overrides.partner_type : kind === "partner" ? "school" : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Adds (or changes) a user's membership of an organisation. */
export function addMembership(
  db: Db,
  organisationId: string,
  userId: string,
  role: MembershipRole = "coordinator",
): Promise<Membership> {
  return db
    .insertInto("memberships")
    .values({ organisation_id: organisationId, user_id: userId, role })
    .onConflict((oc) => oc.columns(["organisation_id", "user_id"]).doUpdateSet({ role }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function coordinatorRoleFor(kind: OrganisationKind): RoleSlug {
  return kind === "business"
    ? "business_coordinator"
    : kind === "partner"
      ? "partner_coordinator"
      : "organisation_coordinator";
}

/** A user with the coordinator role that fits the organisation's kind, and a coordinator membership. */
export function createCoordinator(
  db: Db,
  organisation: Pick<Organisation, "id" | "kind">,
  overrides: UserOverrides = {},
): Promise<{ user: FactoryUser; membership: Membership }> {
  return inTransaction(db, async (trx) => {
    const user = await createUser(trx, overrides);
    await grantRole(trx, user.id, coordinatorRoleFor(organisation.kind));
    const membership = await addMembership(trx, organisation.id, user.id, "coordinator");
    return { user, membership };
  });
}

function withDefaults(
  input: OpportunityOverrides & { organisation_id: string },
  id: string,
  now: Date,
): NewOpportunity {
  const { skills: _skills, ...overrides } = input;
  const kind = overrides.kind ?? "task";
  const status = overrides.status ?? "open";
  const label = suffix();
  const base = {
    kind,
    status,
    title: kind === "task" ? `Testklus ${label}` : `Testvacature ${label}`,
    description: "Een klus om te testen. Je helpt een paar uur mee.",
    buurt_code: overrides.is_online ? null : defaultBuurtCode,
    published_at: status === "open" ? now : null,
  };
  if (kind === "vacancy") {
    return {
      ...base,
      hours_per_week: 2,
      period: "Minimaal zes maanden",
      selection_steps: "Kennismakingsgesprek",
      ...overrides,
      id,
    };
  }
  const startsAt = new Date(overrides.starts_at ?? now.getTime() + 7 * 24 * 3_600_000);
  return {
    ...base,
    spots: 4,
    ...overrides,
    id,
    starts_at: startsAt,
    ends_at: overrides.ends_at ?? new Date(startsAt.getTime() + 3 * 3_600_000),
  };
}

/**
 * Inserts opportunities with their skills and a search_outbox row each, in one transaction and
 * three statements, so the search index picks them up. A task gets a start a week from now,
 * an end three hours later and 4 spots unless given.
 */
export function createOpportunities(
  db: Db,
  inputs: Array<OpportunityOverrides & { organisation_id: string }>,
): Promise<CreatedOpportunity[]> {
  if (inputs.length === 0) return Promise.resolve([]);
  const now = new Date();
  // Ids are chosen here so skills can be matched to rows without relying on RETURNING order.
  const planned = inputs.map((input) => {
    const id = input.id ?? randomUUID();
    return { id, row: withDefaults(input, id, now), skills: input.skills ?? [] };
  });
  return inTransaction(db, async (trx) => {
    const inserted = await trx
      .insertInto("opportunities")
      .values(planned.map((p) => p.row))
      .returningAll()
      .execute();
    const skillRows = planned.flatMap((p) => p.skills.map((skill_slug) => ({ opportunity_id: p.id, skill_slug })));
    if (skillRows.length > 0) await trx.insertInto("opportunity_skills").values(skillRows).execute();
    await trx
      .insertInto("search_outbox")
      .values(planned.map((p) => ({ opportunity_id: p.id })))
      .execute();
    const byId = new Map(inserted.map((o) => [o.id, o]));
    return planned.map((p) => {
      const opportunity = byId.get(p.id);
      if (!opportunity) throw new Error(`Opportunity ${p.id} was not inserted`);
      return { ...opportunity, skills: p.skills };
    });
  });
}

/** One open opportunity (a task unless `kind` says otherwise); creates an organisation when none is given. */
export async function createOpportunity(db: Db, overrides: OpportunityOverrides = {}): Promise<CreatedOpportunity> {
  return inTransaction(db, async (trx) => {
    const organisationId = overrides.organisation_id ?? (await createOrganisation(trx)).id;
    const [created] = await createOpportunities(trx, [{ ...overrides, organisation_id: organisationId }]);
    if (!created) throw new Error("createOpportunities returned nothing");
    return created;
  });
}

/** A claim on a klus, inserted as is (no spot check): for tests that need claims in a given state. */
export async function createClaim(
  db: Db,
  input: { opportunityId: string; volunteerId: string; status?: "active" | "waitlisted" | "cancelled" },
) {
  return db
    .insertInto("claims")
    .values({
      opportunity_id: input.opportunityId,
      volunteer_id: input.volunteerId,
      status: input.status ?? "active",
      cancelled_at: input.status === "cancelled" ? new Date() : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A session of the user with a given end (a log-in always lasts 30 days): for tests of sessions that run out. */
export async function createSession(db: Db, input: { userId: string; expiresAt: Date }): Promise<{ id: string }> {
  const id = randomUUID();
  await db.insertInto("sessions").values({ id, user_id: input.userId, expires_at: input.expiresAt }).execute();
  return { id };
}
