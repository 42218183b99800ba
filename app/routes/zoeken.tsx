import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { searchInputSchema, suitabilities, type SearchQuery } from "../../server/domain/search/search.schemas";
import { OpportunityList } from "../components/opportunities/OpportunityCard";
import opportunityStyles from "../components/opportunities/opportunities.css";
import { getFixedT } from "../i18n/i18next.server";
import { getActor } from "../utils/auth.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: opportunityStyles }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { services } = context.app;
  const params = new URL(request.url).searchParams;
  const query = searchInputSchema.parse(Object.fromEntries(params));
  const actor = await getActor(request, context);
  const [result, gebieden, wijken, buurten, categories, t] = await Promise.all([
    services.search.search(actor, query),
    services.places.listGebieden(),
    services.places.listWijken(),
    services.places.listBuurten(),
    services.skills.listCategoriesWithSkills(),
    getFixedT(request, "search"),
  ]);
  const pageTitle = query.q ? t("titleWithQuery", { q: query.q }) : t("title");
  return json({
    query,
    result,
    pageTitle,
    countText: t("results.count", { count: result.total }),
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

/** A link to another page of the same search. */
function pageHref(query: SearchQuery, page: number) {
  const params = new URLSearchParams();
  for (const key of ["q", "kind", "gebied", "wijk", "buurt", "skill", "suitable"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
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
  const { query, result, pageTitle, options } = useLoaderData<typeof loader>();
  const english = i18n.language === "en";
  const collator = new Intl.Collator(i18n.language);
  const buurtenByWijk = options.wijken
    .map((wijk) => ({
      wijk,
      buurten: options.buurten.filter((b) => b.wijkCode === wijk.code).sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((group) => group.buurten.length > 0)
    .sort((a, b) => collator.compare(a.wijk.name, b.wijk.name));
  const hasFilters = Boolean(query.kind || query.gebied || query.wijk || query.buurt || query.skill || query.suitable);

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

      {result.source === "database" ? (
        <div className="utrecht-alert utrecht-alert--warning noaber-notice" role="status">
          <h2 className="utrecht-heading-3">{t("limited.heading")}</h2>
          <p className="utrecht-paragraph">{t("limited.body")}</p>
        </div>
      ) : null}

      <section aria-labelledby="search-results" className="noaber-section">
        <h2 id="search-results" className="utrecht-heading-2">
          {t("results.count", { count: result.total })}
        </h2>
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
    </>
  );
}
