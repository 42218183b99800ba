import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import type { ListingSide } from "../../../server/domain/businesses/listings.schemas";
import { ListingForm, type ListingFormData } from "./ListingForm";

/** Publish a new offer (a business) or request for businesses (an organisation). */
export function NewListingPage({
  side,
  data,
  lastResult,
}: {
  side: ListingSide;
  data: ListingFormData & { title: string };
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation("businesses");
  return (
    <div>
      <h1 className="utrecht-heading-1">{data.title}</h1>
      <ListingForm
        side={side}
        data={data}
        lastResult={lastResult}
        submitLabel={t(side === "offer" ? "form.publishOffer" : "form.publishRequest")}
      />
    </div>
  );
}
