import type { ClientToServerEvents } from "../../../server/realtime/contract";
import { listingForm, klusTimes, roles, type Fixture, type Pair, type Role } from "./fixture";

/*
 * THE AUTHORIZATION MATRIX: every route (loader = GET, action = POST) and every client socket event,
 * for every role, on an "own" and an "other" resource, with what must happen. routes.test.ts and
 * socket-events.test.ts run every cell against the real app; a route module, loader, action or event
 * that is missing here (or listed here but gone) fails them with the line to add.
 *
 * Adding a row: the route id is the Remix build's (`routes/<file name without extension>`). Give the
 * path (a string, or `{ own, other }` built from the fixture in fixture.ts: add a resource there when
 * you need a new kind), for a POST the smallest form that reaches the permission check, and `expect`.
 *
 * Expectations: "allow", "deny" (403, or 404 for what must not be revealed), "login" (sent to the log-in
 * page). A cell for a path with own/other takes "allow/deny": own allow, other deny.
 * In `expect`, `others` is every role not named.
 */

export type Outcome = "allow" | "deny" | "login";
export type Cell = Outcome | `${Outcome}/${Outcome}`;
export type Expectations = Partial<Record<Role, Cell>> & { others?: Cell };
export type Target = "own" | "other";

export interface RouteRow {
  /** One path, or an own and an other resource's path. */
  path: (f: Fixture) => string | Pair;
  /** POST only: the form's fields besides the CSRF token (for own and for other). */
  form?: (f: Fixture, target: Target) => Record<string, string>;
  expect: Expectations;
  /** The action ends the session it is posted with: each cell logs in afresh. */
  endsSession?: boolean;
}

export interface EventRow {
  /** The payload for own and other (one payload when the event has no resource of its own). */
  payload?: (f: Fixture, target: Target) => Record<string, unknown>;
  /** Whether the payload differs for own and other. */
  ownAndOther?: boolean;
  expect: Expectations;
}

const pick = (pair: Pair, target: Target) => pair[target];

/** `expect` → one cell per role. */
export function cellsOf(expect: Expectations): Record<Role, Cell> {
  return Object.fromEntries(
    roles.map((role) => {
      const cell = expect[role] ?? expect.others;
      if (!cell) throw new Error(`no expectation for ${role}`);
      return [role, cell];
    }),
  ) as Record<Role, Cell>;
}

/** The expected outcome of one cell on one target. */
export function outcomeOf(cell: Cell, target: Target): Outcome {
  const [own, other] = cell.split("/") as [Outcome, Outcome | undefined];
  return target === "own" ? own : (other ?? own);
}

const everyone: Expectations = { others: "allow" };
const loggedIn: Expectations = { anonymous: "login", others: "allow" };

const editForm = (f: Fixture, kind: "task" | "vacancy") => ({
  kind,
  title: kind === "task" ? `Matrix klus A ${f.label}` : `Matrix vacature A ${f.label}`,
  description: "Een klus om te testen. Je helpt een paar uur mee.",
  place: "BU00140403",
  ...(kind === "task"
    ? { ...klusTimes, spots: "10" }
    : { hoursPerWeek: "2", period: "Minimaal zes maanden", selectionSteps: "Kennismakingsgesprek" }),
});

