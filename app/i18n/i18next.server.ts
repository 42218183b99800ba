import { createInstance, type i18n as I18n, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import { i18nOptions, type Language } from "./config";
import { getLanguage } from "./language.server";
import { namespaces, resources } from "./resources";

// One initialised instance per language, shared by every request in that language: creating and
// initialising one per request (twice per page: the document and a loader's getFixedT) cost about
// 1.4 ms of CPU each (tests/bench/pages.bench.ts). Sharing is safe because the server never changes
// an instance's language or resources after init; a request in the other language gets the other
// instance, so concurrent requests never mix.
const instances = new Map<Language, Promise<I18n>>();

async function initInstance(language: Language): Promise<I18n> {
  const instance = createInstance();
  await instance.use(initReactI18next).init({ ...i18nOptions, lng: language, ns: namespaces, resources });
  return instance;
}

/** The server's i18next instance for this language; never call changeLanguage on it. */
export function getI18nInstance(language: Language): Promise<I18n> {
  let instance = instances.get(language);
  if (!instance) {
    instance = initInstance(language);
    // A failed init is not cached, so the next request tries again.
    instance.catch(() => instances.delete(language));
    instances.set(language, instance);
  }
  return instance;
}

/** For loaders and actions that need translated text (page titles, messages). */
export async function getFixedT(request: Request, namespace = "common"): Promise<TFunction> {
  const instance = await getI18nInstance(await getLanguage(request));
  return instance.getFixedT(instance.language, namespace);
}
