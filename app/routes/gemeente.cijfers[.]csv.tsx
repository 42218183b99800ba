import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvResponse } from "./__figures-csv.server";

/** The municipality's figures as a CSV, with the same query as the page. */
export function loader(args: LoaderFunctionArgs) {
  return csvResponse(args, false);
}
