import { assertUser, type Actor } from "../actor";
import { forbidden, invalid, notFound } from "../errors";
import { enqueueSearchUpdate } from "../search/search.outbox";
import type { ServiceDependencies } from "../services";
import { fieldErrorsOf } from "./field-errors";
import { checkReferences, createOpportunityManagement } from "./opportunities.manage";
import * as repo from "./opportunities.repository";
import {
  limits,
  listNewestSchema,
  opportunityIdSchema,
  publishOpportunitySchema,
  type ListNewestInput,
  type PublishOpportunityRequest,
} from "./opportunities.schemas";
import { occurrences } from "./opportunities.series";
import type { OpportunityCard, OpportunityDetail, PublishableOrganisation } from "./opportunities.types";

export { fieldErrorsOf } from "./field-errors";

/** Vacatures and klussen: publishing, the detail page, cards for lists and live updates. */
export function createOpportunitiesService(deps: Pick<ServiceDependencies, "db" | "events" | "logger">) {
  const { db, events, logger } = deps;

  // The transaction has committed: a failing listener must not turn a success into an error.
  function publishAfterCommit(publish: () => void) {
    try {
      publish();
    } catch (error) {
      logger.error({ err: error }, "a domain event listener failed");
    }
  }

  async function isCoordinator(actor: Actor, organisationId: string) {
    if (actor.kind !== "user") return false;
    return (await repo.findMembershipRole(db, organisationId, actor.userId)) === "coordinator";
  }

  return {
    ...createOpportunityManagement({ db, isCoordinator, events }),

    /**
     * Publishes a vacature or klus for an organisation the actor coordinates: the opportunity,
     * its skills and a search outbox row in one transaction; "opportunity.published" after commit.
     * A repeating klus becomes an opportunity_series row and one dated klus per occurrence
     * (`ids`, in date order; `id` is the first).
     */
    async publish(
      actor: Actor,
      request: PublishOpportunityRequest,
    ): Promise<{ id: string; kind: "task" | "vacancy"; ids: string[] }> {
      assertUser(actor);
      const parsed = publishOpportunitySchema.safeParse(request);
      if (!parsed.success) throw invalid("The opportunity is not valid", fieldErrorsOf(parsed.error.issues));
      const input = parsed.data;

      const ids = await db.transaction().execute(async (trx) => {
        const role = await repo.findMembershipRole(trx, input.organisationId, actor.userId);
        if (role !== "coordinator") throw forbidden("Only a coordinator of the organisation may publish for it");
        await checkReferences(trx, input);

        const { organisationId, series, ...fields } = input;
        if (!series || !fields.startsAt || !fields.endsAt) {
          const opportunityId = await repo.insertOpportunity(trx, organisationId, fields, { createdBy: actor.userId });
          await enqueueSearchUpdate(trx, [opportunityId]);
          return [opportunityId];
        }
        // A repeating klus is a series of ordinary dated klussen, each claimed on its own.
        const seriesId = await repo.insertSeries(trx, { organisationId, ...series });
        const dates = occurrences(
          { startsAt: fields.startsAt, endsAt: fields.endsAt },
          series.recurrence,
          series.repeatUntil,
          limits.occurrences.max,
        );
        const created: string[] = [];
        for (const date of dates) {
          created.push(
            await repo.insertOpportunity(
              trx,
              organisationId,
              { ...fields, ...date },
              { createdBy: actor.userId, seriesId },
            ),
          );
        }
        await enqueueSearchUpdate(trx, created);
        return created;
      });

      const [id] = ids as [string, ...string[]];
      // One live notice per publication, not one per date of a series.
      publishAfterCommit(() => events.publish("opportunity.published", { opportunityId: id }));
      return { id, kind: input.kind, ids };
    },

    /** The detail page; drafts, unpublished and hidden (moderation) rows are only visible to the organisation's coordinators. */
    async getDetail(actor: Actor, id: string): Promise<OpportunityDetail> {
      if (!opportunityIdSchema.safeParse(id).success) throw notFound("Opportunity");
      const detail = await repo.findDetail(db, id, actor.kind === "user" ? actor.userId : null);
      if (!detail) throw notFound("Opportunity");
      const canManage = detail.viewerRole === "coordinator";
      const unlisted = detail.status === "draft" || detail.publishedAt === null || detail.hiddenByModeration;
      if (unlisted && !canManage) throw notFound("Opportunity");
      const { organisationId: _organisationId, viewerRole: _viewerRole, ...rest } = detail;
      return { ...rest, canManage };
    },

    /** The card of a listed (open, published, not ended) opportunity, or null. */
    async getCard(id: string): Promise<OpportunityCard | null> {
      if (!opportunityIdSchema.safeParse(id).success) return null;
      const [card] = await repo.findListedCards(db, [id]);
      return card ?? null;
    },

    /** Newest open vacatures or klussen for the home page; klussen that are over are left out. */
    async listNewest(input: ListNewestInput = {}): Promise<OpportunityCard[]> {
      const { kind, limit } = listNewestSchema.parse(input);
      return repo.listNewestCards(db, { kind, limit });
    },

    /** The organisations the actor coordinates, for the publish form. */
    async listMyOrganisations(actor: Actor): Promise<PublishableOrganisation[]> {
      assertUser(actor);
      return repo.listCoordinatedOrganisations(db, actor.userId);
    },
  };
}

export type OpportunitiesService = ReturnType<typeof createOpportunitiesService>;
