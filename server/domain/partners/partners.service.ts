import { z } from "zod";
import { requireGroupCoordinator, type Actor } from "../actor";
import { forbidden, notFound } from "../errors";
import * as invitesRepo from "../invites/invites.repository";
import type { NotificationsService } from "../notifications/notifications.service";
import { parseInput } from "../parse-input";
import type { ServiceDependencies } from "../services";
import * as repo from "./partners.repository";

export const recommendSchema = z.object({
  organisationId: z.string().uuid("partners:errors.unknown"),
  opportunityId: z.string().uuid("partners:errors.unknown"),
});

/** "Voor uw groep": what suits a partner's members, and passing one on to them. */
export function createPartnersService(
  deps: Pick<ServiceDependencies, "db"> & {
    notifications: Pick<NotificationsService, "notify">;
  },
) {
  const { db, notifications } = deps;

  async function requireGroup(actor: Actor, organisationId: string) {
    const user = requireGroupCoordinator(actor);
    if (!z.string().uuid().safeParse(organisationId).success) throw notFound("Organisation");
    const group = await invitesRepo.coordinatedGroup(db, organisationId, user.userId);
    if (!group) throw forbidden("Only a coordinator of this business or partner may do this");
    return group;
  }

  return {
    async forGroup(actor: Actor, input: { organisationId: string }, now = new Date()) {
      const group = await requireGroup(actor, input.organisationId);
      const organisation = await db
        .selectFrom("organisations")
        .select("buurt_code")
        .where("id", "=", group.id)
        .executeTakeFirstOrThrow();
      const languages = await repo.memberLanguages(db, group.id);
      const opportunities = await repo.listForGroup(
        db,
        { buurtCode: organisation.buurt_code, partnerType: group.partnerType, languages },
        now,
      );
      return { group, languages, opportunities };
    },

    /**
     * Tells every member of the group "recommended by <partner>" in the app (members without e-mail
     * read it there). Returns how many members were told.
     */
    async recommend(actor: Actor, input: z.input<typeof recommendSchema>): Promise<number> {
      const data = parseInput(recommendSchema, input);
      const group = await requireGroup(actor, data.organisationId);
      const opportunity = await repo.findOpenOpportunity(db, data.opportunityId);
      if (!opportunity) throw notFound("Opportunity");
      const link = `${opportunity.kind === "task" ? "/klussen" : "/vacatures"}/${opportunity.id}`;
      return notifications.notify(async (trx) =>
        (await repo.memberIds(trx, group.id)).map((userId) => ({
          userId,
          kind: "recommendedByPartner",
          data: { title: opportunity.title, partner: group.name },
          link,
        })),
      );
    },
  };
}

export type PartnersService = ReturnType<typeof createPartnersService>;
