import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** "More about <organisation>": from a vacature or klus to the organisation's public page. */
export function OrganisationLink({ organisation }: { organisation: { id: string; name: string } }) {
  const { t } = useTranslation("organisationPage");
  return (
    <p className="utrecht-paragraph">
      <Link to={`/organisaties/${organisation.id}`} className="utrecht-link noaber-standalone-link">
        {t("linkFromDetail", { name: organisation.name })}
      </Link>
    </p>
  );
}
