import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Statement } from "../components/content/Statement";
import { getFixedT } from "../i18n/i18next.server";

/** The privacy statement, with the retention periods in force (from the configuration, not from a text). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const t = await getFixedT(request, "statements");
  return json({ title: t("privacy.title"), retention: context.app.services.privacy.retention() });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export default function PrivacyPage() {
  const { retention } = useLoaderData<typeof loader>();
  const { t } = useTranslation("privacy");
  return (
    <Statement name="privacy">
      <section aria-labelledby="bewaartermijnen">
        <h2 className="utrecht-heading-2" id="bewaartermijnen">
          {t("retention.heading")}
        </h2>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">{t("retention.account")}</li>
          <li className="utrecht-unordered-list__item">
            {t("retention.klusGroup", { count: retention.klusGroupDays })}
          </li>
          <li className="utrecht-unordered-list__item">
            {t("retention.notifications", { count: retention.notificationDays })}
          </li>
          <li className="utrecht-unordered-list__item">{t("retention.sessions")}</li>
        </ul>
        <p className="utrecht-paragraph">
          <Link to="/profiel/gegevens" className="utrecht-link">
            {t("data.title")}
          </Link>
        </p>
      </section>
    </Statement>
  );
}
