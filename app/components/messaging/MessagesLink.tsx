import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** The header's link to the conversations with the number of unread messages in all of them. */
export function MessagesLink({ unread }: { unread: number }) {
  const { t } = useTranslation("messaging");
  return (
    <Link to="/gesprekken" className="noaber-bell">
      {t("nav")}
      {unread > 0 ? (
        <>
          {" "}
          <span className="noaber-bell__count" aria-hidden="true">
            {unread}
          </span>
          <span className="noaber-visually-hidden"> ({t("unread", { count: unread })})</span>
        </>
      ) : null}
    </Link>
  );
}
