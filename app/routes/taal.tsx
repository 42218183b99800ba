import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { supportedLanguages } from "../i18n/config";
import { languageCookie } from "../i18n/language.server";
import { readForm } from "../utils/form.server";
import { safeRedirectPath } from "../utils/safe-redirect";

const languageChoice = z.object({
  language: z.enum(supportedLanguages),
  redirectTo: z.string().optional(),
});

/** Remembers the chosen language in a cookie and goes back to the page the person was on. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const parsed = languageChoice.safeParse(Object.fromEntries(formData));
  if (!parsed.success) throw new Response("Unknown language", { status: 400 });
  return redirect(safeRedirectPath(parsed.data.redirectTo), {
    headers: { "Set-Cookie": await languageCookie.serialize(parsed.data.language) },
  });
}

export function loader() {
  return redirect("/");
}
