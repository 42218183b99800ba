import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import type { ListingRow } from "../../../server/domain/businesses/listings.repository";
import type { ListingSide } from "../../../server/domain/businesses/listings.schemas";
import { ListingForm, type ListingFormData } from "./ListingForm";

/** Change an own offer or request, or close it (closed ones are no longer matched). */
export function EditListingPage({
  side,
  data,
  lastResult,
}: {
  side: ListingSide;
  data: ListingFormData & { listing: ListingRow };
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation("businesses");
  const { listing } = data;
  return (
    <div>
      <h1 className="utrecht-heading-1">{t(side === "offer" ? "offers.editTitle" : "requests.editTitle")}</h1>
      {listing.status === "closed" ? (
        <p className="utrecht-paragraph">{t("form.isClosed")}</p>
      ) : (
        <>
          <ListingForm
            side={side}
            data={data}
            lastResult={lastResult}
            submitLabel={t("form.save")}
            defaultValue={{
              type: listing.type,
              title: listing.title,
              description: listing.description,
              capacityAmount: String(listing.capacityAmount),
              capacityUnit: listing.capacityUnit,
              periodStart: listing.periodStart,
              periodEnd: listing.periodEnd,
              skills: listing.skills,
              wijken: side === "offer" ? listing.wijken : (listing.wijken[0] ?? ""),
            }}
          />
          <Form method="post" className="noaber-form">
            <AuthenticityTokenInput name="csrf" />
            <input type="hidden" name="intent" value="close" />
            <p className="utrecht-paragraph">{t("form.closeHint")}</p>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("form.close")}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}
