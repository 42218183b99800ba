import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvResponse } from "./__figures-csv.server";

/** An organisation's own figures as a CSV, with the same query as the page. */
export function loader(args: LoaderFunctionArgs) {
  return csvResponse(args, true);
}
