import type { Locale, RoleSlug } from "../../../db/schema";
import { slugify } from "../../../db/seed/slugify";
import type { AccountsService, SignedIn } from "../accounts/accounts.service";
import { assertUser, requireGemeente, type Actor } from "../actor";
import { conflict, invalid, notFound } from "../errors";
import { parseInput } from "../parse-input";
import type { NotificationsService } from "../notifications/notifications.service";
import type { ServiceDependencies } from "../services";
import { recordAudit } from "../moderation/audit-log.repository";
import * as repo from "./registrations.repository";
import {
  decideRegistrationSchema,
  registerOrganisationSchema,
  type DecideRegistrationInput,
  type RegisterOrganisationInput,
} from "./registrations.schemas";

const coordinatorRole: Record<"business" | "partner", RoleSlug> = {
  business: "business_coordinator",
  partner: "partner_coordinator",
};

/**
 * Businesses (Omarm Groningen) and partners (COA, student associations, schools) register themselves;
 * the municipality approves or refuses each. Until approved, the coordinator cannot act for it
 * (the membership checks in organisations/memberships.repository.ts require an approved organisation).
 */
export function createRegistrationsService(
  deps: Pick<ServiceDependencies, "db"> & {
    accounts: Pick<AccountsService, "openAccount">;
    notifications: Pick<NotificationsService, "addInTransaction" | "announce">;
  },
) {
  const { db, accounts, notifications } = deps;

  return {
    /** Creates the coordinator's account, the organisation (pending) and the membership, and logs them in. */
    async register(
      _actor: Actor,
      input: RegisterOrganisationInput & { locale?: Locale; previousSessionId?: string },
    ): Promise<SignedIn & { organisationId: string }> {
      const data = parseInput(registerOrganisationSchema, input);
      if (!(await repo.buurtExists(db, data.buurtCode))) {
        throw invalid("Unknown buurt", { buurtCode: ["registrations:errors.buurt.required"] });
      }
      let organisationId = "";
      const signedIn = await accounts.openAccount({
        email: data.email,
        displayName: data.displayName,
        password: data.password,
        locale: input.locale ?? "nl",
        roles: [coordinatorRole[data.kind]],
        previousSessionId: input.previousSessionId,
        withinTransaction: async (trx, userId) => {
          organisationId = await repo.insertPendingOrganisation(trx, {
            slug: await repo.freeSlug(trx, slugify(data.organisationName) || data.kind),
            name: data.organisationName,
            kind: data.kind,
            partnerType: data.kind === "partner" ? (data.partnerType ?? null) : null,
            description: data.description,
            buurtCode: data.buurtCode,
          });
          await trx
            .insertInto("memberships")
            .values({ organisation_id: organisationId, user_id: userId, role: "coordinator" })
            .execute();
        },
      });
      return { ...signedIn, organisationId };
    },

    /** Businesses and partners waiting for the municipality, oldest first. */
    async listPending(actor: Actor): Promise<repo.PendingRegistration[]> {
      requireGemeente(actor);
      return repo.listPending(db);
    },

    /**
     * Approves or refuses one registration, recording who and when, and tells its coordinators in the
     * app; deciding twice is a conflict.
     */
    async decide(actor: Actor, input: DecideRegistrationInput): Promise<void> {
      const gemeente = requireGemeente(actor);
      const data = parseInput(decideRegistrationSchema, input);
      const added = await db.transaction().execute(async (trx) => {
        const decided = await repo.decide(
          trx,
          data.organisationId,
          data.decision === "approve"
            ? { approve: true, by: gemeente.userId }
            : { approve: false, by: gemeente.userId, reason: data.reason },
        );
        if (!decided) return null;
        await recordAudit(trx, {
          actorId: gemeente.userId,
          action: data.decision === "approve" ? "approve_registration" : "reject_registration",
          subjectType: "organisation",
          subjectId: data.organisationId,
          note: data.decision === "reject" ? (data.reason ?? "") : "",
        });
        const coordinators = await repo.coordinatorsOf(trx, data.organisationId);
        return notifications.addInTransaction(
          trx,
          coordinators.map((coordinator) => ({
            userId: coordinator.userId,
            kind: data.decision === "approve" ? "registrationApproved" : "registrationRejected",
            data: { name: coordinator.organisationName },
            link: "/groep",
          })),
        );
      });
      if (added) {
        notifications.announce(added);
        return;
      }
      const exists = await db
        .selectFrom("organisations")
        .select("id")
        .where("id", "=", data.organisationId)
        .executeTakeFirst();
      if (!exists) throw notFound("Organisation");
      throw conflict("This registration was already decided");
    },

    /** Where the actor's own organisations stand: a pending coordinator is shown the waiting page. */
    async myStatuses(actor: Actor): Promise<repo.RegistrationStatus[]> {
      assertUser(actor);
      return repo.statusesOf(db, actor.userId);
    },
  };
}

export type RegistrationsService = ReturnType<typeof createRegistrationsService>;
