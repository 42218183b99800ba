import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { fallbackLanguage, i18nOptions, isSupportedLanguage } from "./i18n/config";
import { namespaces, resources } from "./i18n/resources";

async function hydrate() {
  const htmlLang = document.documentElement.lang;
  await i18next.use(initReactI18next).init({
    ...i18nOptions,
    lng: isSupportedLanguage(htmlLang) ? htmlLang : fallbackLanguage,
    ns: namespaces,
    resources,
  });

  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
