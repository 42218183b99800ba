import type { ListingSide } from "../../../server/domain/businesses/listings.schemas";
import type { ForbiddenReason } from "../../utils/request-problems";

/**
 * Where each side's pages live, and what a refused visitor is told: `forbidden` for someone of the
 * wrong kind, `notYours` for another business's or organisation's listing.
 */
export const listingPages: Record<
  ListingSide,
  { base: string; forbidden: ForbiddenReason; notYours: ForbiddenReason; texts: string }
> = {
  offer: { base: "/bedrijf/aanbod", forbidden: "businessOnly", notYours: "notYourBusiness", texts: "offers" },
  request: {
    base: "/organisatie/vragen",
    forbidden: "organisationOnly",
    notYours: "notYourOrganisation",
    texts: "requests",
  },
};
