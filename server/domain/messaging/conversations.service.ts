import { parseInput } from "../parse-input";
import { requireUser, requireVolunteer, type Actor } from "../actor";
import type { BackgroundTasks } from "../background";
import type { NotificationsService } from "../notifications/notifications.service";
import { forbidden, invalid, notFound } from "../errors";
import type { ServiceDependencies } from "../services";
import * as conversations from "./conversations.repository";
import * as membership from "./membership.repository";
import {
  conversationRefSchema,
  directWithOrganisationSchema,
  directWithVolunteerSchema,
  personRefSchema,
  type ConversationRefInput,
  type DirectWithOrganisationInput,
  type DirectWithVolunteerInput,
  type PersonRefInput,
} from "./messaging.schemas";

/**
 * Which conversations exist and who is in them: channels joined by choice, klus groups that follow
 * the claims, direct conversations (volunteer and organisation; two volunteers only when both
 * agreed), and blocks. No phone number or e-mail address is ever part of a conversation.
 */
export function createConversationsService(
  deps: Pick<ServiceDependencies, "db" | "events" | "logger"> & {
    background: BackgroundTasks;
    notifications?: NotificationsService;
  },
) {
  const { db, events, logger, background, notifications } = deps;

  function publishMembers(conversationId: string, joined: string[], left: string[] = []) {
    try {
      events.publish("conversation.members_changed", { conversationId, joined, left });
    } catch (error) {
      logger.error({ err: error }, "a domain event listener failed");
    }
  }

  /** The other person must be a volunteer too; the actor's own roles are checked by `requireVolunteer`. */
  async function requireOtherIsVolunteer(userId: string) {
    if (!(await membership.userHasRole(db, userId, "volunteer"))) throw forbidden("Only volunteers may do this");
  }

  /** A new klus group: its coordinators' open sockets join its room too. */
  async function ensureKlusGroup(opportunityId: string) {
    const group = await conversations.ensureKlusGroup(db, opportunityId);
    const organisationId = group.created ? await conversations.organisationOfKlus(db, opportunityId) : undefined;
    const coordinators = organisationId ? await conversations.coordinatorIds(db, organisationId) : [];
    if (coordinators.length > 0) publishMembers(group.id, coordinators);
    return group.id;
  }

  // The klus group exists as soon as someone belongs to it, so it is listed for them at once.
  events.subscribe("klus.members_changed", ({ opportunityId, joined, left }) => {
    background.run("update a klus group", async () => {
      publishMembers(await ensureKlusGroup(opportunityId), joined, left);
    });
  });

  const service = {
    async listWijkChannels(actor: Actor) {
      const user = requireUser(actor);
      return conversations.listWijkChannels(db, user.userId);
    },

    /** Joining and leaving a wijk or organisation channel. */
    async setChannelSubscription(actor: Actor, input: ConversationRefInput & { subscribed: boolean }) {
      const user = requireUser(actor);
      const { conversationId } = parseInput(conversationRefSchema, input);
      const conversation = await membership.findConversationFor(db, conversationId, user.userId);
      if (!conversation) throw notFound("Conversation");
      if (conversation.kind !== "wijk_channel" && conversation.kind !== "organisation_channel") {
        throw invalid("Only channels can be joined", { form: ["messaging:errors.notAChannel"] });
      }
      await conversations.setSubscribed(db, conversationId, user.userId, input.subscribed);
      publishMembers(conversationId, input.subscribed ? [user.userId] : [], input.subscribed ? [] : [user.userId]);
      return { conversationId, subscribed: input.subscribed };
    },

    /** The klus group of a klus, for its coordinators and active claimants. */
    async openKlusGroup(actor: Actor, input: { opportunityId: string }) {
      const user = requireUser(actor);
      const { conversationId: opportunityId } = parseInput(conversationRefSchema, {
        conversationId: input.opportunityId,
      });
      const klus = await db
        .selectFrom("opportunities")
        .select(["id", "kind"])
        .where("id", "=", opportunityId)
        .executeTakeFirst();
      if (!klus || klus.kind !== "task") throw notFound("Klus");
      const conversationId = await ensureKlusGroup(opportunityId);
      const conversation = await membership.findConversationFor(db, conversationId, user.userId);
      if (!conversation?.isMember) throw forbidden("Only people who claimed the klus and its coordinators");
      return { conversationId };
    },

    /** An organisation's own channel, opened by one of its coordinators. */
    async openOrganisationChannel(actor: Actor, input: { organisationId: string }) {
      const user = requireUser(actor);
      const { organisationId } = parseInput(directWithOrganisationSchema, input);
      if (!(await membership.isCoordinator(db, organisationId, user.userId))) {
        throw forbidden("Only the organisation's coordinators may open its channel");
      }
      const conversationId = await conversations.ensureOrganisationChannel(db, organisationId);
      publishMembers(conversationId, await conversations.coordinatorIds(db, organisationId));
      return { conversationId };
    },

    /**
     * An organisation and a business talk, started by a coordinator of either; the businesses
     * service decides when they may (from a match).
     */
    async startBetweenOrganisationAndBusiness(actor: Actor, input: { organisationId: string; businessId: string }) {
      const user = requireUser(actor);
      const { organisationId } = parseInput(directWithOrganisationSchema, { organisationId: input.organisationId });
      const { organisationId: businessId } = parseInput(directWithOrganisationSchema, {
        organisationId: input.businessId,
      });
      const coordinatesOne =
        (await membership.isCoordinator(db, organisationId, user.userId)) ||
        (await membership.isCoordinator(db, businessId, user.userId));
      if (!coordinatesOne) throw forbidden("Only the coordinators of the organisation or the business may do this");
      const conversationId = await conversations.ensureBusinessDirect(db, organisationId, businessId);
      publishMembers(conversationId, [
        ...(await conversations.coordinatorIds(db, organisationId)),
        ...(await conversations.coordinatorIds(db, businessId)),
      ]);
      return { conversationId };
    },

    /** A volunteer writes to an organisation. */
    async startWithOrganisation(actor: Actor, input: DirectWithOrganisationInput) {
      const user = requireVolunteer(actor);
      const { organisationId } = parseInput(directWithOrganisationSchema, input);
      if (!(await conversations.organisationExists(db, organisationId))) throw notFound("Organisation");
      if (await membership.isCoordinator(db, organisationId, user.userId)) {
        throw invalid("You are a coordinator of this organisation", { form: ["messaging:errors.ownOrganisation"] });
      }
      const conversationId = await conversations.ensureDirectWithOrganisation(db, user.userId, organisationId);
      publishMembers(conversationId, [user.userId, ...(await conversations.coordinatorIds(db, organisationId))]);
      return { conversationId };
    },

    /**
     * A coordinator writes to a volunteer, but only one who applied to or claimed one of the
     * organisation's opportunities: organisations cannot cold-message residents.
     */
    async startWithVolunteer(actor: Actor, input: DirectWithOrganisationInput & DirectWithVolunteerInput) {
      const user = requireUser(actor);
      const { organisationId } = parseInput(directWithOrganisationSchema, { organisationId: input.organisationId });
      const { volunteerId } = parseInput(directWithVolunteerSchema, { volunteerId: input.volunteerId });
      if (!(await membership.isCoordinator(db, organisationId, user.userId))) {
        throw forbidden("Only the organisation's coordinators may do this");
      }
      const related = await db
        .selectFrom("opportunities")
        .select("opportunities.id")
        .where("opportunities.organisation_id", "=", organisationId)
        .where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom("applications")
                .select("applications.id")
                .whereRef("applications.opportunity_id", "=", "opportunities.id")
                .where("applications.volunteer_id", "=", volunteerId),
            ),
            eb.exists(
              eb
                .selectFrom("claims")
                .select("claims.id")
                .whereRef("claims.opportunity_id", "=", "opportunities.id")
                .where("claims.volunteer_id", "=", volunteerId),
            ),
          ]),
        )
        .executeTakeFirst();
      if (!related) throw forbidden("The volunteer has not applied to or claimed anything of yours");
      const conversationId = await conversations.ensureDirectWithOrganisation(db, volunteerId, organisationId);
      publishMembers(conversationId, [volunteerId, ...(await conversations.coordinatorIds(db, organisationId))]);
      return { conversationId };
    },

    /** "Stuur een bericht" beside an application: the same as startWithVolunteer, found by the application. */
    async startWithApplicant(actor: Actor, input: { applicationId: string }) {
      const { conversationId: applicationId } = parseInput(conversationRefSchema, {
        conversationId: input.applicationId,
      });
      const application = await db
        .selectFrom("applications")
        .innerJoin("opportunities", "opportunities.id", "applications.opportunity_id")
        .select(["applications.volunteer_id as volunteerId", "opportunities.organisation_id as organisationId"])
        .where("applications.id", "=", applicationId)
        .executeTakeFirst();
      if (!application) throw notFound("Application");
      return service.startWithVolunteer(actor, application);
    },

    /**
     * "You may message me privately": one side of the agreement two volunteers both must give. The
     * other is told (without any contact details) and can agree from where they met.
     */
    async allowContact(actor: Actor, input: PersonRefInput & { metInConversationId?: string }) {
      const user = requireVolunteer(actor);
      const { userId } = parseInput(personRefSchema, input);
      if (userId === user.userId) throw invalid("That is you");
      await requireOtherIsVolunteer(userId);
      await conversations.addConsent(db, user.userId, userId);
      const mutual = await conversations.bothConsented(db, user.userId, userId);
      if (!mutual && notifications) {
        const name = await membership.displayNameOf(db, user.userId);
        const met = input.metInConversationId
          ? parseInput(conversationRefSchema, { conversationId: input.metInConversationId })
          : null;
        const added = await db.transaction().execute((trx) =>
          notifications.addInTransaction(trx, [
            {
              userId,
              kind: "contactRequested",
              data: { name },
              link: met ? `/gesprekken/${met.conversationId}` : "/gesprekken",
            },
          ]),
        );
        notifications.announce(added);
      }
      return { mutual };
    },

    async startWithVolunteerAsVolunteer(actor: Actor, input: DirectWithVolunteerInput) {
      const user = requireVolunteer(actor);
      const { volunteerId } = parseInput(directWithVolunteerSchema, input);
      if (volunteerId === user.userId) throw invalid("That is you");
      await requireOtherIsVolunteer(volunteerId);
      if (!(await conversations.bothConsented(db, user.userId, volunteerId))) {
        throw forbidden("Volunteers message each other privately only when both agreed");
      }
      const conversationId = await conversations.ensureDirectBetweenVolunteers(db, user.userId, volunteerId);
      publishMembers(conversationId, [user.userId, volunteerId]);
      return { conversationId };
    },

    async block(actor: Actor, input: PersonRefInput) {
      const user = requireUser(actor);
      const { userId } = parseInput(personRefSchema, input);
      if (userId === user.userId) throw invalid("That is you");
      await conversations.block(db, user.userId, userId);
      return { blocked: true };
    },

    async unblock(actor: Actor, input: PersonRefInput) {
      const user = requireUser(actor);
      const { userId } = parseInput(personRefSchema, input);
      await conversations.unblock(db, user.userId, userId);
      return { blocked: false };
    },

    async blockedPeople(actor: Actor) {
      const user = requireUser(actor);
      return conversations.blockedPeople(db, user.userId);
    },

    async blockedIds(actor: Actor) {
      if (actor.kind !== "user") return [];
      return conversations.blockedIds(db, actor.userId);
    },

    /** For joining a socket to its rooms on connect. */
    memberConversationIds(userId: string) {
      return membership.memberConversationIds(db, userId);
    },
  };
  return service;
}

export type ConversationsService = ReturnType<typeof createConversationsService>;
