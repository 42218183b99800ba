import type { Meilisearch } from "meilisearch";
import type { Db } from "../../db/connect";
import type { AppConfig } from "../config";
import type { Logger } from "../logger";
import { disabledMailer } from "../mail/mailer";
import type { Mailer } from "../mail/mail.types";
import { createAlertsService } from "./alerts/alerts.service";
import { createAccountsService } from "./accounts/accounts.service";
import { createBackgroundTasks } from "./background";
import { createListingsService } from "./businesses/listings.service";
import { createSocialReturnService } from "./businesses/social-return.service";
import { createAgendaService } from "./agenda/agenda.service";
import { createApplicationsService } from "./applications/applications.service";
import { createClaimsService } from "./claims/claims.service";
import type { DomainEvents } from "./events";
import { createFeedbackService } from "./feedback/feedback.service";
import { createInvitesService } from "./invites/invites.service";
import { createConversationsService } from "./messaging/conversations.service";
import { createMessagingService } from "./messaging/messaging.service";
import { createModerationService } from "./moderation/moderation.service";
import { createMonitoringService } from "./monitoring/monitoring.service";
import { createNoticesService } from "./notices/notices.service";
import { createNotificationsService } from "./notifications/notifications.service";
import { createOpportunitiesService } from "./opportunities/opportunities.service";
import { createOrganisationsService } from "./organisations/organisations.service";
import { createPartnersService } from "./partners/partners.service";
import { createPlacesService } from "./places/places.service";
import { createPrivacyService } from "./privacy/privacy.service";
import { createProfilesService } from "./profiles/profiles.service";
import { createRegistrationsService } from "./registrations/registrations.service";
import { createSearchService } from "./search/search.service";
import { createSettingsService } from "./settings/settings.service";
import { createSkillsService } from "./skills/skills.service";
import { createTeamClaimsService } from "./team-claims/team-claims.service";

export interface ServiceDependencies {
  db: Db;
  meili: Meilisearch;
  events: DomainEvents;
  logger: Logger;
  config: Pick<AppConfig, "meiliIndexPrefix" | "rateLimitMultiplier"> &
    Partial<Pick<AppConfig, "teamReleaseHours" | "retention" | "waveIntervalMs">>;
  /** Outgoing e-mail and the base URL of its links; without it no e-mail is sent. */
  mail?: { mailer: Mailer; baseUrl: string; awayMs?: number };
}

/** Builds every domain service once; Remix (load context) and Socket.IO handlers share these instances. */
export function createServices(deps: ServiceDependencies) {
  const background = createBackgroundTasks(deps.logger);
  const places = createPlacesService(deps);
  const skills = createSkillsService(deps);
  const notifications = createNotificationsService(deps);
  const claims = createClaimsService({ ...deps, notifications });
  const applications = createApplicationsService({ ...deps, notifications });
  const conversations = createConversationsService({ ...deps, background, notifications });
  const settings = createSettingsService(deps);
  const accounts = createAccountsService(deps);
  const messaging = createMessagingService({ ...deps, notifications, claims, background });
  return {
    deps,
    background,
    accounts,
    registrations: createRegistrationsService({ db: deps.db, accounts, notifications }),
    invites: createInvitesService({ db: deps.db, accounts }),
    partners: createPartnersService({ db: deps.db, notifications }),
    places,
    skills,
    profiles: createProfilesService({ db: deps.db, places, skills }),
    opportunities: createOpportunitiesService(deps),
    search: createSearchService(deps),
    notifications,
    notices: createNoticesService({
      ...deps,
      notifications,
      messaging,
      waveIntervalMs: deps.config.waveIntervalMs,
    }),
    applications,
    organisations: createOrganisationsService({ db: deps.db, applications }),
    feedback: createFeedbackService({ ...deps, notifications }),
    agenda: createAgendaService(deps),
    claims,
    teamClaims: createTeamClaimsService({ ...deps, notifications }),
    alerts: createAlertsService({
      ...deps,
      mailer: deps.mail?.mailer ?? disabledMailer,
      baseUrl: deps.mail?.baseUrl ?? "http://localhost:3000",
      awayMs: deps.mail?.awayMs,
    }),
    conversations,
    settings,
    listings: createListingsService({ db: deps.db, conversations }),
    socialReturn: createSocialReturnService({ db: deps.db, settings }),
    messaging,
    moderation: createModerationService({ ...deps, notifications, messaging }),
    monitoring: createMonitoringService({ db: deps.db }),
    privacy: createPrivacyService(deps),
  };
}

export type Services = ReturnType<typeof createServices>;
