import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import type { NotificationView } from "../../server/domain/notifications/notifications.types";
import { formatDate } from "../components/opportunities/format";
import { intlLocale } from "../i18n/config";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";
import { readForm } from "../utils/form.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const [notifications, t] = await Promise.all([
    context.app.services.notifications.listMine(actor, { limit: 100 }),
    getFixedT(request, "notifications"),
  ]);
  return json({ title: t("title"), notifications, markedRead: new URL(request.url).searchParams.has("gelezen") });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Noaber` }];

export async function action({ request, context }: ActionFunctionArgs) {
  await readForm(request, context);
  const actor = await requireUser(request, context);
  await context.app.services.notifications.markAllRead(actor);
  return redirect("/meldingen?gelezen=1");
}

/** A notification's sentence: its kind's text with its data, as text (never HTML). */
export function useNotificationText() {
  const { t, i18n } = useTranslation("notifications");
  return (notification: Pick<NotificationView, "kind" | "data">) => {
    const { until, ...data } = notification.data;
    // An end date (a suspension) is stored as an instant and read in the reader's language.
    const values = typeof until === "string" ? { ...data, until: formatDate(until, i18n.language) } : data;
    return i18n.exists(`notifications:kinds.${notification.kind}`)
      ? t(`kinds.${notification.kind}`, { ...values, interpolation: { escapeValue: false } })
      : t("kinds.unknown");
  };
}

export default function NotificationsPage() {
  const { notifications, markedRead } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("notifications");
  const text = useNotificationText();
  const timeFormat = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  });
  const hasUnread = notifications.some((n) => !n.read);
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      {markedRead ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok noaber-notice">
          <p className="utrecht-paragraph">{t("markedRead")}</p>
        </div>
      ) : null}
      {notifications.length === 0 ? (
        <p className="utrecht-paragraph">{t("none")}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {notifications.map((notification) => (
            <li key={notification.id} className="utrecht-unordered-list__item">
              {notification.read ? null : <strong>{t("new")}: </strong>}
              {notification.link && notification.link.startsWith("/") ? (
                <Link className="utrecht-link" to={notification.link}>
                  {text(notification)}
                </Link>
              ) : (
                text(notification)
              )}{" "}
              <time dateTime={notification.createdAt}>({timeFormat.format(new Date(notification.createdAt))})</time>
            </li>
          ))}
        </ul>
      )}
      {hasUnread ? (
        <Form method="post" className="noaber-form">
          <AuthenticityTokenInput name="csrf" />
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("markAllRead")}
          </button>
        </Form>
      ) : null}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link noaber-standalone-link" to="/meldingen/instellingen">
          {t("alerts:settings.link")}
        </Link>
      </p>
    </div>
  );
}
