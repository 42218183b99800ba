import { PlainDateField, PlainSelectField } from "../form/plain-fields";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { AreaMap } from "../../../server/domain/monitoring/area-map";
import { chartFigures, figureGroups, mapFigures } from "../../../server/domain/monitoring/monitoring.figures";
import { periodPresets } from "../../../server/domain/monitoring/monitoring.period";
import type { Figures } from "../../../server/domain/monitoring/monitoring.service";
import { usesEnglishNames } from "../../i18n/config";
import { formatDate, formatNumber } from "../opportunities/format";
import { AreaMapFigure } from "./AreaMapFigure";
import { figureText, monthLabel } from "./format";
import { MonthChart } from "./MonthChart";

type Query = Partial<Record<"gebied" | "wijk" | "preset" | "from" | "to" | "mapFigure" | "organisationId", string>>;

/**
 * A wide table that scrolls sideways on a phone: a focusable region named by its caption, so keyboard users
 * can scroll it too (axe: scrollable-region-focusable).
 */
function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard
    <div className="noaber-table-scroll" role="region" tabIndex={0} aria-label={label}>
      {children}
    </div>
  );
}

/**
 * The figures of the municipality or of one organisation: a GET form (works without JavaScript) to choose
 * place, period and the map's figure; the overview; the map with its table; charts per month with one
 * table; demand and supply per skill; how we count; the CSV link.
 */
