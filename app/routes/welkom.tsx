import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import groupStyles from "../components/groups/groups.css";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: groupStyles }];
/** After joining with an invite: the login name, for people without an e-mail address, to write down. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const [user, t] = await Promise.all([context.app.services.accounts.getUser(actor), getFixedT(request, "invites")]);
  return json({ title: t("welcome.title"), loginName: user?.loginName ?? null });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export default function WelcomePage() {
  const { t } = useTranslation("invites");
  const { loginName } = useLoaderData<typeof loader>();
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("welcome.title")}</h1>
      {loginName ? (
        <>
          <p className="utrecht-paragraph">
            {t("welcome.loginName")} <strong className="noaber-code">{loginName}</strong>
          </p>
          <p className="utrecht-paragraph">{t("welcome.remember")}</p>
        </>
      ) : null}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/">
          {t("welcome.next")}
        </Link>
      </p>
    </div>
  );
}
