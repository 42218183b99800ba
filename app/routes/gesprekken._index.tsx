import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { formatMessageTime } from "../components/messaging/format";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";
import { pageForDomainError } from "../utils/domain-errors.server";
import { shownName } from "../utils/person-name";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const { messaging, conversations } = context.app.services;
  const [mine, channels, blocked] = await Promise.all([
    messaging.listConversations(actor),
    conversations.listWijkChannels(actor),
    conversations.blockedPeople(actor),
  ]);
  const newestFirst = [...mine].sort((a, b) => (b.lastMessageAt ?? "").localeCompare(a.lastMessageAt ?? ""));
  const done = new URL(request.url).searchParams.get("gedaan");
  return json({
    conversations: newestFirst,
    channels,
    blocked,
    left: done === "left",
    unblocked: done === "unblocked",
  });
}

export const meta: MetaFunction = () => [{ title: "Berichten · Noaber" }];

/** Joining a wijk channel leads into it; leaving stays on the list, as does unblocking someone. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request, context);
  const actor = await requireUser(request, context);
  if (formData.get("intent") === "unblock") {
    try {
      await context.app.services.conversations.unblock(actor, { userId: String(formData.get("userId") ?? "") });
    } catch (error) {
      pageForDomainError(error, { request });
    }
    return redirect("/gesprekken?gedaan=unblocked", 303);
  }
  const conversationId = String(formData.get("conversationId") ?? "");
  const subscribed = formData.get("intent") === "join";
  try {
    await context.app.services.conversations.setChannelSubscription(actor, { conversationId, subscribed });
  } catch (error) {
    pageForDomainError(error, { request, forbidden: "notInConversation" });
  }
  return redirect(subscribed ? `/gesprekken/${conversationId}?gedaan=joined` : "/gesprekken?gedaan=left", 303);
}

export default function ConversationsPage() {
  const { conversations, channels, blocked, left, unblocked } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("messaging");
  return (
    <>
      <h1 className="utrecht-heading-1">{t("list.title")}</h1>
      <p className="utrecht-paragraph">{t("list.intro")}</p>
      {left || unblocked ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t(left ? "notices.left" : "notices.unblocked")}</p>
        </div>
      ) : null}

      <section aria-labelledby="mijn-gesprekken" className="noaber-conversations-section">
        <h2 id="mijn-gesprekken" className="utrecht-heading-2">
          {t("list.mine")}
        </h2>
        {conversations.length === 0 ? (
          <p className="utrecht-paragraph">{t("list.empty")}</p>
        ) : (
          <ul className="noaber-conversation-list">
            {conversations.map((conversation) => (
              <li key={conversation.id} className="noaber-conversation-list__item">
                <Link to={`/gesprekken/${conversation.id}`} className="noaber-conversation-list__link">
                  <span className="noaber-conversation-list__title">{shownName(conversation.title, t)}</span>
                  {conversation.unread > 0 ? (
                    <span className="noaber-conversation-list__unread">
                      <span aria-hidden="true">{conversation.unread}</span>
                      <span className="noaber-visually-hidden"> ({t("unread", { count: conversation.unread })})</span>
                    </span>
                  ) : null}
                </Link>
                <span className="noaber-conversation-list__meta">
                  {t(`kinds.${conversation.kind}`)}
                  {" · "}
                  {conversation.lastMessageAt
                    ? t("list.lastMessage", { time: formatMessageTime(conversation.lastMessageAt, i18n.language) })
                    : t("list.noMessages")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="wijkkanalen" className="noaber-conversations-section">
        <h2 id="wijkkanalen" className="utrecht-heading-2">
          {t("channels.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("channels.intro")}</p>
        <ul className="noaber-channel-list">
          {channels.map((channel) => (
            <li key={channel.id} className="noaber-channel-list__item">
              {channel.joined ? (
                <Link to={`/gesprekken/${channel.id}`} className="utrecht-link noaber-channel-list__name">
                  {channel.title}
                </Link>
              ) : (
                <span className="noaber-channel-list__name">{channel.title}</span>
              )}
              <Form method="post" className="noaber-inline-form">
                <AuthenticityTokenInput name="csrf" />
                <input type="hidden" name="conversationId" value={channel.id} />
                <input type="hidden" name="intent" value={channel.joined ? "leave" : "join"} />
                <button
                  type="submit"
                  className={`utrecht-button ${channel.joined ? "utrecht-button--secondary-action" : "utrecht-button--primary-action"} noaber-channel-list__button`}
                  aria-label={t(channel.joined ? "channels.leaveLabel" : "channels.joinLabel", {
                    title: channel.title,
                  })}
                >
                  {t(channel.joined ? "channels.leave" : "channels.join")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      </section>

      {blocked.length > 0 ? (
        <section aria-labelledby="geblokkeerd" className="noaber-conversations-section">
          <h2 id="geblokkeerd" className="utrecht-heading-2">
            {t("blocked.heading")}
          </h2>
          <p className="utrecht-paragraph">{t("blocked.intro")}</p>
          <ul className="noaber-channel-list">
            {blocked.map((person) => (
              <li key={person.userId} className="noaber-channel-list__item">
                <span className="noaber-channel-list__name">{person.name}</span>
                <Form method="post" className="noaber-inline-form">
                  <AuthenticityTokenInput name="csrf" />
                  <input type="hidden" name="intent" value="unblock" />
                  <input type="hidden" name="userId" value={person.userId} />
                  <button
                    type="submit"
                    className="utrecht-button utrecht-button--secondary-action noaber-channel-list__button"
                  >
                    {t("blocked.unblock", { name: person.name })}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
