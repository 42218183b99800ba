import { useTranslation } from "react-i18next";

interface StatementSection {
  heading: string;
  body: string;
}

/** A plain statement page (privacy, accessibility) from the "statements" namespace. */
export function Statement({ name }: { name: "privacy" | "accessibility" }) {
  const { t } = useTranslation("statements");
  const sections = t(`${name}.sections`, { returnObjects: true }) as StatementSection[];
  const updated = t(`${name}.updated`, { defaultValue: "" });
  return (
    <article className="noaber-prose">
      <h1 className="utrecht-heading-1">{t(`${name}.title`)}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t(`${name}.intro`)}</p>
      {sections.map((section) => (
        <section key={section.heading}>
          <h2 className="utrecht-heading-2">{section.heading}</h2>
          <p className="utrecht-paragraph">{section.body}</p>
        </section>
      ))}
      {updated ? <p className="utrecht-paragraph">{updated}</p> : null}
    </article>
  );
}
