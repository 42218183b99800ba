import { Link } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSocket } from "../../utils/socket";

/**
 * The header's link to the notifications page with the number of unread ones. Without JavaScript
 * the number comes with each page; with it, it goes up live on `notification:created`.
 */
export function NotificationBell({ unread }: { unread: number }) {
  const { t } = useTranslation("notifications");
  const socket = useSocket();
  // Notifications that arrived live since the server last counted; a fresh count from the server
  // (a new page, or marking all read) starts again from zero (adjusting state while rendering).
  const [live, setLive] = useState({ base: unread, added: 0 });
  if (live.base !== unread) setLive({ base: unread, added: 0 });
  const count = unread + (live.base === unread ? live.added : 0);
  useEffect(() => {
    if (!socket) return;
    const onCreated = () => setLive((current) => ({ ...current, added: current.added + 1 }));
    socket.on("notification:created", onCreated);
    return () => {
      socket.off("notification:created", onCreated);
    };
  }, [socket]);
  return (
    <Link to="/meldingen" className="noaber-bell">
      {t("bell")}
      {count > 0 ? (
        <>
          {" "}
          <span className="noaber-bell__count" aria-hidden="true">
            {count}
          </span>
          <span className="noaber-visually-hidden"> ({t("unread", { count })})</span>
        </>
      ) : null}
    </Link>
  );
}
