import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import businessStyles from "../components/businesses/businesses.css";
import figuresStyles from "../components/figures/figures.css";
import { FiguresView } from "../components/figures/FiguresView";
import organisationStyles from "../components/opportunities/organisation.css";
import { getFixedT } from "../i18n/i18next.server";
import { csvSearch, loadFigures } from "./__figures.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: organisationStyles },
  { rel: "stylesheet", href: businessStyles },
  { rel: "stylesheet", href: figuresStyles },
];

/** The municipality's figures per gebied and wijk over a chosen period. */
export async function loader(args: LoaderFunctionArgs) {
  const [loaded, t] = await Promise.all([loadFigures(args, false), getFixedT(args.request, "figures")]);
  return json(
    { title: t("page.title"), ...loaded, csvHref: `/gemeente/cijfers.csv?${csvSearch(loaded.query)}` },
    { status: loaded.errors ? 400 : 200 },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export default function MunicipalityFiguresPage() {
  const { figures, query, errors, map, organisations, csvHref } = useLoaderData<typeof loader>();
  return (
    <FiguresView
      figures={figures}
      query={query}
      errors={errors}
      map={map}
      organisations={organisations}
      csvHref={csvHref}
    />
  );
}
