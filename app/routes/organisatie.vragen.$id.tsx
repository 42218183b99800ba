import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { EditListingPage } from "../components/businesses/EditListingPage";
import opportunityStyles from "../components/opportunities/opportunities.css";
import { editAction, editLoader } from "./__listings.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: opportunityStyles }];

export const loader = (args: LoaderFunctionArgs) => editLoader("request", args);
export const action = (args: ActionFunctionArgs) => editAction("request", args);

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export default function EditRequestPage() {
  const data = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return <EditListingPage side="request" data={data} lastResult={lastResult} />;
}
