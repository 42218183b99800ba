import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SpotsView } from "../../../server/domain/claims/claims.types";
import type { MessageView } from "../../../server/domain/messaging/messaging.types";
import { useSocket, useSocketConnected, type NoaberSocket } from "../../utils/socket";
import { mergeMessages } from "./merge";
import { SyncCursor } from "./sync-cursor";

const TYPING_SEND_EVERY_MS = 3000;
const TYPING_SHOWN_MS = 5000;

export interface PendingMessage {
  clientId: string;
  body: string;
}

export type SendError = "messaging:errors.rateLimited" | "messaging:compose.blocked" | "messaging:errors.generic";

function sendErrorOf(code: string): SendError {
  if (code === "rate_limited") return "messaging:errors.rateLimited";
  if (code === "forbidden") return "messaging:compose.blocked";
  return "messaging:errors.generic";
}

/**
 * A conversation kept up to date once the page has JavaScript: live messages and changes, a resync
 * after every (re)connect from the highest change seen, sends that survive a lost connection (the
 * same client id is retried until the server acks it, so nothing is stored twice), live spots on
 * klus cards, who is typing, and the read mark. Without JavaScript none of this runs.
 */
export function useLiveConversation({
  conversationId,
  viewerId,
  initial,
  syncFrom,
  appendNew,
  floorSeq,
  blockedIds,
}: {
  conversationId: string;
  viewerId: string;
  initial: MessageView[];
  /** The conversation's counter when the page was made: a resync starts here. */
  syncFrom: number;
  /** False on an older page: new messages are not appended there. */
  appendNew: boolean;
  /** The oldest message on the page when older ones exist: changes to those are not shown here. */
  floorSeq: number;
  blockedIds: string[];
}) {
  const socket = useSocket();
  const connected = useSocketConnected(socket);
  const hiddenAuthors = useMemo(() => new Set(blockedIds), [blockedIds]);
  const [messages, setMessages] = useState(initial);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [spots, setSpots] = useState<Record<string, number | null>>({});
  const [typing, setTyping] = useState<Record<string, string>>({});
  const [sendError, setSendError] = useState<SendError | null>(null);
  const [announcement, setAnnouncement] = useState<MessageView | null>(null);

  // A new loader answer (after a form post) is merged in, never replaces what came live.
  const [previousInitial, setPreviousInitial] = useState(initial);
  if (initial !== previousInitial) {
    setPreviousInitial(initial);
    setMessages((current) => mergeMessages(current, initial, { appendNew: true, floorSeq, hiddenAuthors }));
  }

  // Moves past live events only when nothing before them is missing (see SyncCursor).
  const [cursor] = useState(() => new SyncCursor(syncFrom));
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const readUpTo = useRef(0);

  const receive = useCallback(
    (incoming: MessageView[], { announce, live }: { announce: boolean; live: boolean }) => {
      const mine = incoming.filter((message) => message.conversationId === conversationId);
      if (mine.length === 0) return;
      if (live) for (const message of mine) cursor.live(message.changedSeq);
      setMessages((current) => mergeMessages(current, mine, { appendNew, floorSeq, hiddenAuthors }));
      const arrivedIds = new Set(mine.filter((m) => m.authorId === viewerId).map((m) => m.clientId));
      if (arrivedIds.size > 0) setPending((current) => current.filter((p) => !arrivedIds.has(p.clientId)));
      const fromOthers = mine.filter(
        (message) =>
          message.authorId !== viewerId && !hiddenAuthors.has(message.authorId) && message.state === "visible",
      );
      const newest = fromOthers.at(-1);
      if (announce && newest) setAnnouncement(newest);
      for (const message of fromOthers) {
        setTyping((current) => {
          if (!(message.authorId in current)) return current;
          const next = { ...current };
          delete next[message.authorId];
          return next;
        });
      }
    },
    [conversationId, viewerId, appendNew, floorSeq, hiddenAuthors, cursor],
  );

  const emitSend = useCallback(
    (target: NoaberSocket, message: PendingMessage) => {
      target.emit("message:send", { conversationId, ...message }, (answer) => {
        if ("data" in answer) {
          receive([answer.data], { announce: false, live: true });
          setPending((current) => current.filter((p) => p.clientId !== message.clientId));
        } else if (answer.error.code !== "unavailable" && answer.error.code !== "internal") {
          // Refused for good (too many, blocked, not valid): it will not go through on a retry either.
          setPending((current) => current.filter((p) => p.clientId !== message.clientId));
          setSendError(sendErrorOf(answer.error.code));
        }
      });
    },
    [conversationId, receive],
  );

  useEffect(() => {
    if (!socket) return;
    let stopped = false;
    const sync = () => {
      socket.emit("conversation:sync", { conversationId, afterSeq: cursor.value }, (answer) => {
        if (stopped || !("data" in answer)) return;
        receive(answer.data.messages, { announce: true, live: false });
        cursor.synced(answer.data);
        if (!answer.data.complete) sync();
      });
    };
    const onConnect = () => {
      sync();
      for (const message of pendingRef.current) emitSend(socket, message);
    };
    const onCreated = (message: MessageView) => receive([message], { announce: true, live: true });
    const onChanged = (message: MessageView) => receive([message], { announce: false, live: true });
    const onSpots = (change: SpotsView) =>
      setSpots((current) => ({ ...current, [change.opportunityId]: change.spotsLeft }));
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const onTyping = (who: { conversationId: string; userId: string; name: string }) => {
      if (who.conversationId !== conversationId || who.userId === viewerId || hiddenAuthors.has(who.userId)) return;
      setTyping((current) => ({ ...current, [who.userId]: who.name }));
      clearTimeout(timers.get(who.userId));
      timers.set(
        who.userId,
        setTimeout(() => {
          setTyping((current) => {
            const next = { ...current };
            delete next[who.userId];
            return next;
          });
        }, TYPING_SHOWN_MS),
      );
    };
    // The browser knows sooner than a heartbeat that the network is gone, and when it is back.
    const onOffline = () => socket.disconnect();
    const onOnline = () => socket.connect();
    socket.on("connect", onConnect);
    socket.on("message:created", onCreated);
    socket.on("message:changed", onChanged);
    socket.on("card:spots", onSpots);
    socket.on("conversation:typing", onTyping);
    window.addEventListener("offline", onOffline);
    window.addEventListener("online", onOnline);
    if (socket.connected) onConnect();
    return () => {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      socket.off("connect", onConnect);
      socket.off("message:created", onCreated);
      socket.off("message:changed", onChanged);
      socket.off("card:spots", onSpots);
      socket.off("conversation:typing", onTyping);
      window.removeEventListener("offline", onOffline);
      window.removeEventListener("online", onOnline);
    };
  }, [socket, conversationId, viewerId, hiddenAuthors, receive, emitSend, cursor]);

  // What is shown while the page is visible counts as read.
  useEffect(() => {
    if (!socket || !connected) return;
    const markRead = () => {
      const newest = messages.at(-1)?.seq ?? 0;
      if (document.visibilityState !== "visible" || newest <= readUpTo.current) return;
      readUpTo.current = newest;
      socket.emit("conversation:read", { conversationId, seq: newest }, () => {});
    };
    markRead();
    document.addEventListener("visibilitychange", markRead);
    return () => document.removeEventListener("visibilitychange", markRead);
  }, [socket, connected, conversationId, messages]);

  const lastTypingSent = useRef(0);
  const typed = useCallback(() => {
    if (!socket?.connected) return;
    const now = Date.now();
    if (now - lastTypingSent.current < TYPING_SEND_EVERY_MS) return;
    lastTypingSent.current = now;
    socket.emit("conversation:typing", { conversationId }, () => {});
  }, [socket, conversationId]);

  /** False before hydration: the form then posts as a plain form. */
  const send = useCallback(
    (body: string) => {
      if (!socket) return false;
      const message = { clientId: crypto.randomUUID(), body };
      setSendError(null);
      setPending((current) => [...current, message]);
      if (socket.connected) emitSend(socket, message);
      return true;
    },
    [socket, emitSend],
  );

  return {
    live: socket !== null,
    connected,
    messages,
    pending,
    spots,
    typingNames: Object.values(typing),
    sendError,
    announcement,
    send,
    typed,
  };
}
