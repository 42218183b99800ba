import type { Meilisearch } from "meilisearch";
import type { Db } from "../../db/connect";
import type { AppConfig } from "../config";
import type { Logger } from "../logger";
import { createAccountsService } from "./accounts/accounts.service";
import { createAgendaService } from "./agenda/agenda.service";
import { createApplicationsService } from "./applications/applications.service";
import { createClaimsService } from "./claims/claims.service";
import type { DomainEvents } from "./events";
import { createFeedbackService } from "./feedback/feedback.service";
import { createConversationsService } from "./messaging/conversations.service";
import { createMessagingService } from "./messaging/messaging.service";
import { createNotificationsService } from "./notifications/notifications.service";
import { createOpportunitiesService } from "./opportunities/opportunities.service";
import { createPlacesService } from "./places/places.service";
import { createProfilesService } from "./profiles/profiles.service";
import { createSearchService } from "./search/search.service";
import { createSkillsService } from "./skills/skills.service";

export interface ServiceDependencies {
  db: Db;
  meili: Meilisearch;
  events: DomainEvents;
  logger: Logger;
  config: Pick<AppConfig, "meiliIndexPrefix" | "rateLimitMultiplier">;
}

/** Builds every domain service once; Remix (load context) and Socket.IO handlers share these instances. */
export function createServices(deps: ServiceDependencies) {
  const places = createPlacesService(deps);
  const skills = createSkillsService(deps);
  const notifications = createNotificationsService(deps);
  const claims = createClaimsService({ ...deps, notifications });
  return {
    deps,
    accounts: createAccountsService(deps),
    places,
    skills,
    profiles: createProfilesService({ db: deps.db, places, skills }),
    opportunities: createOpportunitiesService(deps),
    search: createSearchService(deps),
    notifications,
    applications: createApplicationsService({ ...deps, notifications }),
    feedback: createFeedbackService({ ...deps, notifications }),
    agenda: createAgendaService(deps),
    claims,
    conversations: createConversationsService(deps),
    messaging: createMessagingService({ ...deps, notifications, claims }),
  };
}

export type Services = ReturnType<typeof createServices>;
