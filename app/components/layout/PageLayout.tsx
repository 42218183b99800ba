import { Form, Link as RemixLink, useLocation } from "@remix-run/react";
import { Page, PageContent, PageFooter, PageHeader } from "@utrecht/component-library-react";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";
import { useTranslation } from "react-i18next";
import type { RoleSlug } from "../../../db/schema";
import { MessagesLink } from "../messaging/MessagesLink";
import { useSocketFollowsUser } from "../../utils/socket";
import { LanguageChooser } from "./LanguageChooser";
import { NotificationBell } from "./NotificationBell";
import { coordinatorRoles, groupCoordinatorRoles } from "../../../server/domain/actor";

export interface LayoutUser {
  id: string;
  displayName: string;
  roles: RoleSlug[];
  /** Unread in-app notifications, for the bell. */
  unreadNotifications?: number;
  /** Unread messages over all conversations, for the "Berichten" link. */
  unreadMessages?: number;
}

/** Header with navigation and language switch, one main landmark, and a footer with the statements. */
export function PageLayout({
  language,
  user,
  canPost = true,
  children,
}: {
  language: string;
  user: LayoutUser | null;
  /** False on error pages rendered without the root loader, where no CSRF token exists to post with. */
  canPost?: boolean;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const here = location.pathname + location.search;
  const isCoordinator = user?.roles.some((role) => coordinatorRoles.includes(role)) ?? false;
  useSocketFollowsUser(user?.id ?? null);
  return (
    <>
      {/* Utrecht's SkipLink component wraps itself in a <p>, which adds a gap above the header; its CSS alone is enough. */}
      <a href="#main" className="utrecht-skip-link utrecht-skip-link--visible-on-focus">
        {t("skipToContent")}
      </a>
      <Page className="noaber-page">
        <PageHeader className="noaber-header">
          <div className="noaber-header__bar">
            <RemixLink to="/" className="noaber-brand">
              <span className="noaber-brand__name">{t("appName")}</span>
              <span className="noaber-brand__tagline">{t("tagline")}</span>
            </RemixLink>
            {canPost ? <LanguageChooser language={language} returnTo={here} /> : null}
          </div>
          <nav aria-label={t("nav.label")} className="noaber-nav">
            <ul className="noaber-nav__list">
              <li>
                <RemixLink to="/">{t("nav.home")}</RemixLink>
              </li>
              {user?.roles.includes("volunteer") ? (
                <li>
                  <RemixLink to="/voor-jou">{t("search:nav.forYou")}</RemixLink>
                </li>
              ) : null}
              <li>
                <RemixLink to="/zoeken">{t("nav.search")}</RemixLink>
              </li>
              {isCoordinator ? (
                <>
                  <li>
                    <RemixLink to="/organisatie">{t("nav.organisation")}</RemixLink>
                  </li>
                  <li>
                    <RemixLink to="/organisatie/nieuw">{t("nav.publish")}</RemixLink>
                  </li>
                  <li>
                    <RemixLink to="/organisatie/cijfers">{t("figures:nav.organisationFigures")}</RemixLink>
                  </li>
                </>
              ) : null}
              {user?.roles.includes("business_coordinator") ? (
                <li>
                  <RemixLink to="/bedrijf/aanbod">{t("businesses:nav.offers")}</RemixLink>
                </li>
              ) : null}
              {user?.roles.includes("organisation_coordinator") ? (
                <li>
                  <RemixLink to="/organisatie/vragen">{t("businesses:nav.requests")}</RemixLink>
                </li>
              ) : null}
              {user?.roles.some((role) => groupCoordinatorRoles.includes(role)) ? (
                <li>
                  <RemixLink to="/groep">{t("invites:nav.group")}</RemixLink>
                </li>
              ) : null}
              {user?.roles.includes("gemeente") ? (
                <>
                  <li>
                    <RemixLink to="/gemeente">{t("figures:nav.home")}</RemixLink>
                  </li>
                  <li>
                    <RemixLink to="/gemeente/cijfers">{t("figures:nav.figures")}</RemixLink>
                  </li>
                  <li>
                    <RemixLink to="/gemeente/aanmeldingen">{t("registrations:nav.approvals")}</RemixLink>
                  </li>
                  <li>
                    <RemixLink to="/gemeente/moderatie">{t("moderation:nav.queue")}</RemixLink>
                  </li>
                  <li>
                    <RemixLink to="/gemeente/logboek">{t("moderation:nav.log")}</RemixLink>
                  </li>
                  <li>
                    <RemixLink to="/gemeente/instellingen">{t("businesses:nav.settings")}</RemixLink>
                  </li>
                </>
              ) : null}
              {user && canPost ? (
                <>
                  <li>
                    <RemixLink to="/agenda">{t("agenda:title")}</RemixLink>
                  </li>
                  {isCoordinator ? (
                    <li>
                      <RemixLink to="/organisatie/reacties">{t("applications:coordinator.navLink")}</RemixLink>
                    </li>
                  ) : null}
                  {user.roles.some((role) => role === "business_coordinator" || role === "partner_coordinator") ? (
                    <li>
                      <RemixLink to="/team">{t("nav.teams")}</RemixLink>
                    </li>
                  ) : null}
                  <li>
                    <MessagesLink unread={user.unreadMessages ?? 0} viewerId={user.id} />
                  </li>
                  <li>
                    <NotificationBell unread={user.unreadNotifications ?? 0} />
                  </li>
                  {user.roles.includes("volunteer") ? (
                    <li>
                      <RemixLink to="/profiel">{t("nav.profile")}</RemixLink>
                    </li>
                  ) : null}
                  <li>
                    <Form method="post" action="/uitloggen" className="noaber-inline-form">
                      <AuthenticityTokenInput name="csrf" />
                      <button type="submit" className="noaber-nav__button">
                        {t("nav.logout")} <span className="noaber-visually-hidden">({user.displayName})</span>
                      </button>
                    </Form>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <RemixLink to="/inloggen">{t("nav.login")}</RemixLink>
                  </li>
                  <li>
                    <RemixLink to="/aanmelden">{t("nav.signup")}</RemixLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </PageHeader>
        <PageContent>
          <main id="main" tabIndex={-1} className="noaber-main">
            {children}
          </main>
        </PageContent>
        <PageFooter className="noaber-footer">
          <nav aria-label={t("footer.label")}>
            <ul className="noaber-footer__list">
              <li>
                <RemixLink to="/privacy">{t("footer.privacy")}</RemixLink>
              </li>
              {user ? (
                <li>
                  <RemixLink to="/profiel/gegevens">{t("privacy:data.title")}</RemixLink>
                </li>
              ) : null}
              <li>
                <RemixLink to="/toegankelijkheid">{t("footer.accessibility")}</RemixLink>
              </li>
            </ul>
          </nav>
          <p>{t("footer.demo")}</p>
          <p>{t("footer.credit")}</p>
        </PageFooter>
      </Page>
    </>
  );
}
