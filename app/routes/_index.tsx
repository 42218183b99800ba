import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OpportunityCard } from "../../server/domain/opportunities/opportunities.types";
import { OpportunityList } from "../components/opportunities/OpportunityCard";
import opportunityStyles from "../components/opportunities/opportunities.css";
import { getFixedT } from "../i18n/i18next.server";
import { useSocket } from "../utils/socket";

const NEWEST = 6;

// Remix leaves `.client` modules empty in the server build: while rendering there, there is no socket.

export const links: LinksFunction = () => [{ rel: "stylesheet", href: opportunityStyles }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { opportunities } = context.app.services;
  const [tasks, vacancies, t] = await Promise.all([
    opportunities.listNewest({ kind: "task", limit: NEWEST }),
    opportunities.listNewest({ kind: "vacancy", limit: NEWEST }),
    getFixedT(request, "home"),
  ]);
  return json({ tasks, vacancies, title: t("title") });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Noaber"} · Noaber` }];

/**
 * Cards published while the page is open arrive over the socket and go on top of their list,
 * with a polite announcement for screen readers. Without JavaScript the page is simply static.
 */
function useLiveCards() {
  const { t } = useTranslation("home");
  const socket = useSocket();
  const [arrived, setArrived] = useState<OpportunityCard[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const [subscribed, setSubscribed] = useState(false);

  useEffect(() => {
    if (!socket) return;
    // Rooms do not survive a reconnect: subscribe on every (re)connect.
    const subscribe = () => {
      socket.emit("feed:subscribe", (response) => setSubscribed("data" in response));
    };
    const onDisconnect = () => setSubscribed(false);
    const onPublished = (card: OpportunityCard) => {
      setArrived((previous) => (previous.some((c) => c.id === card.id) ? previous : [card, ...previous]));
      setAnnouncement(t(card.kind === "task" ? "live.newTask" : "live.newVacancy", { title: card.title }));
    };
    socket.on("connect", subscribe);
    socket.on("disconnect", onDisconnect);
    socket.on("opportunity:published", onPublished);
    if (socket.connected) subscribe();
    return () => {
      socket.off("connect", subscribe);
      socket.off("disconnect", onDisconnect);
      socket.off("opportunity:published", onPublished);
    };
  }, [socket, t]);

  return { arrived, announcement, subscribed };
}

function merge(arrived: OpportunityCard[], loaded: OpportunityCard[], kind: OpportunityCard["kind"]) {
  const fresh = arrived.filter((card) => card.kind === kind);
  const seen = new Set(fresh.map((card) => card.id));
  return [...fresh, ...loaded.filter((card) => !seen.has(card.id))];
}

export default function HomePage() {
  const { t } = useTranslation("home");
  const { tasks, vacancies } = useLoaderData<typeof loader>();
  const { arrived, announcement, subscribed } = useLiveCards();
  const shownTasks = useMemo(() => merge(arrived, tasks, "task"), [arrived, tasks]);
  const shownVacancies = useMemo(() => merge(arrived, vacancies, "vacancy"), [arrived, vacancies]);
  const newIds = useMemo(() => new Set(arrived.map((card) => card.id)), [arrived]);

  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead noaber-prose">{t("intro")}</p>

      <Form method="get" action="/zoeken" role="search" className="noaber-hero-search">
        <div className="noaber-hero-search__field">
          <label htmlFor="home-search-q" className="utrecht-form-label">
            {t("search.label")}
          </label>
          <div id="home-search-description" className="utrecht-form-field-description">
            {t("search.description")}
          </div>
          <input
            id="home-search-q"
            type="search"
            name="q"
            autoComplete="off"
            enterKeyHint="search"
            maxLength={200}
            aria-describedby="home-search-description"
            className="utrecht-textbox utrecht-textbox--html-input"
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("search.submit")}
        </button>
      </Form>

      {/* Always in the page, so screen readers pick up what is written into it later. */}
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="noaber-visually-hidden"
        data-live-feed={subscribed ? "connected" : "off"}
      >
        {announcement}
      </div>

      <NewestSection id="home-tasks" kind="task" keyPrefix="tasks" cards={shownTasks} newIds={newIds} />
      <NewestSection id="home-vacancies" kind="vacancy" keyPrefix="vacancies" cards={shownVacancies} newIds={newIds} />
    </>
  );
}

/** One kind's newest opportunities, with a link to all of them in search. */
function NewestSection({
  id,
  kind,
  keyPrefix,
  cards,
  newIds,
}: {
  id: string;
  kind: "task" | "vacancy";
  keyPrefix: "tasks" | "vacancies";
  cards: Parameters<typeof OpportunityList>[0]["cards"];
  newIds: Parameters<typeof OpportunityList>[0]["newIds"];
}) {
  const { t } = useTranslation("home");
  return (
    <section aria-labelledby={id} className="noaber-section">
      <h2 id={id} className="utrecht-heading-2">
        {t(`${keyPrefix}.heading`)}
      </h2>
      <p className="utrecht-paragraph">{t(`${keyPrefix}.intro`)}</p>
      {cards.length > 0 ? (
        <OpportunityList cards={cards} labelledBy={id} newIds={newIds} />
      ) : (
        <p className="utrecht-paragraph">{t(`${keyPrefix}.empty`)}</p>
      )}
      <p className="utrecht-paragraph noaber-section__more">
        <Link to={`/zoeken?kind=${kind}`} className="utrecht-link">
          {t(`${keyPrefix}.all`)}
        </Link>
      </p>
    </section>
  );
}