// Shared expectations, named after who may.
function gemeenteOnly(): Expectations {
  return { anonymous: "login", gemeente: "allow", others: "deny" };
}
const ownOrganisation: Expectations = {
  anonymous: "login",
  coordinator: "allow/deny",
  otherCoordinator: "deny/allow",
  others: "deny",
};
// Every approved organisation, business or partner publishes klussen and vacatures (a team day, a group klus).
const organisationCoordinators: Expectations = {
  anonymous: "login",
  volunteer: "deny",
  gemeente: "deny",
  others: "allow",
};
// Requests for businesses come from social organisations only.
const socialOrganisations: Expectations = {
  anonymous: "login",
  coordinator: "allow",
  otherCoordinator: "allow",
  others: "deny",
};
const ownBusiness: Expectations = { anonymous: "login", business: "allow/deny", others: "deny" };
const businessOnly: Expectations = { anonymous: "login", business: "allow", others: "deny" };
const groupCoordinators: Expectations = { anonymous: "login", business: "allow", partner: "allow", others: "deny" };
const feedbackSides: Expectations = {
  anonymous: "login",
  volunteer: "allow/deny",
  coordinator: "allow/deny",
  otherCoordinator: "deny/allow",
  others: "deny",
};
const klusGroupMembers: Expectations = {
  anonymous: "login",
  volunteer: "allow/deny",
  coordinator: "allow/deny",
  otherCoordinator: "deny/allow",
  others: "deny",
};
// "Stuur een bericht" on a match of business A's offer and organisation A's request: those two sides only.
const matchSides: Expectations = { anonymous: "login", business: "allow", coordinator: "allow", others: "deny" };
const matchForm = (f: Fixture) => ({ offerId: f.offer.own, requestId: f.request.own });
// One message per author and target however often the matrix posts it.
const sendClientIds = { own: "6f1d3c1e-8a55-4c59-9d0a-6a8e7c1f0a01", other: "6f1d3c1e-8a55-4c59-9d0a-6a8e7c1f0a02" };

function pathPair(prefix: string, pair: Pair, suffix = ""): Pair {
  return { own: `${prefix}${pair.own}${suffix}`, other: `${prefix}${pair.other}${suffix}` };
}

const member: Expectations = klusGroupMembers;

