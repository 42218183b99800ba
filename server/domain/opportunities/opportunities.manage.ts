import type { Db, Trx } from "../../../db/connect";
import type { Opportunity, OpportunityStatus } from "../../../db/schema";
import { assertUser, type Actor } from "../actor";
import { isUpcomingKlus, recordKlusChange, whenOrWhereChanged, type AddedNotification } from "../alerts/change-notices";
import type { DomainEvents } from "../events";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { enqueueSearchUpdate } from "../search/search.outbox";
import { toAmsterdamInputValue } from "./amsterdam-time";
import { fieldErrorsOf } from "./field-errors";
import * as repo from "./opportunities.repository";
import {
  ONLINE_PLACE,
  opportunityIdSchema,
  updateOpportunitySchema,
  type OpportunityFieldsInput,
  type UpdateOpportunityRequest,
} from "./opportunities.schemas";
import type { EditableOpportunity, OrganisationOverview } from "./opportunities.types";

/** Refuses an unknown buurt or skill, with the form's field errors. */
export async function checkReferences(trx: Trx, input: { buurtCode: string | null; skills: string[] }) {
  const fieldErrors: Record<string, string[]> = {};
  if (input.buurtCode && !(await repo.buurtExists(trx, input.buurtCode))) {
    fieldErrors.place = ["opportunities:errors.place.unknown"];
  }
  if ((await repo.findUnknownSkillSlugs(trx, input.skills)).length > 0) {
    fieldErrors.skills = ["opportunities:errors.skills.unknown"];
  }
  if (Object.keys(fieldErrors).length > 0) throw invalid("The opportunity is not valid", fieldErrors);
}

/** Which status each action may start from. */
const transitions = {
  pause: { from: ["open"], to: "paused" },
  resume: { from: ["paused", "draft"], to: "open" },
  close: { from: ["draft", "open", "paused"], to: "closed" },
} as const satisfies Record<string, { from: readonly OpportunityStatus[]; to: OpportunityStatus }>;
export type StatusAction = keyof typeof transitions;

/** The stored row as the fields that publish and edit write (for a copy). */
function fieldsOfRow(row: Opportunity, skills: string[]): OpportunityFieldsInput {
  return {
    kind: row.kind,
    title: row.title,
    description: row.description,
    buurtCode: row.buurt_code,
    isOnline: row.is_online,
    address: row.address,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    spots: row.spots,
    hoursPerWeek: row.hours_per_week === null ? null : Number(row.hours_per_week),
    minAge: row.min_age,
    period: row.period,
    selectionSteps: row.selection_steps,
    skills,
    languages: row.languages,
    flags: {
      vogRequired: row.vog_required,
      suitableNewcomers: row.suitable_newcomers,
      suitableStudents: row.suitable_students,
      suitableGroups: row.suitable_groups,
      suitableBusinesses: row.suitable_businesses,
      boardExchange: row.board_exchange,
    },
    accessibilityNotes: row.accessibility_notes,
  };
}

/** The row's values as the publish form sends them, to prefill the edit form. */
function formValuesOfRow(row: Opportunity, skills: string[]): EditableOpportunity["values"] {
  return {
    kind: row.kind,
    title: row.title,
    description: row.description,
    place: row.is_online || !row.buurt_code ? ONLINE_PLACE : row.buurt_code,
    address: row.address ?? "",
    startsAt: row.starts_at ? toAmsterdamInputValue(row.starts_at) : "",
    endsAt: row.ends_at ? toAmsterdamInputValue(row.ends_at) : "",
    spots: row.spots === null ? "" : String(row.spots),
    hoursPerWeek: row.hours_per_week === null ? "" : String(Number(row.hours_per_week)),
    minAge: row.min_age === null ? "" : String(row.min_age),
    period: row.period ?? "",
    selectionSteps: row.selection_steps ?? "",
    skills,
    languages: row.languages,
    vogRequired: row.vog_required,
    suitableNewcomers: row.suitable_newcomers,
    suitableStudents: row.suitable_students,
    suitableGroups: row.suitable_groups,
    suitableBusinesses: row.suitable_businesses,
    boardExchange: row.board_exchange,
    accessibilityNotes: row.accessibility_notes,
  };
}

