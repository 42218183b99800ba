import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../i18n/config";
import { getFixedT } from "../i18n/i18next.server";
import { requireUser } from "../utils/auth.server";

/**
 * The local mail catcher's mailbox. It exists only when the catcher is the transport (the embedded
 * default on one machine, also under NODE_ENV=production as in the end-to-end tests): there mail
 * never leaves the machine and this page is the only way to read it. With a real mail server (or
 * none) it is a 404. Each person sees only the mail sent to their own address, so it shows nobody
 * else's messages.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const caughtMail = context.app.caughtMail;
  if (!caughtMail) throw new Response(null, { status: 404 });
  const actor = await requireUser(request, context);
  const [user, t] = await Promise.all([context.app.services.accounts.getUser(actor), getFixedT(request, "alerts")]);
  const address = user?.email?.toLowerCase() ?? "";
  const messages = caughtMail()
    .filter((mail) => mail.to.some((to) => to.toLowerCase() === address))
    .map(({ id, receivedAt, to, subject, text }) => ({ id, receivedAt, to, subject, text }));
  return json({ title: t("post.title"), messages });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Noaber` },
  { name: "robots", content: "noindex" },
];

export default function DevPostPage() {
  const { messages } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("alerts");
  const timeFormat = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "Europe/Amsterdam",
  });
  return (
    <div className="noaber-prose">
      <h1 className="utrecht-heading-1">{t("post.title")}</h1>
      <p className="utrecht-paragraph">{t("post.intro")}</p>
      {messages.length === 0 ? <p className="utrecht-paragraph">{t("post.none")}</p> : null}
      {messages.map((mail) => (
        <article key={mail.id} aria-labelledby={`mail-${mail.id}`}>
          <h2 id={`mail-${mail.id}`} className="utrecht-heading-2">
            {mail.subject}
          </h2>
          <p className="utrecht-paragraph">
            {t("post.to")}: {mail.to.join(", ")} · {t("post.received")}:{" "}
            <time dateTime={mail.receivedAt}>{timeFormat.format(new Date(mail.receivedAt))}</time>
          </p>
          {/* The plain-text part, as text (never the HTML part), one paragraph per line so it reflows. */}
          {mail.text
            .split("\n")
            .filter((line) => line.trim() !== "")
            .map((line, index) => (
              <p key={index} className="utrecht-paragraph">
                {line}
              </p>
            ))}
        </article>
      ))}
    </div>
  );
}
