import { randomUUID } from "node:crypto";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { isDomainError } from "../../server/domain/errors";
import type { UserActor } from "../utils/auth.server";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { replyWithMessagingError, type MessagingActionData } from "../components/messaging/action-replies.server";
import { ComposeForm } from "../components/messaging/ComposeForm";
import { MessageItem, type OpenAction } from "../components/messaging/MessageItem";
import { PostCardForm } from "../components/messaging/PostCardForm";
import { useLiveConversation } from "../components/messaging/useLiveConversation";
import type { AppLoadContext } from "@remix-run/node";
import { pageForDomainError } from "../utils/domain-errors.server";
import { formatDate } from "../components/opportunities/format";
import { shownName } from "../utils/person-name";

const PAGE_SIZE = 30;

const notices = [
  "edited",
  "deleted",
  "hidden",
  "reported",
  "blocked",
  "joined",
  "claimed",
  "waitlisted",
  "posted",
  "privateAllowed",
] as const;
type Notice = (typeof notices)[number];

/** Missing, foreign or malformed conversations are a plain 404 or 403 page. */
function asPageError(error: unknown): never {
  // A malformed id names no conversation: not found, like an unknown one.
  if (isDomainError(error) && error.code === "invalid") throw new Response(null, { status: 404 });
  pageForDomainError(error, { forbidden: "notInConversation" });
}

/** A wijk channel the visitor has not joined (yet): the page offers to join it. */
async function channelToJoin(actor: UserActor, context: AppLoadContext, conversationId: string) {
  const channels = await context.app.services.conversations.listWijkChannels(actor);
  return channels.find((channel) => channel.id === conversationId && !channel.joined) ?? null;
}

type KlusToPost = { id: string; title: string; organisationName: string };