export function FiguresView({
  figures,
  query,
  errors,
  map,
  organisations,
  csvHref,
}: {
  figures: Figures;
  query: Query;
  errors: Record<string, string[]> | null;
  map: AreaMap;
  organisations: Array<{ id: string; name: string }>;
  csvHref: string;
}) {
  const { t, i18n } = useTranslation("figures");
  const language = i18n.language;
  const isMunicipality = figures.kind === "municipality";
  const date = (day: string) => formatDate(`${day}T12:00:00Z`, language);
  const placeName =
    figures.place.level === "municipality"
      ? t("page.municipality")
      : figures.place.formerName
        ? t("page.formerName", { name: figures.place.name, formerName: figures.place.formerName })
        : figures.place.name;
  const wijkName = (wijk: { name: string; formerName: string | null }) =>
    wijk.formerName ? t("page.formerName", { name: wijk.name, formerName: wijk.formerName }) : wijk.name;
  const mapFigure = figures.mapFigure;
  const intro = isMunicipality ? "page.intro" : "page.organisationIntro";
  const period = { from: date(figures.period.from), to: date(figures.period.to) };
  const skillName = (skill: { nameNl: string; nameEn: string }) =>
    usesEnglishNames(language) ? skill.nameEn : skill.nameNl;
  const charts = chartFigures.filter((key) => isMunicipality || key !== "activeShare");
  const monthKeys = charts;
  return (
    <div className="noaber-figures-page">
      <h1 className="utrecht-heading-1">
        {isMunicipality ? t("page.title") : t("page.organisationTitle", { name: figures.organisation?.name ?? "" })}
      </h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t(intro, { place: placeName, ...period })}</p>
      {figures.place.residents !== null ? (
        <p className="utrecht-paragraph">
          {t("page.residents", { residents: formatNumber(figures.place.residents, language) })}
        </p>
      ) : null}

      <Form method="get" className="noaber-form noaber-no-print">
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t("page.choose")}
          </legend>
          <div className="noaber-period-form">
            {!isMunicipality && organisations.length > 1 ? (
              <PlainSelectField
                id="cijfers-organisatie"
                name="organisatie"
                label={t("page.organisation")}
                value={figures.organisation?.id ?? ""}
                options={organisations.map((o) => ({ value: o.id, label: o.name }))}
              />
            ) : null}
            <PlainSelectField
              id="cijfers-gebied"
              name="gebied"
              label={t("page.gebied")}
              value={query.gebied ?? ""}
              errors={errors?.gebied}
              options={[
                { value: "", label: t("page.allGebieden") },
                ...figures.gebieden.map((g) => ({ value: g.slug, label: g.name })),
              ]}
            />
            <PlainSelectField
              id="cijfers-wijk"
              name="wijk"
              label={t("page.wijk")}
              value={query.wijk ?? ""}
              errors={errors?.wijk}
              options={[
                { value: "", label: t("page.allWijken") },
                ...figures.wijken.map((w) => ({ value: w.code, label: wijkName(w) })),
              ]}
            />
            <PlainSelectField
              id="cijfers-periode"
              name="periode"
              label={t("page.period")}
              value={query.preset ?? (query.from || query.to ? "custom" : figures.period.preset)}
              errors={errors?.preset}
              options={periodPresets.map((preset) => ({ value: preset, label: t(`page.presets.${preset}`) }))}
            />
            <PlainDateField
              id="cijfers-van"
              name="van"
              label={t("page.from")}
              value={query.from ?? ""}
              errors={errors?.from}
            />
            <PlainDateField
              id="cijfers-tot"
              name="tot"
              label={t("page.to")}
              value={query.to ?? ""}
              errors={errors?.to}
            />
            <PlainSelectField
              id="cijfers-kaart"
              name="kaart"
              label={t("map.figure")}
              value={mapFigure}
              errors={errors?.mapFigure}
              options={mapFigures
                .filter((key) => isMunicipality || key !== "activeShare")
                .map((key) => ({ value: key, label: t(`figures.${key}`) }))}
            />
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("page.show")}
            </button>
          </div>
          <p className="utrecht-paragraph noaber-hint">{t("page.wijkWins")}</p>
        </fieldset>
      </Form>

      {figureGroups.map((group) => (
        <section key={group.id} aria-labelledby={`groep-${group.id}`}>
          <h2 className="utrecht-heading-2" id={`groep-${group.id}`}>
            {t(`groups.${group.id}`)}
          </h2>
          <dl className="noaber-figures">
            {group.keys
              .filter((key) => isMunicipality || key !== "activeShare")
              .map((key) => (
                <div key={key}>
                  <dt>{t(`figures.${key}`)}</dt>
                  <dd data-figure={key}>{figureText(figures.totals[key], key, t, language, { short: true })}</dd>
                </div>
              ))}
          </dl>
          {group.id === "volunteers" && isMunicipality ? (
            <p className="utrecht-paragraph">{t("page.target", { target: figures.target })}</p>
          ) : null}
        </section>
      ))}

      <section aria-labelledby="kaart-kop">
        <h2 className="utrecht-heading-2" id="kaart-kop">
          {t("map.heading")}
        </h2>
        <div className="noaber-map-layout">
          <AreaMapFigure
            map={map}
            rows={figures.wijken}
            figure={mapFigure}
            selected={{ level: figures.place.level, code: figures.place.code }}
            language={language}
          />
          <ScrollRegion label={t("map.tableCaption", { figure: t(`figures.${mapFigure}`) })}>
            <table className="utrecht-table utrecht-table--html-table noaber-overview-table">
              <caption className="utrecht-table__caption">
                {t("map.tableCaption", { figure: t(`figures.${mapFigure}`) })}
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("map.wijk")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell noaber-number">
                    {t(`figures.${mapFigure}`)}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {figures.wijken.map((wijk) => (
                  <tr key={wijk.code} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {wijkName(wijk)}
                    </th>
                    <td className="utrecht-table__cell noaber-number">
                      {figureText(wijk.figures[mapFigure], mapFigure, t, language, { short: true })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      </section>

      <section aria-labelledby="gebieden-kop">
        <h2 className="utrecht-heading-2" id="gebieden-kop">
          {t("gebieden.caption")}
        </h2>
        <ScrollRegion label={t("gebieden.caption")}>
          <table className="utrecht-table utrecht-table--html-table noaber-overview-table">
            <caption className="utrecht-table__caption">{t("gebieden.caption")}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t("gebieden.gebied")}
                </th>
                {mapFigures
                  .filter((key) => isMunicipality || key !== "activeShare")
                  .map((key) => (
                    <th key={key} scope="col" className="utrecht-table__header-cell noaber-number">
                      {t(`figures.${key}`)}
                    </th>
                  ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {figures.gebieden.map((gebied) => (
                <tr key={gebied.slug} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {gebied.name}
                  </th>
                  {mapFigures
                    .filter((key) => isMunicipality || key !== "activeShare")
                    .map((key) => (
                      <td key={key} className="utrecht-table__cell noaber-number">
                        {figureText(gebied.figures[key], key, t, language, { short: true })}
                      </td>
                    ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="maanden-kop">
        <h2 className="utrecht-heading-2" id="maanden-kop">
          {t("charts.heading")}
        </h2>
        <div className="noaber-charts">
          {charts.map((key) => (
            <MonthChart
              key={key}
              id={`grafiek-${key}`}
              figure={key}
              series={figures.perMonth.map((row) => ({ month: row.month, value: row.figures[key] }))}
              target={key === "activeShare" ? figures.target : undefined}
              period={period}
              language={language}
            />
          ))}
        </div>
        <ScrollRegion label={t("charts.tableCaption")}>
          <table className="utrecht-table utrecht-table--html-table noaber-overview-table">
            <caption className="utrecht-table__caption">{t("charts.tableCaption")}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t("charts.month")}
                </th>
                {monthKeys.map((key) => (
                  <th key={key} scope="col" className="utrecht-table__header-cell noaber-number">
                    {t(`figures.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {figures.perMonth.map((row) => (
                <tr key={row.month} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {monthLabel(row.month, language)}
                  </th>
                  {monthKeys.map((key) => (
                    <td key={key} className="utrecht-table__cell noaber-number">
                      {figureText(row.figures[key], key, t, language, { short: true })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="vaardigheden-kop">
        <h2 className="utrecht-heading-2" id="vaardigheden-kop">
          {t("skills.heading")}
        </h2>
        {figures.skills.length === 0 ? (
          <p className="utrecht-paragraph">{t("skills.none")}</p>
        ) : (
          <ScrollRegion label={t("skills.caption")}>
            <table className="utrecht-table utrecht-table--html-table noaber-overview-table">
              <caption className="utrecht-table__caption">{t("skills.caption")}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("skills.skill")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell noaber-number">
                    {t("skills.opportunities")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell noaber-number">
                    {t("skills.spots")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell noaber-number">
                    {t("skills.volunteers")}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {figures.skills.map((skill) => (
                  <tr key={skill.slug} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {skillName(skill)}
                    </th>
                    <td className="utrecht-table__cell noaber-number">
                      {figureText(skill.opportunities, "klussen", t, language)}
                    </td>
                    <td className="utrecht-table__cell noaber-number">
                      {figureText(skill.spots, "spots", t, language)}
                    </td>
                    <td className="utrecht-table__cell noaber-number">
                      {figureText(skill.volunteers, "activeVolunteers", t, language)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {figures.offers.status === "shown" ? (
          <p className="utrecht-paragraph">{t("skills.offers", { count: figures.offers.value })}</p>
        ) : null}
      </section>

      <section aria-labelledby="hoe-kop">
        <h2 className="utrecht-heading-2" id="hoe-kop">
          {t("method.heading")}
        </h2>
        <ul className="utrecht-unordered-list">
          {[
            ...(t("method.items", { returnObjects: true }) as string[]),
            ...(isMunicipality ? [] : (t("method.organisationItems", { returnObjects: true }) as string[])),
          ].map((item) => (
            <li key={item} className="utrecht-unordered-list__item">
              {item}
            </li>
          ))}
        </ul>
        <p className="utrecht-paragraph noaber-credit">{t("method.residentsCredit")}</p>
      </section>

      <p className="noaber-actions noaber-no-print">
        <Link to={csvHref} reloadDocument className="utrecht-button utrecht-button--primary-action">
          {t("page.download")}
        </Link>
      </p>
    </div>
  );
}
