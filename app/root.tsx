import utrechtComponents from "@utrecht/component-library-css/dist/index.css";
import utrechtTheme from "@utrecht/design-tokens/dist/index.css";
import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { AuthenticityTokenProvider } from "remix-utils/csrf/react";
import { useTranslation } from "react-i18next";
import { useEffect } from "react";
import { PageLayout } from "./components/layout/PageLayout";
import { openConversationIdOf } from "./components/messaging/unread.server";
import { textDirection } from "./i18n/config";
import { getLanguage } from "./i18n/language.server";
import appStyles from "./styles/app.css";
import { getActor } from "./utils/auth.server";
import { useNonce } from "./utils/nonce";
import { ErrorMessage } from "./components/layout/ErrorMessage";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: utrechtTheme },
  { rel: "stylesheet", href: utrechtComponents },
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Noaber" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [language, actor, [csrfToken, csrfCookie]] = await Promise.all([
    getLanguage(request),
    getActor(request, context),
    context.app.csrf.commitToken(request),
  ]);
  const header =
    actor.kind === "user"
      ? await context.app.services.notifications.header(actor, {
          openConversationId: openConversationIdOf(new URL(request.url).pathname),
        })
      : null;
  return json(
    {
      language,
      csrfToken,
      user:
        header && actor.kind === "user"
          ? {
              id: actor.userId,
              displayName: header.displayName,
              roles: actor.roles,
              unreadNotifications: header.unreadNotifications,
              unreadMessages: header.unreadMessages,
            }
          : null,
    },
    { headers: csrfCookie ? { "Set-Cookie": csrfCookie } : {} },
  );
}

export type RootLoaderData = typeof loader;

function Document({ language, children }: { language: string; children: React.ReactNode }) {
  const nonce = useNonce();
  const { i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);
  return (
    <html lang={language} dir={textDirection(language)} className="utrecht-theme">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="utrecht-document utrecht-document--surface">
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { language, csrfToken, user } = useLoaderData<typeof loader>();
  return (
    <Document language={language}>
      <AuthenticityTokenProvider token={csrfToken}>
        <PageLayout language={language} user={user}>
          <Outlet />
        </PageLayout>
      </AuthenticityTokenProvider>
    </Document>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  // Without the root loader's data (an unknown address), the request's i18next instance still knows the language.
  const { i18n } = useTranslation();
  const language = data?.language ?? i18n.language;
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const details: unknown = isRouteErrorResponse(error) ? error.data : null;
  return (
    <Document language={language}>
      <AuthenticityTokenProvider token={data?.csrfToken ?? ""}>
        <PageLayout language={language} user={data?.user ?? null} canPost={Boolean(data?.csrfToken)}>
          <ErrorMessage status={status} details={details} userName={data?.user?.displayName ?? null} />
        </PageLayout>
      </AuthenticityTokenProvider>
    </Document>
  );
}
