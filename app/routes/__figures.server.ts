import type { LoaderFunctionArgs } from "@remix-run/node";
import { isDomainError } from "../../server/domain/errors";
import type { FiguresQuery } from "../../server/domain/monitoring/monitoring.schemas";
import { requireUser } from "../utils/auth.server";
import { forbiddenPage, pageForDomainError } from "../utils/domain-errors.server";

/** The figures query from ?gebied=…&wijk=…&periode=…&van=…&tot=…&kaart=… (empty fields left out). */
export function figuresQueryOf(request: Request): FiguresQuery & { organisationId?: string } {
  const params = new URL(request.url).searchParams;
  const value = (name: string) => params.get(name) || undefined;
  return {
    gebied: value("gebied"),
    wijk: value("wijk"),
    preset: value("periode") as FiguresQuery["preset"],
    from: value("van"),
    to: value("tot"),
    mapFigure: value("kaart") as FiguresQuery["mapFigure"],
    organisationId: value("organisatie"),
  };
}

/**
 * The municipality's figures, or an organisation's (`organisation: true`): a bad choice in the form is told
 * beside its field, with the default figures below it, so nothing the reader chose is lost.
 */
export async function loadFigures({ request, context }: LoaderFunctionArgs, organisation: boolean) {
  const actor = await requireUser(request, context);
  const { monitoring } = context.app.services;
  const query = figuresQueryOf(request);
  let organisations: Array<{ id: string; name: string }> = [];
  if (organisation) {
    organisations = await monitoring.myOrganisations(actor);
    if (organisations.length === 0) throw forbiddenPage("organisationOnly");
    query.organisationId ??= organisations[0]?.id;
  }
  const run = (input: typeof query) =>
    organisation
      ? monitoring.organisationFigures(actor, { ...input, organisationId: input.organisationId ?? "" })
      : monitoring.figures(actor, input);
  const forbidden = organisation ? "notYourOrganisation" : "gemeenteOnly";
  try {
    return { figures: await run(query), query, errors: null, organisations, map: monitoring.areaMap() };
  } catch (error) {
    if (!isDomainError(error) || error.code !== "invalid") return pageForDomainError(error, { request, forbidden });
    const figures = await run({ organisationId: query.organisationId }).catch((e: unknown) =>
      pageForDomainError(e, { request, forbidden }),
    );
    return { figures, query, errors: error.fieldErrors, organisations, map: monitoring.areaMap() };
  }
}

/** The search part of the CSV link: the same choices as the page. */
export function csvSearch(query: ReturnType<typeof figuresQueryOf>): string {
  const params = new URLSearchParams();
  const entries: Array<[string, string | undefined]> = [
    ["organisatie", query.organisationId],
    ["gebied", query.gebied],
    ["wijk", query.wijk],
    ["periode", query.preset],
    ["van", query.from],
    ["tot", query.to],
  ];
  for (const [name, value] of entries) if (value) params.set(name, value);
  return params.toString();
}
