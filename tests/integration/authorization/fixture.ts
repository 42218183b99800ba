import { randomUUID } from "node:crypto";
import {
  createClaim,
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createUser,
  createVolunteer,
  defaultBuurtCode,
  grantRole,
} from "../../../db/factories";
import type { RoleSlug } from "../../../db/schema";
import type { Actor } from "../../../server/domain/actor";
import type { AppContext } from "../../../server/context";

/** The roles of the matrix, each one logged-in person (anonymous: nobody). */
export const roles = [
  "anonymous",
  "volunteer",
  "coordinator",
  "otherCoordinator",
  "business",
  "partner",
  "gemeente",
] as const;
export type Role = (typeof roles)[number];

/** A resource of the "own" side (the volunteer, organisation A, business A, the partner) and of the "other" side. */
export type Pair = { own: string; other: string };

/** Amsterdam wall-clock times of the fixture's klussen, as the edit form sends them (CEST: UTC+2). */
export const klusTimes = { startsAt: "2030-05-01T10:00", endsAt: "2030-05-01T13:00" };
const klusStart = new Date("2030-05-01T08:00:00Z");
const klusEnd = new Date("2030-05-01T11:00:00Z");
const hour = 3_600_000;

export const listingForm = {
  type: "team_day",
  title: "Matrix: een middag in de moestuin",
  description: "Wij helpen graag met zes mensen.",
  capacityAmount: "6",
  capacityUnit: "people",
  periodStart: "2030-04-01",
  periodEnd: "2030-06-30",
  skills: "tuinieren",
  wijken: "WK001404",
};

const actorOf = (userId: string, ...roleSlugs: RoleSlug[]): Actor => ({ kind: "user", userId, roles: roleSlugs });

/**
 * One fixture for the whole matrix, built with the factories and the real services: for every
 * parameterised route and event an "own" resource (of the volunteer, organisation A, business A, the
 * partner) and an "other" one (of another volunteer, organisation B, business B).
 */
