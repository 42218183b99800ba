import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getFixedT } from "../i18n/i18next.server";

/** Where a deletion ends: the person is logged out, so this page asks for no session. */
export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getFixedT(request, "privacy");
  return json({ title: t("deleted.title") });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export default function AccountDeletedPage() {
  const { t } = useTranslation("privacy");
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("deleted.title")}</h1>
      <p className="utrecht-paragraph" role="status">
        {t("deleted.body")}
      </p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" to="/">
          {t("deleted.home")}
        </Link>
      </p>
    </div>
  );
}