async function openKlussenToPost(actor: UserActor, context: AppLoadContext): Promise<KlusToPost[]> {
  const now = Date.now();
  const overviews = await context.app.services.opportunities.listMyOverviews(actor);
  return overviews.flatMap((organisation) =>
    organisation.opportunities
      .filter(
        (klus) =>
          klus.kind === "task" &&
          klus.status === "open" &&
          klus.publishedAt !== null &&
          (klus.startsAt === null || new Date(klus.startsAt).getTime() > now),
      )
      .map((klus) => ({ id: klus.id, title: klus.title, organisationName: organisation.name })),
  );
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const { messaging, conversations } = context.app.services;
  const conversationId = params.id ?? "";
  const url = new URL(request.url);
  let conversation;
  try {
    conversation = await messaging.getConversation(actor, { conversationId });
  } catch (error) {
    if (isDomainError(error) && error.code === "forbidden") {
      const channel = await channelToJoin(actor, context, conversationId);
      if (channel) return json({ join: channel, page: null });
    }
    asPageError(error);
  }
  const before = url.searchParams.get("voor");
  const beforeSeq = before && /^\d{1,15}$/.test(before) ? Number(before) : undefined;
  const [history, blockedIds, klussen] = await Promise.all([
    messaging.history(actor, { conversationId, beforeSeq, limit: PAGE_SIZE }),
    conversations.blockedIds(actor),
    conversation.canPostCards ? openKlussenToPost(actor, context) : Promise.resolve([] as KlusToPost[]),
  ]);
  const newest = history.messages.at(-1);
  if (beforeSeq === undefined && newest && newest.seq > conversation.lastReadSeq) {
    await messaging.markRead(actor, { conversationId, seq: newest.seq });
  }
  const edit = url.searchParams.get("bewerk");
  const report = url.searchParams.get("meld");
  const open: OpenAction = edit
    ? { kind: "edit", messageId: edit }
    : report
      ? { kind: "report", messageId: report }
      : null;
  const notice = notices.find((key) => url.searchParams.get("gedaan") === key) ?? null;
  return json({
    join: null,
    page: {
      conversation,
      viewerId: actor.userId,
      // Only volunteers agree to private messages with each other.
      viewerIsVolunteer: actor.roles.includes("volunteer"),
      messages: history.messages,
      hasMore: history.hasMore,
      beforeSeq: beforeSeq ?? null,
      blockedIds,
      klussen,
      klusGroupRetentionDays: context.app.services.privacy.retention().klusGroupDays,
      // A fresh id per page: posting the same form twice stores one message.
      clientId: randomUUID(),
      cardClientId: randomUUID(),
      open,
      notice: notice as Notice | null,
    },
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.page?.conversation.title ?? data?.join?.title ?? ""} · Noaber` },
];

/** Every change on the page is a plain form post, answered with post/redirect/get. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  const { messaging, conversations } = context.app.services;
  const conversationId = params.id ?? "";
  const here = `/gesprekken/${conversationId}`;
  const intent = String(formData.get("intent") ?? "");
  const field = (name: string) => String(formData.get(name) ?? "");
  const messageId = field("messageId") || null;
  const done = (notice: Notice, anchor?: string) =>
    redirect(`${here}?gedaan=${notice}${anchor ? `#${anchor}` : ""}`, 303);

  try {
    switch (intent) {
      case "send": {
        const { message } = await messaging.send(actor, {
          conversationId,
          clientId: field("clientId"),
          body: field("body"),
        });
        return redirect(`${here}#bericht-${message.id}`, 303);
      }
      case "edit":
        await messaging.edit(actor, { messageId: field("messageId"), body: field("body") });
        return done("edited", `bericht-${field("messageId")}`);
      case "delete":
        await messaging.remove(actor, { messageId: field("messageId") });
        return done("deleted", `bericht-${field("messageId")}`);
      case "hide":
        await messaging.hide(actor, { messageId: field("messageId") });
        return done("hidden", `bericht-${field("messageId")}`);
      case "report":
        await messaging.report(actor, { messageId: field("messageId"), reason: field("reason") });
        return done("reported");
      case "block":
        await conversations.block(actor, { userId: field("userId") });
        return done("blocked");
      case "allow-private": {
        const { mutual } = await conversations.allowContact(actor, {
          userId: field("userId"),
          metInConversationId: conversationId,
        });
        if (!mutual) return done("privateAllowed");
        const direct = await conversations.startWithVolunteerAsVolunteer(actor, { volunteerId: field("userId") });
        return redirect(`/gesprekken/${direct.conversationId}`, 303);
      }
      case "claim-card": {
        const result = await messaging.claimFromCard(actor, {
          messageId: field("messageId"),
          vogConfirmed: formData.get("vogConfirmed") === "on",
        });
        if (result.claim.status !== "active") return done("waitlisted", `bericht-${field("messageId")}`);
        // In: the klus group is where the organisation and the other volunteers talk about it.
        const group = await conversations.openKlusGroup(actor, { opportunityId: result.opportunityId });
        return redirect(`/gesprekken/${group.conversationId}?gedaan=claimed`, 303);
      }
      case "post-card": {
        const { message } = await messaging.postKlusCard(actor, {
          conversationId,
          opportunityId: field("opportunityId"),
          clientId: field("clientId"),
        });
        return redirect(`${here}?gedaan=posted#bericht-${message.id}`, 303);
      }
      case "join":
        await conversations.setChannelSubscription(actor, { conversationId, subscribed: true });
        return done("joined");
      case "leave":
        await conversations.setChannelSubscription(actor, { conversationId, subscribed: false });
        return redirect("/gesprekken?gedaan=left", 303);
      default:
        throw new Response(null, { status: 400 });
    }
  } catch (error) {
    if (error instanceof Response) throw error;
    return replyWithMessagingError(intent, intent === "send" || intent === "post-card" ? null : messageId, error);
  }
}

export default function ConversationPage() {
  const data = useLoaderData<typeof loader>();
  if (data.join) return <JoinChannel title={data.join.title} />;
  // One instance per conversation and page: going from one to another (a claim leads into the klus
  // group, "Eerdere berichten" to an older page) must not carry messages or the resync cursor along.
  const page = data.page!;
  return <Conversation key={`${page.conversation.id}:${page.beforeSeq ?? "nieuwste"}`} page={page} />;
}

function JoinChannel({ title }: { title: string }) {
  const { t } = useTranslation("messaging");
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to="/gesprekken" className="utrecht-link">
          {t("conversation.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph">{t("channels.intro")}</p>
      <Form method="post">
        <AuthenticityTokenInput name="csrf" />
        <input type="hidden" name="intent" value="join" />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("channels.joinLabel", { title })}
        </button>
      </Form>
    </>
  );
}

type Page = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["page"]>;

