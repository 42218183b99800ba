import { toCsv } from "./csv";
import type { SocialReturnReport } from "./social-return.service";

/** Column and row labels in the reader's language. */
export interface ReportCsvLabels {
  business: string;
  from: string;
  to: string;
  hours: string;
  people: string;
  organisations: string;
  wijken: string;
  klussen: string;
  offers: string;
  hourValue: string;
  value: string;
  section: string;
  date: string;
  klus: string;
  organisation: string;
  wijk: string;
  offer: string;
  capacity: string;
  offerType: (type: string) => string;
  capacityText: (unit: string, amount: number) => string;
}

/** The report's figures as a CSV: the totals first, then one row per klus and per offer. */
export function socialReturnCsv(report: SocialReturnReport, labels: ReportCsvLabels): string {
  const { totals } = report;
  const rows: Array<Array<string | number | null>> = [
    [labels.business, report.business.name],
    [labels.from, report.period.from],
    [labels.to, report.period.to],
    [labels.hours, totals.hours],
    [labels.people, totals.people],
    [labels.organisations, totals.organisations],
    [labels.wijken, totals.wijken],
    [labels.klussen, totals.klussen],
    [labels.offers, report.offers.length],
  ];
  if (report.hourValue !== null) rows.push([labels.hourValue, report.hourValue], [labels.value, report.value]);
  rows.push([]);
  rows.push([labels.section, labels.date, labels.klus, labels.organisation, labels.wijk, labels.people, labels.hours]);
  for (const klus of report.klussen) {
    rows.push([labels.klus, klus.date, klus.title, klus.organisationName, klus.wijkName, klus.people, klus.hours]);
  }
  for (const offer of report.offers) {
    rows.push([
      labels.offer,
      offer.date,
      offer.title,
      labels.offerType(offer.type),
      null,
      labels.capacityText(offer.capacityUnit, offer.capacityAmount),
      null,
    ]);
  }
  return toCsv(rows);
}
