import { parseWithZod } from "@conform-to/zod";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import type { OpportunityKind } from "../../db/schema";
import {
  updateOpportunitySchema,
  type UpdateOpportunityRequest,
} from "../../server/domain/opportunities/opportunities.schemas";
import { opportunityPath } from "../components/opportunities/format";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";
import { pageForDomainError } from "../utils/domain-errors.server";

/** The loader of /klussen/:id/bewerken and /vacatures/:id/bewerken: the form, prefilled; coordinators only. */
export async function loadEditForm({ request, context, params }: LoaderFunctionArgs, kind: OpportunityKind) {
  const actor = await requireUser(request, context);
  const { services } = context.app;
  let editable;
  try {
    editable = await services.opportunities.getEditable(actor, params.id ?? "");
  } catch (error) {
    pageForDomainError(error, { request, forbidden: "notYourOpportunity" });
  }
  if (editable.kind !== kind) throw redirect(`${opportunityPath(editable)}/bewerken`);
  if (editable.status === "closed") throw redirect(opportunityPath(editable));
  const [buurten, categories, t] = await Promise.all([
    services.places.listBuurten(),
    services.skills.listCategoriesWithSkills(),
    getFixedT(request, "organisation"),
  ]);
  return json({
    title: t(kind === "task" ? "edit.titleTask" : "edit.titleVacancy"),
    editable,
    organisations: [editable.organisation],
    buurten: buurten.map((b) => ({
      code: b.code,
      name: b.name,
      wijkCode: b.wijkCode,
      wijkName: b.wijkName,
      wijkFormerName: b.wijkFormerName,
    })),
    categories,
  });
}

/** Saves the edit form; on a problem the form comes back with what was typed and the errors. */
export async function saveEditForm({ request, context, params }: ActionFunctionArgs, kind: OpportunityKind) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const submission = parseWithZod(formData, { schema: updateOpportunitySchema, disableAutoCoercion: true });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const id = params.id ?? "";
  try {
    await context.app.services.opportunities.update(
      actor,
      id,
      submission.payload as unknown as UpdateOpportunityRequest,
    );
  } catch (error) {
    return replyWithDomainError(submission, error);
  }
  return redirect(`/organisatie?bijgewerkt=${encodeURIComponent(id)}#${kind === "task" ? "klus" : "vacature"}-${id}`);
}
