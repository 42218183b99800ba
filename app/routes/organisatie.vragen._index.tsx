import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listingPages } from "../components/businesses/listing-pages";
import { ListingsOverview } from "../components/businesses/ListingsOverview";
import opportunityStyles from "../components/opportunities/opportunities.css";
import { overviewAction, overviewLoader } from "./__listings.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: opportunityStyles }];

export const loader = (args: LoaderFunctionArgs) => overviewLoader("request", args);
export const action = (args: ActionFunctionArgs) => overviewAction("request", args);

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export default function RequestsPage() {
  const data = useLoaderData<typeof loader>();
  return <ListingsOverview side="request" base={listingPages.request.base} data={data} />;
}