function Conversation({ page }: { page: Page }) {
  const { t, i18n } = useTranslation("messaging");
  const { t: tp } = useTranslation("privacy");
  const location = useLocation();
  const actionData = useActionData<typeof action>() as MessagingActionData | undefined;
  const { conversation, viewerId } = page;
  const live = useLiveConversation({
    conversationId: conversation.id,
    viewerId,
    initial: page.messages,
    syncFrom: conversation.lastSeq,
    appendNew: page.beforeSeq === null,
    floorSeq: page.hasMore ? (page.messages[0]?.seq ?? 0) : 0,
    blockedIds: page.blockedIds,
  });
  const blocked = new Set(page.blockedIds);
  const shown = live.messages.filter((message) => !blocked.has(message.authorId));
  const errorsFor = (messageId: string | null) =>
    actionData && actionData.messageId === messageId ? actionData.errors : [];
  const composeErrors = actionData?.intent === "send" ? actionData.errors : live.sendError ? [live.sendError] : [];
  const listId = "berichten";
  const oldest = shown[0];

  return (
    <div className="noaber-conversation" data-live={live.connected ? "connected" : "off"}>
      <p className="utrecht-paragraph">
        <Link to="/gesprekken" className="utrecht-link">
          {t("conversation.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1" id="gesprek-titel" dir="auto">
        {shownName(conversation.title, t)}
      </h1>
      <p className="noaber-conversation__kind">
        {t(`kinds.${conversation.kind}`)}
        {conversation.kind === "klus_group" && conversation.opportunityId ? (
          <>
            {" · "}
            <Link to={`/klussen/${conversation.opportunityId}`} className="utrecht-link">
              {t("card.view")}
            </Link>
          </>
        ) : null}
      </p>

      {page.notice ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t(`notices.${page.notice}`)}</p>
        </div>
      ) : null}

      {page.hasMore && oldest ? (
        <p className="utrecht-paragraph">
          <Link to={`${location.pathname}?voor=${oldest.seq}`} className="utrecht-link noaber-standalone-link">
            {t("conversation.older")}
          </Link>
        </p>
      ) : null}

      {shown.length === 0 && live.pending.length === 0 ? (
        <p className="utrecht-paragraph">{t("conversation.empty")}</p>
      ) : null}
      <ol
        id={listId}
        className="noaber-messages"
        aria-label={t("conversation.messagesLabel", { title: conversation.title })}
      >
        {shown.map((message) => (
          <MessageItem
            key={message.id}
            message={message}
            viewerId={viewerId}
            mayAllowPrivate={page.viewerIsVolunteer && conversation.kind !== "direct"}
            canModerate={conversation.canModerate}
            open={page.open}
            spotsLeft={
              message.card
                ? message.card.opportunityId in live.spots
                  ? (live.spots[message.card.opportunityId] ?? null)
                  : message.card.spotsLeft
                : null
            }
            errors={errorsFor(message.id)}
            pathname={location.pathname}
          />
        ))}
        {live.pending.map((message) => (
          <li key={message.clientId} className="noaber-message noaber-message--mine noaber-message--pending">
            <p className="noaber-message__meta">
              <strong className="noaber-message__author">{t("message.you")}</strong> · {t("message.sending")}
            </p>
            <p className="noaber-message__body">{message.body}</p>
          </li>
        ))}
      </ol>
      {page.beforeSeq !== null ? (
        <p className="utrecht-paragraph">
          <Link to={location.pathname} className="utrecht-link noaber-standalone-link">
            {t("conversation.newestShown")}
          </Link>
        </p>
      ) : null}

      <div className="noaber-visually-hidden" aria-live="polite" aria-atomic="true">
        {live.announcement ? t("conversation.newMessage", { name: live.announcement.authorName }) : ""}
      </div>
      <p className="noaber-typing" aria-live="polite">
        {live.typingNames.map((name) => t("typing", { name })).join(" ")}
      </p>
      {live.live && !live.connected ? (
        <p className="noaber-conversation__offline" role="status">
          {t("conversation.offline")}
        </p>
      ) : null}

      {conversation.archived ? (
        <p className="utrecht-paragraph noaber-notice" role="note">
          {conversation.messagesRemoved
            ? tp("archivedRemoved")
            : tp("archived", { count: page.klusGroupRetentionDays })}
        </p>
      ) : conversation.suspendedUntil ? (
        <p className="utrecht-paragraph noaber-notice" role="status">
          {t("compose.suspended", { date: formatDate(conversation.suspendedUntil, i18n.language) })}
        </p>
      ) : (
        <ComposeForm clientId={page.clientId} errors={composeErrors} onSend={live.send} onTyping={live.typed} />
      )}

      {conversation.canPostCards && !conversation.archived ? (
        <PostCardForm
          klussen={page.klussen}
          clientId={page.cardClientId}
          errors={actionData?.intent === "post-card" ? actionData.errors : []}
        />
      ) : null}

      {conversation.subscribable ? (
        <Form method="post" className="noaber-conversation__leave">
          <AuthenticityTokenInput name="csrf" />
          <input type="hidden" name="intent" value="leave" />
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("channels.leaveLabel", { title: conversation.title })}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
