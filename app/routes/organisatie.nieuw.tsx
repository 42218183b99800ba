import { parseWithZod } from "@conform-to/zod";
import {
  json,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  publishOpportunitySchema,
  type PublishOpportunityRequest,
} from "../../server/domain/opportunities/opportunities.schemas";
import { OpportunityForm } from "../components/opportunities/OpportunityForm";
import { opportunityPath } from "../components/opportunities/format";
import opportunityStyles from "../components/opportunities/opportunities.css";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";
import { forbiddenPage } from "../utils/domain-errors.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: opportunityStyles }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const { services } = context.app;
  const organisations = await services.opportunities.listMyOrganisations(actor);
  // Only coordinators publish; the error page says so in plain words.
  if (organisations.length === 0) throw forbiddenPage("organisationOnly");
  const [buurten, categories, t] = await Promise.all([
    services.places.listBuurten(),
    services.skills.listCategoriesWithSkills(),
    getFixedT(request, "opportunities"),
  ]);
  return json({
    title: t("publish.title"),
    organisations,
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

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/** Publishes, then shows the new page; on a problem the form comes back with what was typed and the errors. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  // The schema reads a form's strings itself ("" is empty, "on" is true): Conform's own coercion would
  // turn "" into a missing value first and so hide the schema's messages.
  const submission = parseWithZod(formData, { schema: publishOpportunitySchema, disableAutoCoercion: true });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  try {
    // The service parses the same form values again: it trusts no caller.
    const published = await context.app.services.opportunities.publish(
      actor,
      submission.payload as unknown as PublishOpportunityRequest,
    );
    // Post/redirect/get: reloading the new page does not publish twice.
    return redirect(`${opportunityPath(published)}?geplaatst=1`);
  } catch (error) {
    return replyWithDomainError(submission, error);
  }
}

export default function PublishPage() {
  const { t } = useTranslation("opportunities");
  const data = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div>
      <h1 className="utrecht-heading-1">{t("publish.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead noaber-prose">{t("publish.intro")}</p>
      <OpportunityForm mode="publish" data={data} lastResult={lastResult} />
    </div>
  );
}