export const routeMatrix: Record<string, { GET?: RouteRow; POST?: RouteRow }> = {
  root: { GET: { path: () => "/privacy", expect: everyone } },
  "routes/_index": { GET: { path: () => "/", expect: everyone } },
  "routes/privacy": { GET: { path: () => "/privacy", expect: everyone } },
  "routes/toegankelijkheid": { GET: { path: () => "/toegankelijkheid", expect: everyone } },
  "routes/zoeken": { GET: { path: () => "/zoeken?q=matrix", expect: everyone } },
  "routes/taal": {
    GET: { path: () => "/taal", expect: everyone },
    POST: { path: () => "/taal", form: () => ({ language: "nl", redirectTo: "/" }), expect: everyone },
  },
  "routes/inloggen": {
    GET: { path: () => "/inloggen", expect: everyone },
    POST: { path: () => "/inloggen", form: () => ({}), expect: everyone },
  },
  "routes/uitloggen": {
    GET: { path: () => "/uitloggen", expect: everyone },
    POST: { path: () => "/uitloggen", form: () => ({}), expect: everyone, endsSession: true },
  },
  "routes/aanmelden": {
    GET: { path: () => "/aanmelden", expect: everyone },
    POST: { path: () => "/aanmelden", form: () => ({}), expect: everyone },
  },
  "routes/aanmelden_.$soort": {
    GET: { path: () => "/aanmelden/bedrijf", expect: everyone },
    POST: { path: () => "/aanmelden/bedrijf", form: () => ({}), expect: everyone },
  },
  "routes/uitnodiging.($code)": {
    GET: { path: (f) => `/uitnodiging/${f.inviteCode}`, expect: everyone },
    POST: { path: (f) => `/uitnodiging/${f.inviteCode}`, form: () => ({}), expect: everyone },
  },
  "routes/welkom": { GET: { path: () => "/welkom", expect: loggedIn } },
  "routes/dev.post": {
    // Only with the embedded mail catcher (npm start without SMTP_URL); the test app has none: 404 for all.
    GET: { path: () => "/dev/post", expect: { others: "deny" } },
  },
  "routes/kalender.$token": {
    // The token is the credential: the feed for whoever has it; a replaced token is gone.
    GET: {
      path: (f) => ({ own: `/kalender/${f.calendarToken.own}`, other: `/kalender/${f.calendarToken.other}` }),
      expect: { others: "allow/deny" },
    },
  },

  "routes/klussen.$id": {
    GET: { path: (f) => pathPair("/klussen/", f.klus), expect: everyone },
    POST: {
      // Marking attendance: only the klus's own organisation.
      path: (f) => pathPair("/klussen/", f.klus),
      form: (f, t) => ({ intent: "attendance", claimId: pick(f.claim, t), attendance: "attended", hours: "2" }),
      expect: { anonymous: "login", coordinator: "allow/deny", otherCoordinator: "deny/allow", others: "deny" },
    },
  },
  "routes/klussen.$id_.bewerken": {
    GET: { path: (f) => pathPair("/klussen/", f.klus, "/bewerken"), expect: ownOrganisation },
    POST: {
      path: (f) => pathPair("/klussen/", f.klus, "/bewerken"),
      form: (f) => editForm(f, "task"),
      expect: ownOrganisation,
    },
  },
  "routes/vacatures.$id": {
    GET: { path: (f) => pathPair("/vacatures/", f.vacancy), expect: everyone },
    POST: {
      // Applying: anyone logged in, as for claiming a klus (the volunteer applied to A already: a conflict).
      path: (f) => `/vacatures/${f.vacancy.own}`,
      form: (f) => ({ opportunityId: f.vacancy.own, motivation: "Ik help graag mee, ik heb hier ervaring mee." }),
      expect: loggedIn,
    },
  },
  "routes/vacatures.$id_.bewerken": {
    GET: { path: (f) => pathPair("/vacatures/", f.vacancy, "/bewerken"), expect: ownOrganisation },
    POST: {
      path: (f) => pathPair("/vacatures/", f.vacancy, "/bewerken"),
      form: (f) => editForm(f, "vacancy"),
      expect: ownOrganisation,
    },
  },
  "routes/organisaties.$id": { GET: { path: (f) => pathPair("/organisaties/", f.organisation), expect: everyone } },

  "routes/profiel": {
    GET: { path: () => "/profiel", expect: { anonymous: "login", volunteer: "allow", others: "deny" } },
    POST: {
      path: () => "/profiel",
      form: () => ({ homeBuurtCode: "BU00140403", languages: "nl" }),
      expect: { anonymous: "login", volunteer: "allow", others: "deny" },
    },
  },
  "routes/voor-jou": { GET: { path: () => "/voor-jou", expect: loggedIn } },
  "routes/agenda": {
    GET: { path: () => "/agenda", expect: loggedIn },
    // A new calendar link (after the GETs: the own calendar cell used the old one).
    POST: { path: () => "/agenda", form: () => ({}), expect: loggedIn },
  },
  "routes/agenda_.urenverklaring": {
    GET: { path: () => "/agenda/urenverklaring", expect: { anonymous: "login", volunteer: "allow", others: "deny" } },
  },
  "routes/feedback.$type.$id": {
    GET: { path: (f) => pathPair("/feedback/claim/", f.pastClaim), expect: feedbackSides },
    POST: {
      path: (f) => pathPair("/feedback/claim/", f.pastClaim),
      form: (f, t) => ({
        subjectType: "claim",
        subjectId: pick(f.pastClaim, t),
        outcome: "went_well",
        note: "Goed gegaan",
      }),
      expect: feedbackSides,
    },
  },
  "routes/meldingen": {
    GET: { path: () => "/meldingen", expect: loggedIn },
    POST: { path: () => "/meldingen", form: () => ({}), expect: loggedIn },
  },
  "routes/meldingen_.instellingen": {
    GET: { path: () => "/meldingen/instellingen", expect: loggedIn },
    POST: { path: () => "/meldingen/instellingen", form: () => ({}), expect: loggedIn },
  },

  "routes/gesprekken._index": {
    GET: { path: () => "/gesprekken", expect: loggedIn },
    POST: {
      path: () => "/gesprekken",
      form: (f) => ({ intent: "join", conversationId: f.wijkChannel }),
      expect: loggedIn,
    },
  },
  "routes/gesprekken.$id": {
    GET: { path: (f) => pathPair("/gesprekken/", f.klusGroup), expect: klusGroupMembers },
    POST: {
      path: (f) => pathPair("/gesprekken/", f.klusGroup),
      form: (_, t) => ({ intent: "send", clientId: sendClientIds[t], body: "Matrix: tot zaterdag!" }),
      expect: klusGroupMembers,
    },
  },
  "routes/gesprekken.nieuw": {
    GET: { path: () => "/gesprekken/nieuw", expect: everyone },
    POST: {
      path: () => "/gesprekken/nieuw",
      form: (f, t) => ({ intent: "klus-group", opportunityId: pick(f.klus, t) }),
      expect: klusGroupMembers,
    },
  },

  "routes/organisatie._index": {
    GET: { path: () => "/organisatie", expect: organisationCoordinators },
    POST: {
      path: () => "/organisatie",
      form: (f, t) => ({ intent: "duplicate", opportunityId: pick(f.klus, t) }),
      expect: ownOrganisation,
    },
  },
  "routes/organisatie.nieuw": {
    GET: { path: () => "/organisatie/nieuw", expect: organisationCoordinators },
    POST: {
      path: () => "/organisatie/nieuw",
      form: (f, t) => ({ ...editForm(f, "task"), organisationId: pick(f.organisation, t), repeat: "none" }),
      expect: ownOrganisation,
    },
  },
  "routes/organisatie.reacties": {
    GET: { path: () => "/organisatie/reacties", expect: organisationCoordinators },
    POST: {
      path: () => "/organisatie/reacties",
      form: (f, t) => ({
        applicationId: pick(f.application, t),
        status: "in_conversation",
        organisationId: pick(f.organisation, t),
      }),
      expect: ownOrganisation,
    },
  },
  "routes/organisatie.vragen._index": {
    GET: { path: () => "/organisatie/vragen", expect: socialOrganisations },
    POST: { path: () => "/organisatie/vragen", form: (f) => matchForm(f), expect: matchSides },
  },
  "routes/organisatie.vragen.nieuw": {
    GET: { path: () => "/organisatie/vragen/nieuw", expect: socialOrganisations },
    POST: { path: () => "/organisatie/vragen/nieuw", form: () => listingForm, expect: socialOrganisations },
  },
  "routes/organisatie.vragen.$id": {
    GET: { path: (f) => pathPair("/organisatie/vragen/", f.request), expect: ownOrganisation },
    POST: {
      path: (f) => pathPair("/organisatie/vragen/", f.request),
      form: () => listingForm,
      expect: ownOrganisation,
    },
  },

  "routes/bedrijf.aanbod._index": {
    GET: { path: () => "/bedrijf/aanbod", expect: businessOnly },
    POST: { path: () => "/bedrijf/aanbod", form: (f) => matchForm(f), expect: matchSides },
  },
  "routes/bedrijf.aanbod.nieuw": {
    GET: { path: () => "/bedrijf/aanbod/nieuw", expect: businessOnly },
    POST: { path: () => "/bedrijf/aanbod/nieuw", form: () => listingForm, expect: businessOnly },
  },
  "routes/bedrijf.aanbod.$id": {
    GET: { path: (f) => pathPair("/bedrijf/aanbod/", f.offer), expect: ownBusiness },
    POST: { path: (f) => pathPair("/bedrijf/aanbod/", f.offer), form: () => listingForm, expect: ownBusiness },
  },
  "routes/bedrijf.rapportage": { GET: { path: () => "/bedrijf/rapportage", expect: businessOnly } },
  "routes/bedrijf.rapportage[.]csv": { GET: { path: () => "/bedrijf/rapportage.csv", expect: businessOnly } },

  "routes/groep": {
    GET: { path: () => "/groep", expect: groupCoordinators },
    POST: {
      // A new invite code: own = the partner's group, other = business B's.
      path: () => "/groep",
      form: (f, t) => ({
        organisationId: t === "own" ? f.partnerOrganisation : f.business.other,
        expiresOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
        maxUses: "3",
      }),
      expect: { anonymous: "login", partner: "allow/deny", others: "deny" },
    },
  },
  "routes/voor-uw-groep": {
    GET: { path: () => "/voor-uw-groep", expect: groupCoordinators },
    POST: {
      path: () => "/voor-uw-groep",
      form: (f, t) => ({
        organisationId: t === "own" ? f.partnerOrganisation : f.business.other,
        opportunityId: f.klus.own,
      }),
      expect: { anonymous: "login", partner: "allow/deny", others: "deny" },
    },
  },
  "routes/team": {
    GET: { path: () => "/team", expect: groupCoordinators },
    POST: {
      // Naming someone who is not a member: refused as invalid after the check of whose team it is.
      path: () => "/team",
      form: (f, t) => ({ intent: "name", teamClaimId: pick(f.teamClaim, t), memberId: f.users.volunteer.id }),
      expect: { anonymous: "login", partner: "allow/deny", others: "deny" },
    },
  },

  "routes/gemeente.aanmeldingen": {
    GET: { path: () => "/gemeente/aanmeldingen", expect: gemeenteOnly() },
    POST: {
      path: () => "/gemeente/aanmeldingen",
      form: (f) => ({ organisationId: f.pendingRegistration, decision: "approve" }),
      expect: gemeenteOnly(),
    },
  },
  "routes/gemeente.instellingen": {
    GET: { path: () => "/gemeente/instellingen", expect: gemeenteOnly() },
    // An empty value is a form error: nothing changes, also for the municipality.
    POST: { path: () => "/gemeente/instellingen", form: () => ({ hourValue: "" }), expect: gemeenteOnly() },
  },

  // The municipality's figures; an organisation's coordinators see their own organisation's only.
  "routes/gemeente._index": { GET: { path: () => "/gemeente", expect: gemeenteOnly() } },
  "routes/gemeente.cijfers": { GET: { path: () => "/gemeente/cijfers?wijk=WK001403", expect: gemeenteOnly() } },
  "routes/gemeente.cijfers[.]csv": {
    GET: { path: () => "/gemeente/cijfers.csv?gebied=oude-wijken", expect: gemeenteOnly() },
  },
  "routes/organisatie.cijfers": {
    GET: {
      path: (f) => ({
        own: `/organisatie/cijfers?organisatie=${f.organisation.own}`,
        other: `/organisatie/cijfers?organisatie=${f.organisation.other}`,
      }),
      expect: ownOrganisation,
    },
  },
  "routes/organisatie.cijfers[.]csv": {
    GET: {
      path: (f) => ({
        own: `/organisatie/cijfers.csv?organisatie=${f.organisation.own}`,
        other: `/organisatie/cijfers.csv?organisatie=${f.organisation.other}`,
      }),
      expect: ownOrganisation,
    },
  },

  // Moderation: the municipality only. A warning without text is a form error, so nothing is sent.
  "routes/gemeente.moderatie": {
    GET: { path: () => "/gemeente/moderatie", expect: gemeenteOnly() },
    POST: {
      path: () => "/gemeente/moderatie",
      form: () => ({ intent: "warn", subjectType: "message", subjectId: "", text: "" }),
      expect: gemeenteOnly(),
    },
  },
  "routes/gemeente.logboek": { GET: { path: () => "/gemeente/logboek", expect: gemeenteOnly() } },
  // Anyone logged in may report a klus; an empty reason is a form error, so no report is stored.
  "routes/melden.$id": {
    GET: { path: (f) => `/melden/${f.klus.own}`, expect: loggedIn },
    POST: { path: (f) => `/melden/${f.klus.own}`, form: () => ({ reason: "" }), expect: loggedIn },
  },

  // Privacy self-service: always one's own data (no id is read from the request). A wrong password deletes nothing.
  "routes/profiel_.gegevens": {
    GET: { path: () => "/profiel/gegevens", expect: loggedIn },
    POST: { path: () => "/profiel/gegevens", form: () => ({ password: "not-the-password" }), expect: loggedIn },
  },
  "routes/profiel_.gegevens[.]json": { GET: { path: () => "/profiel/gegevens.json", expect: loggedIn } },
  "routes/account-verwijderd": { GET: { path: () => "/account-verwijderd", expect: everyone } },
};

