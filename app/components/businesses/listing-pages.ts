import type { ListingSide } from "../../../server/domain/businesses/listings.schemas";
import type { ForbiddenReason } from "../../utils/request-problems";

/** Where each side's pages live, and what a refused visitor is told. */
export const listingPages: Record<ListingSide, { base: string; forbidden: ForbiddenReason; texts: string }> = {
  offer: { base: "/bedrijf/aanbod", forbidden: "businessOnly", texts: "offers" },
  request: { base: "/organisatie/vragen", forbidden: "organisationOnly", texts: "requests" },
};
