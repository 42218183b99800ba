import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { OpportunityDetailView } from "../components/opportunities/OpportunityDetail";
import opportunityStyles from "../components/opportunities/opportunities.css";
import { loadOpportunityDetail } from "./__opportunity-detail.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: opportunityStyles }];

export function loader(args: LoaderFunctionArgs) {
  return loadOpportunityDetail(args, "task");
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.detail.title} · Noaber` : "Noaber" },
];

export default function TaskPage() {
  const { detail, justPublished } = useLoaderData<typeof loader>();
  return <OpportunityDetailView detail={detail} justPublished={justPublished} />;
}
