import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { EditOpportunityPage } from "../components/opportunities/EditOpportunityPage";
import opportunityStyles from "../components/opportunities/opportunities.css";
import { loadEditForm, saveEditForm } from "./__opportunity-edit.server";

// "$id_" keeps this page out of the detail page's layout: the URL is still /vacatures/:id/bewerken.

export const links: LinksFunction = () => [{ rel: "stylesheet", href: opportunityStyles }];

export const loader = (args: LoaderFunctionArgs) => loadEditForm(args, "vacancy");

export const action = (args: ActionFunctionArgs) => saveEditForm(args, "vacancy");

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export default function EditVacancyPage() {
  return <EditOpportunityPage />;
}