// `satisfies`: an event of the contract without a row, or a row for no event, does not compile.
export const eventMatrix = {
  "feed:subscribe": { expect: everyone },
  "klus:subscribe": { payload: (f) => ({ opportunityId: f.klus.own }), expect: everyone },
  "claim:create": {
    // Anyone logged in may claim a klus, coordinators included (the volunteer holds a spot already: a conflict).
    payload: (f) => ({ opportunityId: f.klusToClaim }),
    expect: loggedIn,
  },
  "claim:cancel": {
    payload: (f, t) => ({ claimId: pick(f.claimToCancel, t) }),
    ownAndOther: true,
    expect: { anonymous: "login", volunteer: "allow/deny", others: "deny" },
  },
  "message:send": {
    payload: (f, t) => ({ conversationId: pick(f.klusGroup, t), clientId: sendClientIds[t], body: "Matrix: hallo" }),
    ownAndOther: true,
    expect: member,
  },
  "message:edit": {
    payload: (f, t) => ({ messageId: pick(f.messages.edit, t), body: `Matrix bericht ${t} bewerkt` }),
    ownAndOther: true,
    expect: { anonymous: "login", volunteer: "allow/deny", others: "deny" },
  },
  "message:delete": {
    payload: (f, t) => ({ messageId: pick(f.messages.delete, t) }),
    ownAndOther: true,
    expect: { anonymous: "login", volunteer: "allow/deny", others: "deny" },
  },
  "message:hide": {
    // The klus's organisation moderates its klus group.
    payload: (f, t) => ({ messageId: pick(f.messages.hide, t) }),
    ownAndOther: true,
    expect: { anonymous: "login", coordinator: "allow/deny", otherCoordinator: "deny/allow", others: "deny" },
  },
  "message:report": {
    payload: (f, t) => ({ messageId: pick(f.messages.report, t), reason: "Matrix" }),
    ownAndOther: true,
    expect: member,
  },
  "conversation:history": {
    payload: (f, t) => ({ conversationId: pick(f.klusGroup, t) }),
    ownAndOther: true,
    expect: member,
  },
  "conversation:sync": {
    payload: (f, t) => ({ conversationId: pick(f.klusGroup, t), afterSeq: 0 }),
    ownAndOther: true,
    expect: member,
  },
  "conversation:read": {
    payload: (f, t) => ({ conversationId: pick(f.klusGroup, t), seq: 1 }),
    ownAndOther: true,
    expect: member,
  },
  "conversation:typing": {
    payload: (f, t) => ({ conversationId: pick(f.klusGroup, t) }),
    ownAndOther: true,
    expect: member,
  },
  "card:claim": {
    // "Ik doe mee" on a card in the wijk channel: its members only, who joined it (the volunteer) or posted
    // there (coordinator A, the card's author). Before card:post, which makes organisation B a member.
    payload: (f) => ({ messageId: f.card }),
    expect: { anonymous: "login", volunteer: "allow", coordinator: "allow", others: "deny" },
  },
  "card:post": {
    // A card in the wijk channel: an organisation posts its own klussen only.
    payload: (f, t) => ({ conversationId: f.wijkChannel, opportunityId: pick(f.klus, t), clientId: sendClientIds[t] }),
    ownAndOther: true,
    expect: ownOrganisation,
  },
} satisfies Record<keyof ClientToServerEvents, EventRow>;
