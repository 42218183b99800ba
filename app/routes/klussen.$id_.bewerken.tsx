import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OpportunityForm } from "../components/opportunities/OpportunityForm";
import { opportunityPath } from "../components/opportunities/format";
import opportunityStyles from "../components/opportunities/opportunities.css";
import { loadEditForm, saveEditForm } from "./__opportunity-edit.server";

// "$id_" keeps this page out of the detail page's layout: the URL is still /klussen/:id/bewerken.

export const links: LinksFunction = () => [{ rel: "stylesheet", href: opportunityStyles }];

export const loader = (args: LoaderFunctionArgs) => loadEditForm(args, "task");

export const action = (args: ActionFunctionArgs) => saveEditForm(args, "task");

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export default function EditTaskPage() {
  const { t } = useTranslation("organisation");
  const data = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { editable } = data;
  return (
    <div>
      <h1 className="utrecht-heading-1">{data.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead noaber-prose">
        {t("edit.intro", { organisation: editable.organisation.name })}
      </p>
      {editable.status === "draft" ? <p className="utrecht-paragraph">{t("edit.draft")}</p> : null}
      {editable.isSeriesOccurrence ? <p className="utrecht-paragraph">{t("edit.seriesOccurrence")}</p> : null}
      <OpportunityForm
        mode="edit"
        data={data}
        lastResult={lastResult}
        defaultValue={editable.values}
        fixedKind={editable.kind}
        activeClaims={editable.activeClaims}
      />
      <p className="utrecht-paragraph">
        <Link to={opportunityPath(editable)}>{t("edit.view")}</Link> · <Link to="/organisatie">{t("edit.back")}</Link>
      </p>
    </div>
  );
}
