import type { LoaderFunctionArgs } from "@remix-run/node";
import { socialReturnCsv } from "../../server/domain/businesses/social-return.csv";
import { getFixedT } from "../i18n/i18next.server";
import { loadReport } from "./__social-return.server";

/** The report as a CSV download (UTF-8 with a byte-order mark, so Excel reads accents right). */
export async function loader(args: LoaderFunctionArgs) {
  const { report, periodErrors } = await loadReport(args);
  if (periodErrors) throw new Response(null, { status: 400 });
  const t = await getFixedT(args.request, "businesses");
  const csv = socialReturnCsv(report, {
    business: t("report.csv.business"),
    from: t("report.csv.from"),
    to: t("report.csv.to"),
    hours: t("report.hours"),
    people: t("report.people"),
    organisations: t("report.organisations"),
    wijken: t("report.wijken"),
    klussen: t("report.klussen"),
    offers: t("report.offers"),
    hourValue: t("report.csv.hourValue"),
    value: t("report.csv.value"),
    section: t("report.csv.section"),
    date: t("report.date"),
    klus: t("report.csv.klus"),
    organisation: t("report.organisation"),
    wijk: t("report.wijk"),
    offer: t("report.csv.offer"),
    capacity: t("report.csv.capacity"),
    offerType: (type) => t(`types.${type}`),
    capacityText: (unit, count) => t(`capacity.${unit}`, { count }),
  });
  const filename = `rapportage-${report.period.from}-${report.period.to}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
