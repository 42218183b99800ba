import type { LoaderFunctionArgs } from "@remix-run/node";
import { isDomainError } from "../../server/domain/errors";
import { requireUser } from "../utils/auth.server";
import { pageForDomainError } from "../utils/domain-errors.server";

/** The report for ?van=…&tot=… (and ?bedrijf=… for the municipality); a bad period is told beside its field. */
export async function loadReport({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const params = new URL(request.url).searchParams;
  const query = {
    businessId: params.get("bedrijf") || undefined,
    from: params.get("van") || undefined,
    to: params.get("tot") || undefined,
  };
  const forbidden = actor.roles.includes("business_coordinator") ? "notYourBusiness" : "businessOnly";
  try {
    return { report: await context.app.services.socialReturn.report(actor, query), query, periodErrors: null };
  } catch (error) {
    if (!isDomainError(error) || error.code !== "invalid") return pageForDomainError(error, { request, forbidden });
    const report = await context.app.services.socialReturn
      .report(actor, { businessId: query.businessId })
      .catch((e: unknown) => pageForDomainError(e, { request, forbidden }));
    return { report, query, periodErrors: error.fieldErrors };
  }
}
