import type { LoaderFunctionArgs } from "@remix-run/node";
import { figuresCsv } from "../../server/domain/monitoring/figures.csv";
import { getFixedT } from "../i18n/i18next.server";
import { loadFigures } from "./__figures.server";

/** The figures as a CSV download (UTF-8 with a byte-order mark and semicolons, as Dutch Excel expects). */
export async function csvResponse(args: LoaderFunctionArgs, organisation: boolean) {
  const { figures, errors } = await loadFigures(args, organisation);
  if (errors) throw new Response(null, { status: 400 });
  const t = await getFixedT(args.request, "figures");
  const csv = figuresCsv(figures, {
    level: t("csv.level"),
    place: t("csv.place"),
    residents: t("csv.residents"),
    month: t("csv.month"),
    from: t("csv.from"),
    to: t("csv.to"),
    total: t("csv.total"),
    levels: {
      municipality: t("csv.levels.municipality"),
      gebied: t("csv.levels.gebied"),
      wijk: t("csv.levels.wijk"),
    },
    figure: (key) => t(`figures.${key}`),
    fewer: t("values.fewer"),
    hidden: (reason) => t(`values.hiddenShort.${reason}`),
  });
  const filename = `cijfers-${figures.place.code || "gemeente"}-${figures.period.from}-${figures.period.to}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
