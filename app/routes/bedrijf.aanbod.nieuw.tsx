import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { NewListingPage } from "../components/businesses/NewListingPage";
import opportunityStyles from "../components/opportunities/opportunities.css";
import { newAction, newLoader } from "./__listings.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: opportunityStyles }];

export const loader = (args: LoaderFunctionArgs) => newLoader("offer", args);
export const action = (args: ActionFunctionArgs) => newAction("offer", args);

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export default function NewOfferPage() {
  const data = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return <NewListingPage side="offer" data={data} lastResult={lastResult} />;
}
