import { PlainDateField } from "../components/form/plain-fields";
import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { languageCodes } from "../../server/domain/profiles/profiles.schemas";
import {
  searchInputSchema,
  suitabilities,
  vogFilters,
  type SearchQuery,
} from "../../server/domain/search/search.schemas";
import { OpportunityList } from "../components/opportunities/OpportunityCard";
import opportunityStyles from "../components/opportunities/opportunities.css";
import searchStyles from "../components/search/search.css";
import { usesEnglishNames } from "../i18n/config";
import { getFixedT } from "../i18n/i18next.server";
import { getActor } from "../utils/auth.server";
import { loadBuurtenMap } from "../utils/buurten-map.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: opportunityStyles },
  { rel: "stylesheet", href: searchStyles },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { services } = context.app;
  const params = new URL(request.url).searchParams;
  const query = searchInputSchema.parse(Object.fromEntries(params));
  const actor = await getActor(request, context);
  const overview = query.view === "buurten";
  const [result, counts, map, gebieden, wijken, buurten, categories, t] = await Promise.all([
    overview ? null : services.search.search(actor, query),
    overview ? services.search.countPerBuurt(actor, query) : null,
    overview ? loadBuurtenMap() : null,
    services.places.listGebieden(),
    services.places.listWijken(),
    services.places.listBuurten(),
    services.skills.listCategoriesWithSkills(),
    getFixedT(request, "search"),
  ]);
  const pageTitle = query.q ? t("titleWithQuery", { q: query.q }) : t("title");
  const total = result?.total ?? counts?.total ?? 0;
  return json({
    query,
    result,
    counts,
    map,
    pageTitle,
    countText: t("results.count", { count: total }),
    options: {
      gebieden: gebieden.map((g) => ({ slug: g.slug, name: g.name })),
      wijken: wijken.map((w) => ({ code: w.code, name: w.name, formerName: w.formerName })),
      buurten: buurten.map((b) => ({ code: b.code, name: b.name, wijkCode: b.wijkCode, wijkName: b.wijkName })),
      categories,
    },
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  // The count in the title tells a screen reader user the outcome as soon as the page loads.
  { title: data ? `${data.pageTitle} (${data.countText}) · Noaber` : "Noaber" },
];

const queryKeys = [
  "q",
  "kind",
  "gebied",
  "wijk",
  "buurt",
  "skill",
  "suitable",
  "from",
  "to",
  "vog",
  "language",
] as const;

/** A link to another page of the same search (or the same search with some values changed). */
function pageHref(
  query: SearchQuery,
  page: number,
  changes: Partial<Record<(typeof queryKeys)[number] | "view", string>> = {},
) {
  const params = new URLSearchParams();
  for (const key of queryKeys) {
    const value = key in changes ? changes[key] : query[key];
    if (value) params.set(key, value);
  }
  const view = changes.view ?? query.view;
  if (view !== "list") params.set("view", view);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/zoeken?${search}` : "/zoeken";
}

function Select({
  id,
  name,
  label,
  value,
  children,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  children: React.ReactNode;
}) {
  return (
    <div className="utrecht-form-field utrecht-form-field--text">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <select id={id} name={name} defaultValue={value ?? ""} className="utrecht-select utrecht-select--html-select">
          {children}
        </select>
      </div>
    </div>
  );
}

export default function SearchPage() {
  const { t, i18n } = useTranslation("search");
  const { query, result, counts, map, pageTitle, countText, options } = useLoaderData<typeof loader>();
  const english = usesEnglishNames(i18n.language);
  const collator = new Intl.Collator(i18n.language);
  const buurtenByWijk = options.wijken
    .map((wijk) => ({
      wijk,
      buurten: options.buurten.filter((b) => b.wijkCode === wijk.code).sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((group) => group.buurten.length > 0)
    .sort((a, b) => collator.compare(a.wijk.name, b.wijk.name));
  const hasFilters = Boolean(
    query.kind ||
    query.gebied ||
    query.wijk ||
    query.buurt ||
    query.skill ||
    query.suitable ||
    query.from ||
    query.to ||
    query.vog ||
    query.language,
  );
  const source = result?.source ?? counts?.source;

  return (
    <>
      <h1 className="utrecht-heading-1">{pageTitle}</h1>
      <p className="utrecht-paragraph noaber-prose">{t("intro")}</p>

      {/* A GET form: every search is a link that can be shared, bookmarked and reloaded. */}
      {/* The key resets the uncontrolled fields when the URL (and so the search) changes. */}
      <Form
        key={pageHref(query, 1)}
        method="get"
        action="/zoeken"
        role="search"
        aria-label={t("form.label")}
        className="noaber-search-form"
      >
        <div className="utrecht-form-field utrecht-form-field--text">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="search-q">
              {t("form.q")}
            </label>
          </div>
          <div id="search-q-description" className="utrecht-form-field-description">
            {t("form.qDescription")}
          </div>
          <div className="utrecht-form-field__input">
            <input
              id="search-q"
              type="search"
              name="q"
              defaultValue={query.q}
              maxLength={200}
              autoComplete="off"
              enterKeyHint="search"
              aria-describedby="search-q-description"
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          </div>
        </div>

        <fieldset className="noaber-search-form__filters" aria-describedby="search-filters-description">
          <legend>{t("form.filters")}</legend>
          <p id="search-filters-description" className="utrecht-paragraph">
            {t("form.filtersDescription")}
          </p>
          <Select id="search-kind" name="kind" label={t("form.kind")} value={query.kind}>
            <option value="">{t("form.kindAll")}</option>
            <option value="task">{t("form.kindTask")}</option>
            <option value="vacancy">{t("form.kindVacancy")}</option>
          </Select>
          <Select id="search-gebied" name="gebied" label={t("form.gebied")} value={query.gebied}>
            <option value="">{t("form.gebiedAll")}</option>
            {options.gebieden.map((g) => (
              <option key={g.slug} value={g.slug}>
                {g.name}
              </option>
            ))}
          </Select>
          <Select id="search-wijk" name="wijk" label={t("form.wijk")} value={query.wijk}>
            <option value="">{t("form.wijkAll")}</option>
            {[...options.wijken]
              .sort((a, b) => collator.compare(a.name, b.name))
              .map((w) => (
                <option key={w.code} value={w.code}>
                  {w.formerName ? t("form.wijkFormer", { name: w.name, formerName: w.formerName }) : w.name}
                </option>
              ))}
          </Select>
          <Select id="search-buurt" name="buurt" label={t("form.buurt")} value={query.buurt}>
            <option value="">{t("form.buurtAll")}</option>
            {buurtenByWijk.map((group) => (
              <optgroup key={group.wijk.code} label={group.wijk.name}>
                {group.buurten.map((b) => (
                  <option key={b.code} value={b.code}>
                    {b.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
          <Select id="search-skill" name="skill" label={t("form.skill")} value={query.skill}>
            <option value="">{t("form.skillAll")}</option>
            {options.categories.map((category) => (
              <optgroup key={category.slug} label={english ? category.nameEn : category.nameNl}>
                {category.skills.map((skill) => (
                  <option key={skill.slug} value={skill.slug}>
                    {english ? skill.nameEn : skill.nameNl}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
          <Select id="search-suitable" name="suitable" label={t("form.suitable")} value={query.suitable}>
            <option value="">{t("form.suitableAll")}</option>
            {suitabilities.map((s) => (
              <option key={s} value={s}>
                {t(`form.suitable${s.charAt(0).toUpperCase()}${s.slice(1)}`)}
              </option>
            ))}
          </Select>
          <div className="noaber-search-form__dates" role="group" aria-describedby="search-date-description">
            <p id="search-date-description" className="utrecht-paragraph">
              {t("form.dateDescription")}
            </p>
            <PlainDateField id="search-from" name="from" label={t("form.dateFrom")} value={query.from} />
            <PlainDateField id="search-to" name="to" label={t("form.dateTo")} value={query.to} />
          </div>
          <Select id="search-vog" name="vog" label={t("form.vog")} value={query.vog}>
            <option value="">{t("form.vogAll")}</option>
            {vogFilters.map((v) => (
              <option key={v} value={v}>
                {t(v === "required" ? "form.vogRequired" : "form.vogNotRequired")}
              </option>
            ))}
          </Select>
          <Select id="search-language" name="language" label={t("form.language")} value={query.language}>
            <option value="">{t("form.languageAll")}</option>
            {languageCodes.map((code) => (
              <option key={code} value={code}>
                {t(`profile:languages.names.${code}`)}
              </option>
            ))}
          </Select>
          <Select id="search-view" name="view" label={t("form.view")} value={query.view}>
            <option value="list">{t("form.viewList")}</option>
            <option value="buurten">{t("form.viewBuurten")}</option>
          </Select>
        </fieldset>

        <div className="noaber-search-form__actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t("form.submit")}
          </button>
          {hasFilters || query.q ? (
            <Link to="/zoeken" className="utrecht-link">
              {t("form.clear")}
            </Link>
          ) : null}
        </div>
      </Form>

      {source === "database" ? (
        <div className="utrecht-alert utrecht-alert--warning noaber-notice" role="status">
          <h2 className="utrecht-heading-3">{t("limited.heading")}</h2>
          <p className="utrecht-paragraph">{t("limited.body")}</p>
        </div>
      ) : null}

      {counts && map ? (
        <BuurtOverview
          perBuurt={counts.perBuurt}
          total={counts.total}
          countText={countText}
          map={map}
          buurten={options.buurten}
          wijken={options.wijken}
          hrefFor={(code) => pageHref(query, 1, { buurt: code, view: "list" })}
        />
      ) : null}

      {result ? (
        <section aria-labelledby="search-results" className="noaber-section">
          <h2 id="search-results" className="utrecht-heading-2">
            {t("results.count", { count: result.total })}
          </h2>
          {result.personal ? <p className="utrecht-paragraph">{t("personal.note")}</p> : null}
          {result.results.length > 0 ? (
            <>
              {result.pageCount > 1 ? (
                <p className="utrecht-paragraph">
                  {t("results.page", { page: result.page, pageCount: result.pageCount })}
                </p>
              ) : null}
              <OpportunityList cards={result.results} labelledBy="search-results" />
            </>
          ) : (
            <div>
              <p className="utrecht-paragraph">
                <strong>{t("results.empty")}</strong>
              </p>
              <p className="utrecht-paragraph">{t("results.emptyHint")}</p>
            </div>
          )}
          {result.pageCount > 1 ? (
            <nav aria-label={t("pagination.label")} className="noaber-pagination">
              {result.page > 1 ? (
                <Link to={pageHref(query, result.page - 1)} className="utrecht-link" rel="prev">
                  {t("pagination.previous")}
                </Link>
              ) : null}
              <span>{t("results.page", { page: result.page, pageCount: result.pageCount })}</span>
              {result.page < result.pageCount ? (
                <Link to={pageHref(query, result.page + 1)} className="utrecht-link" rel="next">
                  {t("pagination.next")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/**
 * The results per wijk and buurt: an SVG map (each buurt with results is a link with its name and
 * count) and the same as a list per wijk, which is the accessible alternative.
 */
function BuurtOverview({
  perBuurt,
  total,
  countText,
  map,
  buurten,
  wijken,
  hrefFor,
}: {
  perBuurt: Record<string, number>;
  total: number;
  countText: string;
  map: { width: number; height: number; shapes: Array<{ code: string; d: string; x: number; y: number }> };
  buurten: Array<{ code: string; name: string; wijkCode: string }>;
  wijken: Array<{ code: string; name: string }>;
  hrefFor: (buurtCode: string) => string;
}) {
  const { t, i18n } = useTranslation("search");
  const collator = new Intl.Collator(i18n.language);
  const names = new Map(buurten.map((b) => [b.code, b.name]));
  const inBuurten = Object.values(perBuurt).reduce((sum, n) => sum + n, 0);
  const max = Math.max(1, ...Object.values(perBuurt));
  const groups = wijken
    .map((wijk) => {
      const items = buurten
        .filter((b) => b.wijkCode === wijk.code && (perBuurt[b.code] ?? 0) > 0)
        .sort((a, b) => collator.compare(a.name, b.name));
      return { wijk, items, count: items.reduce((sum, b) => sum + (perBuurt[b.code] ?? 0), 0) };
    })
    .filter((group) => group.count > 0)
    .sort((a, b) => collator.compare(a.wijk.name, b.wijk.name));
  return (
    <section aria-labelledby="search-overview" className="noaber-section">
      <h2 id="search-overview" className="utrecht-heading-2">
        {countText}
      </h2>
      <figure className="noaber-buurten-map">
        <svg viewBox={`0 0 ${map.width} ${map.height}`} aria-labelledby="buurten-map-title buurten-map-desc">
          <title id="buurten-map-title">{t("overview.mapTitle")}</title>
          <desc id="buurten-map-desc">{t("overview.mapDescription")}</desc>
          {map.shapes.map((shape) => {
            const count = perBuurt[shape.code] ?? 0;
            if (count === 0) {
              return <path key={shape.code} d={shape.d} className="noaber-buurten-map__buurt" aria-hidden="true" />;
            }
            const label = t("overview.buurtCount", { name: names.get(shape.code) ?? shape.code, count });
            return (
              <a key={shape.code} href={hrefFor(shape.code)} aria-label={label}>
                <path
                  d={shape.d}
                  className={`noaber-buurten-map__buurt noaber-buurten-map__buurt--${count * 2 > max ? "many" : "some"}`}
                >
                  <title>{label}</title>
                </path>
              </a>
            );
          })}
        </svg>
        <figcaption className="noaber-buurten-map__credit">{t("overview.credit")}</figcaption>
      </figure>
      <h3 className="utrecht-heading-3">{t("overview.heading")}</h3>
      {groups.length > 0 ? (
        <ul className="noaber-buurten-list">
          {groups.map((group) => (
            <li key={group.wijk.code}>
              <strong>{t("overview.wijkCount", { name: group.wijk.name, count: group.count })}</strong>
              <ul>
                {group.items.map((b) => (
                  <li key={b.code}>
                    <Link to={hrefFor(b.code)} className="utrecht-link">
                      {t("overview.buurtCount", { name: b.name, count: perBuurt[b.code] ?? 0 })}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t("overview.none")}</p>
      )}
      {total > inBuurten ? (
        <p className="utrecht-paragraph">{t("overview.online", { count: total - inBuurten })}</p>
      ) : null}
    </section>
  );
}