/**
 * What coordinators do with their organisation's vacatures and klussen after publishing: edit,
 * pause, resume, close, duplicate, and the overview. Only coordinators of the opportunity's own
 * organisation may; every change that search shows writes a search_outbox row in its transaction.
 */
export function createOpportunityManagement(deps: {
  db: Db;
  isCoordinator: (actor: Actor, organisationId: string) => Promise<boolean>;
  /** To announce change notices live after commit; without it they wait for the next page load. */
  events?: DomainEvents;
}) {
  const { db } = deps;

  /** After commit: the bell of each claimant, and the immediate e-mail (see the alerts listener). */
  function announce(added: AddedNotification[]) {
    for (const { userId, view } of added) {
      deps.events?.publish("notification.created", { userId, notification: view });
    }
  }

  /** Locks the opportunity and checks that the actor coordinates its organisation. */
  async function lockManaged(trx: Trx, actor: Actor, id: string): Promise<Opportunity> {
    assertUser(actor);
    if (!opportunityIdSchema.safeParse(id).success) throw notFound("Opportunity");
    const row = await repo.lockForManagement(trx, id);
    if (!row) throw notFound("Opportunity");
    const role = await repo.findMembershipRole(trx, row.organisation_id, actor.userId);
    if (role !== "coordinator") throw forbidden("Only a coordinator of the organisation may change its opportunities");
    return row;
  }

  async function changeStatus(actor: Actor, id: string, action: StatusAction): Promise<{ status: OpportunityStatus }> {
    const { from, to } = transitions[action];
    const added = await db.transaction().execute(async (trx) => {
      const row = await lockManaged(trx, actor, id);
      if (!(from as readonly OpportunityStatus[]).includes(row.status)) {
        throw conflict(`Cannot ${action} an opportunity that is ${row.status}`);
      }
      // Going (back) online: a klus that is already over would be listed for nobody.
      if (to === "open" && row.kind === "task" && row.starts_at && row.starts_at.getTime() <= Date.now()) {
        throw conflict("The klus has already started", { startsAt: ["opportunities:errors.startsAt.past"] });
      }
      await repo.setStatus(trx, id, to);
      await enqueueSearchUpdate(trx, [id]);
      // Closing a klus that is still to come cancels it for everyone who claimed it.
      return action === "close" && isUpcomingKlus(row, new Date())
        ? recordKlusChange(trx, { id, title: row.title }, "cancelled")
        : [];
    });
    announce(added);
    return { status: to };
  }

  return {
    /**
     * Edits a vacature or klus with the same checks as publishing. Its kind, organisation and series
     * stay. A klus cannot get fewer spots than it has active claims: the row is locked, so no claim
     * slips in between the count and the change.
     */
    async update(actor: Actor, id: string, request: UpdateOpportunityRequest): Promise<{ id: string; kind: string }> {
      const parsed = updateOpportunitySchema.safeParse(request);
      const result = await db.transaction().execute(async (trx) => {
        // Who may edit is checked before what was sent, so a stranger learns nothing from the answer.
        const row = await lockManaged(trx, actor, id);
        if (!parsed.success) throw invalid("The opportunity is not valid", fieldErrorsOf(parsed.error.issues));
        const input = parsed.data;
        if (row.status === "closed") throw conflict("A closed opportunity cannot be edited");
        if (input.kind !== row.kind) {
          throw invalid("The kind cannot change", { kind: ["opportunities:errors.kind.fixed"] });
        }
        await checkReferences(trx, input);
        if (input.kind === "task" && input.spots !== null) {
          const active = await repo.countActiveClaims(trx, id);
          if (input.spots < active) {
            throw invalid(`${active} volunteers have claimed a spot`, {
              spots: ["opportunities:errors.spots.belowClaims"],
            });
          }
        }
        await repo.updateOpportunityFields(trx, id, input);
        await enqueueSearchUpdate(trx, [id]);
        const changed =
          isUpcomingKlus(row, new Date()) &&
          whenOrWhereChanged(
            {
              startsAt: row.starts_at,
              endsAt: row.ends_at,
              buurtCode: row.buurt_code,
              address: row.address,
              isOnline: row.is_online,
            },
            input,
          );
        const added = changed ? await recordKlusChange(trx, { id, title: input.title }, "changed") : [];
        return { id, kind: row.kind, added };
      });
      announce(result.added);
      return { id: result.id, kind: result.kind };
    },

    /** Takes an open opportunity out of lists and search for a while; claims and applications stay. */
    pause: (actor: Actor, id: string) => changeStatus(actor, id, "pause"),

    /** Puts a paused opportunity (or a draft, which is then published) back online. */
    resume: (actor: Actor, id: string) => changeStatus(actor, id, "resume"),

    /** Closes an opportunity for good: out of lists and search, no new claims or applications. */
    close: (actor: Actor, id: string) => changeStatus(actor, id, "close"),

    /**
     * Copies a vacature or klus as a draft of the same organisation, for the coordinator to edit and
     * then publish. A draft, not open: the copy carries the original's (often past) dates, and two
     * identical listings would confuse volunteers. The copy is not part of the original's series.
     */
    async duplicate(actor: Actor, id: string): Promise<{ id: string; kind: string }> {
      assertUser(actor);
      return db.transaction().execute(async (trx) => {
        const row = await lockManaged(trx, actor, id);
        const skills = await repo.skillSlugsOf(trx, id);
        const copyId = await repo.insertOpportunity(trx, row.organisation_id, fieldsOfRow(row, skills), {
          createdBy: actor.userId,
          status: "draft",
        });
        return { id: copyId, kind: row.kind };
      });
    },

    /** What the edit form starts from; only for the organisation's coordinators. */
    async getEditable(actor: Actor, id: string): Promise<EditableOpportunity> {
      return db.transaction().execute(async (trx) => {
        const row = await lockManaged(trx, actor, id);
        const [skills, organisationName, activeClaims] = await Promise.all([
          repo.skillSlugsOf(trx, id),
          repo.findOrganisationName(trx, row.organisation_id),
          repo.countActiveClaims(trx, id),
        ]);
        return {
          id: row.id,
          kind: row.kind,
          status: row.status,
          organisation: { id: row.organisation_id, name: organisationName ?? "" },
          isSeriesOccurrence: row.series_id !== null,
          activeClaims,
          values: formValuesOfRow(row, skills),
        };
      });
    },

    /** An organisation's overview: each opportunity with its status, spots, claims, waitlist and applications. */
    async listForOrganisation(actor: Actor, organisationId: string): Promise<OrganisationOverview> {
      assertUser(actor);
      if (!opportunityIdSchema.safeParse(organisationId).success) throw notFound("Organisation");
      if (!(await deps.isCoordinator(actor, organisationId))) {
        throw forbidden("Only a coordinator of the organisation may see its overview");
      }
      const name = await repo.findOrganisationName(db, organisationId);
      if (name === null) throw notFound("Organisation");
      return { id: organisationId, name, opportunities: await repo.listOrganisationOverview(db, organisationId) };
    },

    /** The overviews of every organisation the actor coordinates, for /organisatie. */
    async listMyOverviews(actor: Actor): Promise<OrganisationOverview[]> {
      assertUser(actor);
      const organisations = await repo.listCoordinatedOrganisations(db, actor.userId);
      return Promise.all(
        organisations.map(async (organisation) => ({
          ...organisation,
          opportunities: await repo.listOrganisationOverview(db, organisation.id),
        })),
      );
    },
  };
}
