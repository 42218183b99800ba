import type { ListingSide } from "../../../db/schema";
import { requireBusinessCoordinator, requireOrganisationCoordinator, requireUser, type Actor } from "../actor";
import { forbidden, invalid, notFound } from "../errors";
import type { ConversationsService } from "../messaging/conversations.service";
import { parseInput } from "../parse-input";
import type { ServiceDependencies } from "../services";
import * as repo from "./listings.repository";
import { listingIdSchema, listingSchemaFor, matchRefSchema, type MatchRef } from "./listings.schemas";
import { matchOfferAndRequest, rankMatches } from "./matching";

const otherSide = (side: ListingSide): ListingSide => (side === "offer" ? "request" : "offer");

/** Today in Amsterdam, YYYY-MM-DD: a period ending today still counts. */
function amsterdamToday(now: Date) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(now);
}

/**
 * Offers of businesses and requests of organisations for businesses: publishing, editing, closing,
 * the ranked matches each side sees, and a conversation started from a match. A business's
 * coordinators manage its offers, an organisation's coordinators its requests; nobody sees or
 * changes another's through these use cases.
 */
export function createListingsService(
  deps: Pick<ServiceDependencies, "db"> & {
    conversations: Pick<ConversationsService, "startBetweenOrganisationAndBusiness">;
  },
) {
  const { db, conversations } = deps;

  /** The organisation this person manages `side` listings for, or "not allowed". */
  async function ownOrganisation(actor: Actor, side: ListingSide) {
    const user = side === "offer" ? requireBusinessCoordinator(actor) : requireOrganisationCoordinator(actor);
    const organisation = await repo.coordinatedOrganisation(
      db,
      user.userId,
      side === "offer" ? "business" : "organisation",
    );
    if (!organisation)
      throw forbidden(side === "offer" ? "Not a business's coordinator" : "Not an organisation's coordinator");
    return { user, organisation };
  }

  async function parseListing(side: ListingSide, input: unknown) {
    const listing = parseInput(listingSchemaFor(side), input);
    const known = await repo.knownTags(db, listing.skills, listing.wijken);
    const fieldErrors: Record<string, string[]> = {};
    if (!known.skills) fieldErrors.skills = ["businesses:errors.skills.invalid"];
    if (!known.wijken) fieldErrors.wijken = ["businesses:errors.wijken.invalid"];
    if (Object.keys(fieldErrors).length > 0) throw invalid("Unknown skills or wijken", fieldErrors);
    return listing;
  }

  /** One of this organisation's own listings, locked; another's is "not allowed", not "not found". */
  async function lockOwn(actor: Actor, side: ListingSide, id: unknown, trx: Parameters<typeof repo.lockListing>[0]) {
    const { organisation } = await ownOrganisation(actor, side);
    const parsedId = listingIdSchema.safeParse(id);
    if (!parsedId.success) throw notFound("Listing");
    const row = await repo.lockListing(trx, parsedId.data);
    if (!row || row.side !== side) throw notFound("Listing");
    if (row.organisationId !== organisation.id) throw forbidden("This belongs to another organisation");
    return row;
  }

  return {
    /** The organisation's own listings and what matches them, best first. */
    async overview(actor: Actor, input: { side: ListingSide }, now = new Date()) {
      const { organisation } = await ownOrganisation(actor, input.side);
      const today = amsterdamToday(now);
      const [own, others] = await Promise.all([
        repo.listForOrganisation(db, organisation.id, input.side),
        repo.listOpen(db, otherSide(input.side), today, organisation.id),
      ]);
      const openOwn = own.filter((listing) => listing.status === "open" && listing.periodEnd >= today);
      return { organisation, listings: own, matches: rankMatches(openOwn, others, input.side) };
    },

    /** The organisation a new `side` listing would be published for; refuses who may not publish one. */
    async publisherFor(actor: Actor, input: { side: ListingSide }) {
      return (await ownOrganisation(actor, input.side)).organisation;
    },

    /** One own listing, for its edit page. */
    async getOwn(actor: Actor, input: { side: ListingSide; id: string }) {
      const { organisation } = await ownOrganisation(actor, input.side);
      const parsedId = listingIdSchema.safeParse(input.id);
      if (!parsedId.success) throw notFound("Listing");
      const listing = await repo.findListing(db, parsedId.data);
      if (!listing || listing.side !== input.side) throw notFound("Listing");
      if (listing.organisationId !== organisation.id) throw forbidden("This belongs to another organisation");
      return listing;
    },

    async create(actor: Actor, input: { side: ListingSide; listing: unknown }) {
      const { user, organisation } = await ownOrganisation(actor, input.side);
      const listing = await parseListing(input.side, input.listing);
      const id = await db
        .transaction()
        .execute((trx) =>
          repo.insertListing(
            trx,
            { organisationId: organisation.id, side: input.side, createdBy: user.userId },
            listing,
          ),
        );
      return { id };
    },

    async update(actor: Actor, input: { side: ListingSide; id: string; listing: unknown }) {
      const listing = await parseListing(input.side, input.listing);
      await db.transaction().execute(async (trx) => {
        const row = await lockOwn(actor, input.side, input.id, trx);
        if (row.status === "closed") throw invalid("Closed", { form: ["businesses:errors.closed"] });
        await repo.updateListing(trx, row.id, listing);
      });
      return { id: input.id };
    },

    async close(actor: Actor, input: { side: ListingSide; id: string }) {
      await db.transaction().execute(async (trx) => {
        const row = await lockOwn(actor, input.side, input.id, trx);
        if (row.status !== "closed") await repo.closeListing(trx, row.id);
      });
      return { id: input.id };
    },

    /**
     * A coordinator of either side starts (or reopens) the conversation between the business and
     * the organisation, only from a pair that matches: nobody cold-messages through this.
     */
    async startConversation(actor: Actor, input: MatchRef, now = new Date()) {
      const user = requireUser(actor);
      const { offerId, requestId } = parseInput(matchRefSchema, input);
      const [offer, request] = await Promise.all([repo.findListing(db, offerId), repo.findListing(db, requestId)]);
      if (!offer || offer.side !== "offer" || !request || request.side !== "request") throw notFound("Match");
      const mine = await Promise.all([
        repo.coordinatedOrganisation(db, user.userId, "business"),
        repo.coordinatedOrganisation(db, user.userId, "organisation"),
      ]);
      const ownIds = mine.flatMap((organisation) => (organisation ? [organisation.id] : []));
      if (!ownIds.includes(offer.organisationId) && !ownIds.includes(request.organisationId)) {
        throw forbidden("Only the coordinators of the business or the organisation may do this");
      }
      const today = amsterdamToday(now);
      const stillOpen = [offer, request].every((listing) => listing.status === "open" && listing.periodEnd >= today);
      if (!stillOpen || !matchOfferAndRequest(offer, request)) {
        throw invalid("These do not match", { form: ["businesses:errors.noMatch"] });
      }
      return conversations.startBetweenOrganisationAndBusiness(actor, {
        organisationId: request.organisationId,
        businessId: offer.organisationId,
      });
    },
  };
}

export type ListingsService = ReturnType<typeof createListingsService>;
