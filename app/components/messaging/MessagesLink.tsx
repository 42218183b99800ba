import { Link, useLocation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MessageView } from "../../../server/domain/messaging/messaging.types";
import { useSocket, useSocketConnected } from "../../utils/socket";

/**
 * The header's link to the conversations with the number of unread messages in all of them.
 * Without JavaScript the number comes with each page; with it, it goes up live when someone else
 * writes in a conversation that is not the one on screen (the socket is in all of them).
 */
export function MessagesLink({ unread, viewerId }: { unread: number; viewerId: string }) {
  const { t } = useTranslation("messaging");
  const socket = useSocket();
  const connected = useSocketConnected(socket);
  const { pathname } = useLocation();
  // Messages that arrived live since the server last counted; a fresh count starts again from zero.
  const [live, setLive] = useState({ base: unread, added: new Set<string>() });
  if (live.base !== unread) setLive({ base: unread, added: new Set() });
  const count = unread + (live.base === unread ? live.added.size : 0);
  useEffect(() => {
    if (!socket) return;
    const onCreated = (message: MessageView) => {
      if (message.authorId === viewerId || message.state !== "visible") return;
      if (pathname === `/gesprekken/${message.conversationId}`) return;
      setLive((current) => ({ ...current, added: new Set(current.added).add(message.id) }));
    };
    socket.on("message:created", onCreated);
    return () => {
      socket.off("message:created", onCreated);
    };
  }, [socket, viewerId, pathname]);
  return (
    <Link to="/gesprekken" className="noaber-bell" data-socket={connected ? "connected" : undefined}>
      {t("nav")}
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
