import { json, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import type { OpportunityKind } from "../../db/schema";
import { opportunityPath } from "../components/opportunities/format";
import { getActor } from "../utils/auth.server";
import { pageForDomainError } from "../utils/domain-errors.server";

/**
 * The loader of /klussen/:id and /vacatures/:id. A link with the wrong kind in its path is sent on
 * to the right one, so an old or hand-typed link still works.
 */
export async function loadOpportunityDetail(args: LoaderFunctionArgs, kind: OpportunityKind) {
  const { detail, justPublished } = await getOpportunityDetail(args, kind);
  return json({ detail, justPublished });
}

/** What loadOpportunityDetail answers, plus the actor, for a route that adds to it (the klus page). */
export async function getOpportunityDetail({ request, context, params }: LoaderFunctionArgs, kind: OpportunityKind) {
  const actor = await getActor(request, context);
  let detail;
  try {
    detail = await context.app.services.opportunities.getDetail(actor, params.id ?? "");
  } catch (error) {
    pageForDomainError(error, { request });
  }
  if (detail.kind !== kind) throw redirect(opportunityPath(detail));
  const justPublished = detail.canManage && new URL(request.url).searchParams.has("geplaatst");
  return { detail, justPublished, actor };
}
