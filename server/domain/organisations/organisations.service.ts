import type { Actor } from "../actor";
import type { ApplicationsService } from "../applications/applications.service";
import { isCoordinator } from "../applications/applications.repository";
import { notFound } from "../errors";
import type { ServiceDependencies } from "../services";
import * as repo from "./organisations.repository";
import { organisationIdSchema } from "./organisations.schemas";
import type { OrganisationPage } from "./organisations.types";

/** The public side of organisations: who they are, what they ask, and how fast they answer. */
export function createOrganisationsService(
  deps: Pick<ServiceDependencies, "db"> & { applications: Pick<ApplicationsService, "responseStats"> },
) {
  const { db, applications } = deps;

  return {
    /** The public page of one organisation, for anyone; an unknown or malformed id is not_found. */
    async getPage(actor: Actor, input: { id: string }, now = new Date()): Promise<OrganisationPage> {
      const id = organisationIdSchema.safeParse(input.id);
      if (!id.success) throw notFound("Organisation");
      const organisation = await repo.findOrganisation(db, id.data);
      if (!organisation) throw notFound("Organisation");
      const [cards, stats, canManage] = await Promise.all([
        repo.listListedCards(db, organisation.id, now),
        applications.responseStats(organisation.id, now),
        actor.kind === "user" ? isCoordinator(db, organisation.id, actor.userId) : false,
      ]);
      return {
        ...organisation,
        ...cards,
        response: { rate: stats.rate, medianHours: stats.medianHours },
        canManage,
      };
    },
  };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
