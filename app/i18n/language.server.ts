import { createCookie } from "@remix-run/node";
import { fallbackLanguage, isSupportedLanguage, type Language } from "./config";

/** The chosen language is remembered in a cookie; without one, Noaber speaks Dutch. */
export const languageCookie = createCookie("noaber_lang", {
  sameSite: "lax",
  path: "/",
  maxAge: 60 * 60 * 24 * 365,
  // Not Secure: a language preference is no secret, and the choice must also work over plain http on this machine.
  secure: false,
});

export async function getLanguage(request: Pick<Request, "headers">): Promise<Language> {
  const value: unknown = await languageCookie.parse(request.headers.get("Cookie"));
  return isSupportedLanguage(value) ? value : fallbackLanguage;
}
