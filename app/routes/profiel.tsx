import { getFormProps, useForm, type FieldMetadata } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { useHydrated } from "remix-utils/use-hydrated";
import { normaliseForSearch } from "../../server/domain/places/places.search";
import { languageCodes, updateProfileSchema } from "../../server/domain/profiles/profiles.schemas";
import { AvailabilityField, NoticesPerWeekField } from "../components/profile/AvailabilityField";
import { CheckboxGroup, FieldErrors, SubmitButton, TextAreaField, TextField } from "../components/form/fields";
import { usesEnglishNames } from "../i18n/config";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { replyWithDomainError } from "../utils/form-replies.server";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { pageForDomainError } from "../utils/domain-errors.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const { services } = context.app;
  const [profile, user, buurten, categories, t] = await Promise.all([
    services.profiles.getMyProfile(actor).catch((error: unknown) => {
      // A coordinator without the volunteer role has no volunteer profile.
      pageForDomainError(error, { request, forbidden: "volunteerOnly" });
    }),
    services.accounts.getUser(actor),
    services.places.listBuurten(),
    services.skills.listCategoriesWithSkills(),
    getFixedT(request, "profile"),
  ]);
  const url = new URL(request.url);
  return json({
    title: t("title"),
    welcomeName: url.searchParams.has("welkom") ? (user?.displayName ?? "") : null,
    saved: url.searchParams.has("opgeslagen"),
    profile: {
      homeBuurtCode: profile.homeBuurt?.code ?? "",
      skills: profile.skills.map((skill) => skill.slug),
      languages: profile.languages,
      availabilityMode: profile.availability.length === 0 ? "flexible" : "times",
      availability: profile.availability,
      noticesPerWeek: profile.noticesPerWeek,
      interests: profile.interests,
      about: profile.about,
      birthDate: profile.birthDate ?? "",
    },
    // Only what the page shows and filters on; no coordinates.
    buurten: buurten.map((b) => ({
      code: b.code,
      name: b.name,
      wijkCode: b.wijkCode,
      wijkName: b.wijkName,
      wijkFormerName: b.wijkFormerName,
      gebiedName: b.gebiedName,
    })),
    categories,
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/** Saves the whole profile at once; on a problem the form comes back with what was chosen and the errors. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const submission = parseWithZod(formData, { schema: updateProfileSchema });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  try {
    await context.app.services.profiles.updateMyProfile(actor, submission.value);
  } catch (error) {
    return replyWithDomainError(submission, error);
  }
  // Post/redirect/get: reloading the page afterwards does not send the form again.
  return redirect("/profiel?opgeslagen=1");
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>;
type BuurtOption = PageData["buurten"][number];

/** How well a buurt matches what was typed: its own name first, then its wijk (also the former name) or gebied. */
function matchRank(buurt: BuurtOption, query: string): number {
  const name = normaliseForSearch(buurt.name);
  if (name.startsWith(query)) return 0;
  if (name.includes(` ${query}`)) return 1;
  if (name.includes(query)) return 2;
  const wider = [buurt.wijkName, buurt.wijkFormerName, buurt.gebiedName]
    .filter((n): n is string => Boolean(n))
    .map(normaliseForSearch);
  if (wider.some((n) => n.startsWith(query) || n.includes(` ${query}`))) return 3;
  if (wider.some((n) => n.includes(query))) return 4;
  return -1;
}

/** The buurten that match the typed text, best first; null when nothing is typed. */
function findMatches(buurten: readonly BuurtOption[], text: string): BuurtOption[] | null {
  const query = normaliseForSearch(text);
  if (query === "") return null;
  return buurten
    .map((buurt) => ({ buurt, rank: matchRank(buurt, query) }))
    .filter((m) => m.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map((m) => m.buurt);
}

function groupByWijk(buurten: readonly BuurtOption[], language: string) {
  const collator = new Intl.Collator(language);
  const groups = new Map<string, { wijkName: string; wijkFormerName: string | null; buurten: BuurtOption[] }>();
  for (const buurt of buurten) {
    const group = groups.get(buurt.wijkCode) ?? {
      wijkName: buurt.wijkName,
      wijkFormerName: buurt.wijkFormerName,
      buurten: [],
    };
    group.buurten.push(buurt);
    groups.set(buurt.wijkCode, group);
  }
  return [...groups.values()]
    .sort((a, b) => collator.compare(a.wijkName, b.wijkName))
    .map((g) => ({ ...g, buurten: g.buurten.sort((a, b) => collator.compare(a.name, b.name)) }));
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}

/**
 * The home buurt: a native select with one group per wijk works without JavaScript, and typing
 * in it jumps to a buurt. With JavaScript a search box above it narrows the list by buurt, wijk
 * (also the former name, e.g. Oosterparkwijk), village or gebied, and picks the best match.
 */
function HomeBuurtField({
  field,
  buurten,
}: {
  field: FieldMetadata<string | null | undefined>;
  buurten: readonly BuurtOption[];
}) {
  const { t, i18n } = useTranslation("profile");
  const hydrated = useHydrated();
  const initial = typeof field.initialValue === "string" ? field.initialValue : "";
  const [selected, setSelected] = useState(initial);
  // A new server answer (e.g. the saved or refused profile) resets the choice to what it says.
  const [answered, setAnswered] = useState(initial);
  if (initial !== answered) {
    setAnswered(initial);
    setSelected(initial);
  }
  const [query, setQuery] = useState("");
  const byCode = useMemo(() => new Map(buurten.map((b) => [b.code, b])), [buurten]);
  const matches = useMemo(() => findMatches(buurten, query), [buurten, query]);

  function filter(text: string) {
    setQuery(text);
    // The closed select shows the best match, so the narrowing is visible without opening it.
    const next = findMatches(buurten, text);
    const best = next?.[0];
    if (next && best && !next.some((b) => b.code === selected)) setSelected(best.code);
  }

  const shown = matches ?? buurten;
  const groups = useMemo(() => groupByWijk(shown, i18n.language), [shown, i18n.language]);
  const current = byCode.get(selected);
  const invalid = Boolean(field.errors?.length);
  const descriptionId = field.descriptionId;
  const filterId = `${field.id}-filter`;
  const filterDescriptionId = `${filterId}-description`;
  const statusId = `${field.id}-status`;
  const currentId = `${field.id}-current`;

  const status =
    matches === null
      ? ""
      : matches.length === 0
        ? t("homeBuurt.notFound")
        : t("homeBuurt.found", { count: matches.length, buurt: current?.name ?? "" });

  return (
    <div className="noaber-buurt-field">
      {hydrated ? (
        <div className="utrecht-form-field utrecht-form-field--text">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={filterId}>
              {t("homeBuurt.filterLabel")}
            </label>
          </div>
          <div className="utrecht-form-field__description utrecht-form-field-description" id={filterDescriptionId}>
            {t("homeBuurt.filterDescription")}
          </div>
          <div className="utrecht-form-field__input">
            <input
              id={filterId}
              type="search"
              autoComplete="off"
              value={query}
              onChange={(event) => filter(event.target.value)}
              // Enter here means "done searching", not "save the whole profile".
              onKeyDown={(event) => {
                if (event.key === "Enter") event.preventDefault();
              }}
              aria-describedby={`${filterDescriptionId} ${statusId}`}
              aria-controls={field.id}
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          </div>
          <p id={statusId} role="status" className="utrecht-paragraph">
            {status}
          </p>
        </div>
      ) : null}
      <div className={`utrecht-form-field utrecht-form-field--text${invalid ? " utrecht-form-field--invalid" : ""}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={field.id}>
            {t("homeBuurt.label")}
          </label>
        </div>
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
          {t("homeBuurt.description")}
        </div>
        <FieldErrors field={field} />
        <div className="utrecht-form-field__input">
          <select
            id={field.id}
            name={field.name}
            value={selected}
            onChange={(event) => setSelected(event.target.value)}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={[descriptionId, invalid ? field.errorId : null, current ? currentId : null]
              .filter(Boolean)
              .join(" ")}
            className={`utrecht-select utrecht-select--html-select${invalid ? " utrecht-select--invalid" : ""}`}
          >
            <option value="">{t("homeBuurt.none")}</option>
            {/* Keep the chosen buurt selectable while the search shows others. */}
            {current && !shown.includes(current) ? <option value={current.code}>{current.name}</option> : null}
            {groups.map((group) => (
              <optgroup
                key={group.wijkName}
                label={
                  group.wijkFormerName
                    ? t("homeBuurt.wijkFormer", { name: group.wijkName, formerName: group.wijkFormerName })
                    : t("homeBuurt.wijk", { name: group.wijkName })
                }
              >
                {group.buurten.map((buurt) => (
                  <option key={buurt.code} value={buurt.code}>
                    {buurt.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        {current ? (
          <p id={currentId} className="utrecht-paragraph">
            {t("homeBuurt.current", { buurt: current.name, wijk: current.wijkName, gebied: current.gebiedName })}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A checkbox for one value of a multi-value field; the list of checked values comes from Conform. */
function Checkbox({
  field,
  value,
  checked,
  children,
}: {
  field: FieldMetadata<string[] | undefined>;
  value: string;
  checked: Set<string>;
  children: React.ReactNode;
}) {
  const id = `${field.id}-${value}`;
  return (
    <li className="utrecht-form-field utrecht-form-field--checkbox">
      <input
        type="checkbox"
        id={id}
        name={field.name}
        value={value}
        defaultChecked={checked.has(value)}
        className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
      />{" "}
      <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
        {children}
      </label>
    </li>
  );
}

/** An outer fieldset (one field, one error) holding a nested fieldset per group. */
function GroupedCheckboxes({
  field,
  legend,
  description,
  groups,
}: {
  field: FieldMetadata<string[] | undefined>;
  legend: string;
  description: string;
  groups: Array<{ key: string; legend: string; options: Array<{ value: string; label: string }> }>;
}) {
  const checked = new Set(asList(field.initialValue));
  const invalid = Boolean(field.errors?.length);
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${invalid ? " utrecht-form-fieldset--invalid" : ""}`}
      aria-describedby={[field.descriptionId, invalid ? field.errorId : null].filter(Boolean).join(" ")}
      // The error summary links here.
      id={`${field.id}-group`}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      <div className="utrecht-form-field-description" id={field.descriptionId}>
        {description}
      </div>
      <FieldErrors field={field} />
      {groups.map((group) => (
        <fieldset key={group.key} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {group.legend}
          </legend>
          <ul className="noaber-checkbox-list">
            {group.options.map((option) => (
              <Checkbox key={option.value} field={field} value={option.value} checked={checked}>
                {option.label}
              </Checkbox>
            ))}
          </ul>
        </fieldset>
      ))}
    </fieldset>
  );
}

// Each language also in its own name and script, for people who read that more easily than Dutch.
const autonyms: Partial<Record<(typeof languageCodes)[number], string>> = {
  nl: "Nederlands",
  gos: "Grunnegs",
  fy: "Frysk",
  en: "English",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  pt: "Português",
  it: "Italiano",
  pl: "Polski",
  ro: "Română",
  bg: "Български",
  hu: "Magyar",
  uk: "Українська",
  ru: "Русский",
  tr: "Türkçe",
  ar: "العربية",
  ku: "Kurdî",
  fa: "فارسی",
  prs: "دری",
  ps: "پښتو",
  ti: "ትግርኛ",
  am: "አማርኛ",
  so: "Soomaali",
  ur: "اردو",
  hi: "हिन्दी",
  zh: "中文",
};

export default function ProfilePage() {
  const { t, i18n } = useTranslation("profile");
  const data = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "profiel",
    lastResult,
    defaultValue: data.profile,
    constraint: getZodConstraint(updateProfileSchema),
    // First check on submit, then live while correcting: no errors while someone is still filling in.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: updateProfileSchema }),
  });
  const english = usesEnglishNames(i18n.language);
  const label = (item: { nameNl: string; nameEn: string }) => (english ? item.nameEn : item.nameNl);
  const languageName = (code: (typeof languageCodes)[number]) => t(`languages.names.${code}`);

  return (
    <div>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      {data.welcomeName !== null ? (
        <p role="status" className="utrecht-paragraph noaber-notice">
          {t("welcome", { name: data.welcomeName })}
        </p>
      ) : null}
      {data.saved && !lastResult ? (
        <p role="status" className="utrecht-paragraph noaber-notice">
          {t("saved")}
        </p>
      ) : null}
      <p className="utrecht-paragraph utrecht-paragraph--lead noaber-prose">{t("intro")}</p>
      <p className="utrecht-paragraph">
        <Link to="/profiel/gegevens" className="utrecht-link">
          {t("privacy:profileLink")}
        </Link>
      </p>
      <p className="utrecht-paragraph">{t("everythingOptional")}</p>

      {/* An explicit action, so ?welkom and ?opgeslagen do not stick to the answer. */}
      <Form method="post" action="/profiel" className="noaber-form" {...getFormProps(form)}>
        <AuthenticityTokenInput name="csrf" />
        <ErrorSummary
          heading={t("errorSummary")}
          formErrors={form.errors}
          items={[
            { id: fields.homeBuurtCode.id, label: t("homeBuurt.label"), errors: fields.homeBuurtCode.errors },
            { id: `${fields.skills.id}-group`, label: t("skills.legend"), errors: fields.skills.errors },
            { id: `${fields.interests.id}-group`, label: t("interests.legend"), errors: fields.interests.errors },
            { id: `${fields.languages.id}-group`, label: t("languages.legend"), errors: fields.languages.errors },
            {
              id: `${fields.availability.id}-group`,
              label: t("availability.legend"),
              errors: fields.availability.errors,
            },
            {
              id: `${fields.noticesPerWeek.id}-group`,
              label: t("noticesPerWeek.legend"),
              errors: fields.noticesPerWeek.errors,
            },
            { id: fields.about.id, label: t("about.label"), errors: fields.about.errors },
            { id: fields.birthDate.id, label: t("birthDate.label"), errors: fields.birthDate.errors },
          ]}
        />

        <HomeBuurtField field={fields.homeBuurtCode} buurten={data.buurten} />

        <GroupedCheckboxes
          field={fields.skills}
          legend={t("skills.legend")}
          description={t("skills.description")}
          groups={data.categories.map((category) => ({
            key: category.slug,
            legend: label(category),
            options: category.skills.map((skill) => ({ value: skill.slug, label: label(skill) })),
          }))}
        />

        <div id={`${fields.interests.id}-group`}>
          <CheckboxGroup
            field={fields.interests}
            legend={t("interests.legend")}
            description={t("interests.description")}
            options={data.categories.map((category) => ({ value: category.slug, label: label(category) }))}
          />
        </div>

        <div id={`${fields.languages.id}-group`}>
          <CheckboxGroup
            field={fields.languages}
            legend={t("languages.legend")}
            description={t("languages.description")}
            options={languageCodes.map((code) => {
              const autonym = autonyms[code];
              const name = languageName(code);
              return {
                value: code,
                label:
                  autonym && autonym !== name ? (
                    <>
                      {name} (
                      <span lang={code} dir="auto">
                        {autonym}
                      </span>
                      )
                    </>
                  ) : (
                    name
                  ),
              };
            })}
          />
        </div>

        <AvailabilityField mode={fields.availabilityMode} slots={fields.availability} />

        <NoticesPerWeekField field={fields.noticesPerWeek} />

        <TextAreaField
          field={fields.about}
          label={t("about.label")}
          description={t("about.description")}
          required={false}
          rows={6}
        />

        <TextField
          field={fields.birthDate}
          type="date"
          label={t("birthDate.label")}
          description={t("birthDate.description")}
          autoComplete="bday"
          required={false}
        />

        <div>
          <SubmitButton>{t("submit")}</SubmitButton>
        </div>
      </Form>
    </div>
  );
}
