import type { OrganisationKind } from "../../../db/schema";
import type { OpportunityCard } from "../opportunities/opportunities.types";

/** What the public page of an organisation shows. */
export interface OrganisationPage {
  id: string;
  name: string;
  kind: OrganisationKind;
  description: string;
  buurtName: string | null;
  wijkName: string | null;
  website: string | null;
  vacancies: OpportunityCard[];
  tasks: OpportunityCard[];
  /** How the organisation answers applications: share answered within 3 working days, median hours. */
  response: { rate: number | null; medianHours: number | null };
  canManage: boolean;
}
