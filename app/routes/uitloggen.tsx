import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { SubmitButton } from "../components/form/fields";
import { getFixedT } from "../i18n/i18next.server";
import { clearSessionCookieHeader, getActor, getSessionId } from "../utils/auth.server";
import { readForm } from "../utils/form.server";

// Logging out changes state, so it is a POST with a CSRF token; a GET (a typed or followed link)
// only asks whether the person wants to log out.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const t = await getFixedT(request, "accounts");
  const actor = await getActor(request, context);
  return json({ title: t("logOut.title"), loggedIn: actor.kind === "user" });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

/** Deletes the session row and the cookie, then goes to the home page. */
export async function action({ request, context }: ActionFunctionArgs) {
  await readForm(request, context);
  const sessionId = await getSessionId(request, context);
  if (sessionId) await context.app.services.accounts.logOut(sessionId);
  return redirect("/", { headers: { "Set-Cookie": await clearSessionCookieHeader(context) } });
}

export default function LogOutPage() {
  const { t } = useTranslation("accounts");
  const { loggedIn } = useLoaderData<typeof loader>();
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("logOut.title")}</h1>
      {loggedIn ? (
        <Form method="post" className="noaber-form">
          <AuthenticityTokenInput name="csrf" />
          <p className="utrecht-paragraph">{t("logOut.question")}</p>
          <div>
            <SubmitButton>{t("logOut.submit")}</SubmitButton>
          </div>
        </Form>
      ) : (
        <p className="utrecht-paragraph">{t("logOut.notLoggedIn")}</p>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" to="/">
          {loggedIn ? t("logOut.cancel") : t("logOut.home")}
        </Link>
      </p>
    </div>
  );
}