export async function buildFixture(context: AppContext) {
  const { db, services } = context;
  const label = randomUUID().slice(0, 6);

  const volunteer = (await createVolunteer(db)).user;
  const otherVolunteer = (await createVolunteer(db)).user;
  const orgA = await createOrganisation(db, { name: `Matrix organisatie A ${label}` });
  const orgB = await createOrganisation(db, { name: `Matrix organisatie B ${label}` });
  const coordinator = (await createCoordinator(db, orgA)).user;
  const otherCoordinator = (await createCoordinator(db, orgB)).user;
  const businessA = await createOrganisation(db, { kind: "business", name: `Matrix bedrijf A ${label}` });
  const businessB = await createOrganisation(db, { kind: "business", name: `Matrix bedrijf B ${label}` });
  const business = (await createCoordinator(db, businessA)).user;
  const otherBusiness = (await createCoordinator(db, businessB)).user;
  const partnerOrg = await createOrganisation(db, {
    kind: "partner",
    partner_type: "coa",
    name: `Matrix COA ${label}`,
  });
  const partner = (await createCoordinator(db, partnerOrg)).user;
  const gemeente = await createUser(db);
  await grantRole(db, gemeente.id, "gemeente");
  // A business that registered itself and waits for the municipality.
  const pending = await createOrganisation(db, { kind: "business", approved_at: null, name: `Matrix wacht ${label}` });

  const as = {
    volunteer: actorOf(volunteer.id, "volunteer"),
    otherVolunteer: actorOf(otherVolunteer.id, "volunteer"),
    coordinator: actorOf(coordinator.id, "organisation_coordinator"),
    otherCoordinator: actorOf(otherCoordinator.id, "organisation_coordinator"),
    business: actorOf(business.id, "business_coordinator"),
    otherBusiness: actorOf(otherBusiness.id, "business_coordinator"),
    partner: actorOf(partner.id, "partner_coordinator"),
  };

  const task = (organisationId: string, title: string) =>
    createOpportunity(db, {
      organisation_id: organisationId,
      title: `${title} ${label}`,
      starts_at: klusStart,
      ends_at: klusEnd,
      spots: 10,
    });
  const klusA = await task(orgA.id, "Matrix klus A");
  const klusB = await task(orgB.id, "Matrix klus B");
  const klusToCancelA = await task(orgA.id, "Matrix klus om af te melden A");
  // Claimed by whoever the matrix lets claim, away from klus A and its group.
  const klusToClaim = await task(orgA.id, "Matrix klus om aan te melden");
  const vacancyA = await createOpportunity(db, {
    organisation_id: orgA.id,
    kind: "vacancy",
    title: `Matrix vacature A ${label}`,
  });
  const vacancyB = await createOpportunity(db, {
    organisation_id: orgB.id,
    kind: "vacancy",
    title: `Matrix vacature B ${label}`,
  });
  const past = (organisationId: string) =>
    createOpportunity(db, {
      organisation_id: organisationId,
      title: `Matrix voorbij ${label}`,
      starts_at: new Date(Date.now() - 5 * hour),
      ends_at: new Date(Date.now() - 3 * hour),
    });

  const claimA = await createClaim(db, { opportunityId: klusA.id, volunteerId: volunteer.id });
  const claimB = await createClaim(db, { opportunityId: klusB.id, volunteerId: otherVolunteer.id });
  const claimToCancelA = await createClaim(db, { opportunityId: klusToCancelA.id, volunteerId: volunteer.id });
  await createClaim(db, { opportunityId: klusToClaim.id, volunteerId: volunteer.id });
  const pastClaimA = await createClaim(db, { opportunityId: (await past(orgA.id)).id, volunteerId: volunteer.id });
  const pastClaimB = await createClaim(db, {
    opportunityId: (await past(orgB.id)).id,
    volunteerId: otherVolunteer.id,
  });

  const motivation = "Ik help graag mee, ik heb hier ervaring mee.";
  const applicationA = await services.applications.apply(as.volunteer, { opportunityId: vacancyA.id, motivation });
  const applicationB = await services.applications.apply(as.otherVolunteer, {
    opportunityId: vacancyB.id,
    motivation,
  });

  const groupA = await services.conversations.openKlusGroup(as.coordinator, { opportunityId: klusA.id });
  const groupB = await services.conversations.openKlusGroup(as.otherCoordinator, { opportunityId: klusB.id });
  const say = async (actor: Actor, conversationId: string, body: string) =>
    (await services.messaging.send(actor, { conversationId, clientId: randomUUID(), body })).message.id;
  const messageBody = (side: string, use: string) => `Matrix bericht ${side} ${use} ${label}`;
  const messages = Object.fromEntries(
    await Promise.all(
      (["edit", "delete", "hide", "report"] as const).map(async (use) => {
        const own = await say(as.volunteer, groupA.conversationId, messageBody("A", use));
        const other = await say(as.otherVolunteer, groupB.conversationId, messageBody("B", use));
        return [use, { own, other }] as const;
      }),
    ),
  ) as Record<"edit" | "delete" | "hide" | "report", Pair>;

  const wijkChannel = await db
    .selectFrom("conversations")
    .innerJoin("buurten", "buurten.wijk_code", "conversations.wijk_code")
    .where("conversations.kind", "=", "wijk_channel")
    .where("buurten.code", "=", defaultBuurtCode)
    .select("conversations.id")
    .executeTakeFirstOrThrow();
  await services.conversations.setChannelSubscription(as.volunteer, {
    conversationId: wijkChannel.id,
    subscribed: true,
  });
  const card = await services.messaging.postKlusCard(as.coordinator, {
    conversationId: wijkChannel.id,
    opportunityId: klusToClaim.id,
    clientId: randomUUID(),
  });

  // The volunteer's calendar link, and the one it replaced (revoked at once).
  const revokedToken = await services.agenda.rotateCalendarToken(as.volunteer);
  const calendarToken = await services.agenda.rotateCalendarToken(as.volunteer);

  const offerA = await services.listings.create(as.business, { side: "offer", listing: listingForm });
  const offerB = await services.listings.create(as.otherBusiness, { side: "offer", listing: listingForm });
  const requestA = await services.listings.create(as.coordinator, { side: "request", listing: listingForm });
  const requestB = await services.listings.create(as.otherCoordinator, { side: "request", listing: listingForm });

  const expiresOn = new Date(Date.now() + 30 * 24 * hour).toISOString().slice(0, 10);
  const invite = await services.invites.create(as.partner, { organisationId: partnerOrg.id, expiresOn, maxUses: 5 });
  const teamA = await services.teamClaims.create(as.partner, {
    opportunityId: klusA.id,
    teamName: "Matrix team COA",
    spots: 2,
  });
  const teamB = await services.teamClaims.create(as.otherBusiness, {
    opportunityId: klusB.id,
    teamName: "Matrix team bedrijf B",
    spots: 2,
  });

  return {
    label,
    users: { volunteer, otherVolunteer, coordinator, otherCoordinator, business, otherBusiness, partner, gemeente },
    organisation: { own: orgA.id, other: orgB.id },
    business: { own: businessA.id, other: businessB.id },
    partnerOrganisation: partnerOrg.id,
    pendingRegistration: pending.id,
    klus: { own: klusA.id, other: klusB.id },
    klusToClaim: klusToClaim.id,
    vacancy: { own: vacancyA.id, other: vacancyB.id },
    claim: { own: claimA.id, other: claimB.id },
    claimToCancel: { own: claimToCancelA.id, other: claimB.id },
    pastClaim: { own: pastClaimA.id, other: pastClaimB.id },
    application: { own: applicationA.id, other: applicationB.id },
    klusGroup: { own: groupA.conversationId, other: groupB.conversationId },
    messages,
    wijkChannel: wijkChannel.id,
    card: card.message.id,
    calendarToken: { own: calendarToken, other: revokedToken },
    offer: { own: offerA.id, other: offerB.id },
    request: { own: requestA.id, other: requestB.id },
    inviteCode: invite.code,
    teamClaim: { own: teamA.teamClaimId, other: teamB.teamClaimId },
    /** Texts of resources that a refusal must never show. */
    secrets: [
      klusB.title,
      vacancyB.title,
      ...Object.values(messages).map((_, i) => messageBody("B", ["edit", "delete", "hide", "report"][i]!)),
      ...Object.values(messages).map((_, i) => messageBody("A", ["edit", "delete", "hide", "report"][i]!)),
      orgB.name,
    ],
  };
}

export type Fixture = Awaited<ReturnType<typeof buildFixture>>;

/** The e-mail address each role logs in with. */
export function emailOf(fixture: Fixture, role: Exclude<Role, "anonymous">): string {
  return fixture.users[role].email;
}
