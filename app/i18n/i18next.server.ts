import { createInstance, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import { i18nOptions, type Language } from "./config";
import { getLanguage } from "./language.server";
import { namespaces, resources } from "./resources";

/** A fresh i18next instance per request, so concurrent requests in other languages never mix. */
export async function createI18nInstance(language: Language) {
  const instance = createInstance();
  await instance.use(initReactI18next).init({ ...i18nOptions, lng: language, ns: namespaces, resources });
  return instance;
}

/** For loaders and actions that need translated text (page titles, messages). */
export async function getFixedT(request: Request, namespace = "common"): Promise<TFunction> {
  const instance = await createI18nInstance(await getLanguage(request));
  return instance.getFixedT(instance.language, namespace);
}
