import { useTranslation } from "react-i18next";

interface StatementSection {
  heading: string;
  body: string;
}

/** Languages the statements are written in; other readers get the English text, marked as such. */
const statementLanguages: ReadonlySet<string> = new Set(["nl", "en"]);

/** A plain statement page (privacy, accessibility) from the "statements" namespace. */
export function Statement({
  name,
  children,
}: {
  name: "privacy" | "accessibility";
  /** Sections translated into every language (not only nl/en), shown after the statement's own. */
  children?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation("statements");
  const written = statementLanguages.has(i18n.language);
  // The body's language is named with `lang` so that a screen reader reads the English text as English.
  const bodyLanguage = written ? undefined : "en";
  const body = written ? t : i18n.getFixedT("en", "statements");
  const sections = body(`${name}.sections`, { returnObjects: true }) as StatementSection[];
  const updated = body(`${name}.updated`, { defaultValue: "" });
  return (
    <article className="noaber-prose">
      <h1 className="utrecht-heading-1">{t(`${name}.title`)}</h1>
      {written ? null : <p className="utrecht-paragraph noaber-notice">{t("untranslatedNote")}</p>}
      <div lang={bodyLanguage} dir={bodyLanguage ? "ltr" : undefined}>
        <p className="utrecht-paragraph utrecht-paragraph--lead">{body(`${name}.intro`)}</p>
        {sections.map((section) => (
          <section key={section.heading}>
            <h2 className="utrecht-heading-2">{section.heading}</h2>
            <p className="utrecht-paragraph">{section.body}</p>
          </section>
        ))}
      </div>
      {children}
      {updated ? (
        <p className="utrecht-paragraph" lang={bodyLanguage} dir={bodyLanguage ? "ltr" : undefined}>
          {updated}
        </p>
      ) : null}
    </article>
  );
}
