import { Form } from "@remix-run/react";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { useTranslation } from "react-i18next";
import { languageNames, supportedLanguages } from "../../i18n/config";

/**
 * One plain form with a button per language, so that choosing works without JavaScript. Each name is written
 * in its own language (with `lang`, so a screen reader pronounces it right): a reader finds theirs on any page.
 */
export function LanguageChooser({ language, returnTo }: { language: string; returnTo: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" action="/taal" className="noaber-language" reloadDocument aria-label={t("language.label")}>
      <AuthenticityTokenInput name="csrf" />
      <input type="hidden" name="redirectTo" value={returnTo} />
      <ul className="noaber-language__list">
        {supportedLanguages.map((code) => (
          <li key={code}>
            <button
              type="submit"
              name="language"
              value={code}
              lang={code}
              dir="auto"
              className="utrecht-button utrecht-button--subtle noaber-language__button"
              aria-current={code === language ? "true" : undefined}
            >
              {languageNames[code]}
            </button>
          </li>
        ))}
      </ul>
    </Form>
  );
}
