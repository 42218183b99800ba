import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createClaim,
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createUser,
  createVolunteers,
  grantRole,
} from "../../../../db/factories";
import type { Actor } from "../../../../server/domain/actor";
import { createOutboxWorker, type OutboxWorker } from "../../../../server/domain/search/outbox.worker";
import type { MessageView } from "../../../../server/domain/messaging/messaging.types";
import { createTestServices } from "../../../support/context";

const t = createTestServices();
const { db, services, events } = t;
const { messaging, conversations, moderation } = services;
const run = `mod${Math.random().toString(36).slice(2, 8)}`;
const DAY = 24 * 3_600_000;
// Generous: these assert that it happens, not how fast.
const eventually = { timeout: 10_000, interval: 50 };

const volunteerActor = (userId: string): Actor => ({ kind: "user", userId, roles: ["volunteer"] });
const coordinatorActor = (userId: string): Actor => ({ kind: "user", userId, roles: ["organisation_coordinator"] });
const send = (who: Actor, conversationId: string, body: string) =>
  messaging.send(who, { conversationId, clientId: randomUUID(), body }).then((sent) => sent.message);

let gemeente: Actor;
let otherGemeente: Actor;
let gemeenteId: string;
let worker: OutboxWorker;

beforeAll(async () => {
  const [first, second] = await Promise.all([createUser(db), createUser(db)]);
  await Promise.all([grantRole(db, first.id, "gemeente"), grantRole(db, second.id, "gemeente")]);
  gemeenteId = first.id;
  gemeente = { kind: "user", userId: first.id, roles: ["gemeente"] };
  otherGemeente = { kind: "user", userId: second.id, roles: ["gemeente"] };
  worker = createOutboxWorker(t, { pollIntervalMs: 250 });
  await worker.start();
});

afterAll(async () => {
  await worker.stop();
  await t.meili.deleteIndexIfExists(worker.indexUid);
});

/** A klus group with a coordinator and two active claimants, and a conversation of five messages. */
async function reportedConversation() {
  const organisation = await createOrganisation(db, { name: `Buurthuis ${run}` });
  const { user: coordinatorUser } = await createCoordinator(db, organisation, { password_hash: "!" });
  const klus = await createOpportunity(db, { organisation_id: organisation.id, kind: "task", spots: 3 });
  const coordinator = coordinatorActor(coordinatorUser.id);
  const { conversationId } = await conversations.openKlusGroup(coordinator, { opportunityId: klus.id });
  const [author, reporter, second] = await createVolunteers(db, 3);
  for (const volunteer of [author!, reporter!, second!]) {
    await createClaim(db, { opportunityId: klus.id, volunteerId: volunteer.id });
  }
  const sent: MessageView[] = [];
  for (const [who, body] of [
    [coordinator, "Welkom allemaal"],
    [volunteerActor(reporter!.id), "Hoe laat beginnen we?"],
    [volunteerActor(author!.id), "Jij bent een sukkel"],
    [coordinator, "Om tien uur"],
    [volunteerActor(second!.id), "Tot dan"],
  ] as const) {
    sent.push(await send(who, conversationId, body));
  }
  const reported = sent[2]!;
  return {
    organisation,
    klus,
    coordinator,
    conversationId,
    author: author!,
    reporter: reporter!,
    second: second!,
    reported,
  };
}

async function auditRows(subjectId: string) {
  return db
    .selectFrom("audit_log")
    .select(["actor_id", "action", "subject_type", "note"])
    .where("subject_id", "=", subjectId)
    .orderBy("id")
    .execute();
}

async function reportedKlus(kind: "task" | "vacancy" = "task") {
  const organisation = await createOrganisation(db, { name: `Stichting ${run}` });
  const { user: coordinatorUser } = await createCoordinator(db, organisation, { password_hash: "!" });
  const startsAt = new Date(Date.now() + 5 * DAY);
  const klus = await createOpportunity(db, {
    organisation_id: organisation.id,
    kind,
    title: `Verdachte klus ${run} ${randomUUID().slice(0, 4)}`,
    description: `Kom geld ophalen ${run}`,
    starts_at: kind === "task" ? startsAt : null,
    ends_at: kind === "task" ? new Date(startsAt.getTime() + 2 * 3_600_000) : null,
    spots: kind === "task" ? 4 : null,
  });
  const [reporter, claimant] = await createVolunteers(db, 2);
  await moderation.reportOpportunity(volunteerActor(reporter!.id), { opportunityId: klus.id, reason: "Oplichting" });
  return { organisation, klus, coordinatorUser, reporter: reporter!, claimant: claimant! };
}

describe("the moderation queue", () => {
  it("groups a message's reports with the reasons, the count and the context, never the reporters' names", async () => {
    const { conversationId, author, reporter, second, reported } = await reportedConversation();
    await messaging.report(volunteerActor(reporter.id), { messageId: reported.id, reason: "Scheldwoord" });
    await messaging.report(volunteerActor(second.id), { messageId: reported.id, reason: "Niet aardig" });

    const { items } = await moderation.queue(gemeente);
    const item = items.find((i) => i.subjectType === "message" && i.subjectId === reported.id);
    expect(item).toMatchObject({
      subjectType: "message",
      reports: 2,
      reasons: ["Scheldwoord", "Niet aardig"],
      author: { id: author.id, name: author.display_name, suspendedUntil: null },
      conversation: { id: conversationId, kind: "klus_group" },
      message: { body: "Jij bent een sukkel", state: "visible" },
    });
    if (item?.subjectType !== "message") throw new Error("no message item");
    expect(item.before.map((m) => m.body)).toEqual(["Welkom allemaal", "Hoe laat beginnen we?"]);
    expect(item.after.map((m) => m.body)).toEqual(["Om tien uur", "Tot dan"]);
    // Who reported is nowhere in the item (their names show only where they wrote in the context).
    expect(JSON.stringify(item)).not.toContain(reporter.id);
    expect(JSON.stringify(item)).not.toContain(second.id);
  });

  it("shows a reported klus with its organisation, date, place and description, and counts waiting registrations", async () => {
    const { klus } = await reportedKlus();
    await db
      .insertInto("organisations")
      .values({ slug: `wacht-${run}`, name: `Wacht ${run}`, kind: "business", approved_at: null })
      .execute();
    const queue = await moderation.queue(gemeente);
    expect(queue.pendingRegistrations).toBeGreaterThanOrEqual(1);
    expect(queue.items.find((i) => i.subjectId === klus.id)).toMatchObject({
      subjectType: "opportunity",
      reports: 1,
      reasons: ["Oplichting"],
      opportunity: {
        title: klus.title,
        organisationName: `Stichting ${run}`,
        description: `Kom geld ophalen ${run}`,
        startsAt: klus.starts_at!.toISOString(),
        hidden: false,
      },
    });
  });
});

describe("moderation actions", () => {
  it("hides a reported message for every member, handles its reports and logs it", async () => {
    const { conversationId, reporter, reported } = await reportedConversation();
    await messaging.report(volunteerActor(reporter.id), { messageId: reported.id, reason: "Scheldwoord" });
    const changed: MessageView[] = [];
    const stop = events.subscribe("message.changed", ({ message }) => changed.push(message));
    try {
      await moderation.hide(gemeente, { subjectType: "message", subjectId: reported.id, note: "Schelden" });
    } finally {
      stop();
    }
    expect(changed).toEqual([expect.objectContaining({ id: reported.id, state: "hidden", conversationId })]);
    const seen = await messaging.history(volunteerActor(reporter.id), { conversationId });
    expect(seen.messages.find((m) => m.id === reported.id)).toMatchObject({ state: "hidden", body: null });
    const { items } = await moderation.queue(gemeente);
    expect(items.some((i) => i.subjectId === reported.id)).toBe(false);
    expect(await auditRows(reported.id)).toEqual([
      { actor_id: gemeenteId, action: "hide", subject_type: "message", note: "Schelden" },
    ]);
  });

  it("hides a reported klus: closed, gone from its page and from search, its claimants told", async () => {
    const { klus, claimant, coordinatorUser } = await reportedKlus();
    await createClaim(db, { opportunityId: klus.id, volunteerId: claimant.id });
    await services.opportunities.getDetail(volunteerActor(claimant.id), klus.id);
    await db.insertInto("search_outbox").values({ opportunity_id: klus.id }).execute();
    const search = async () =>
      (await services.search.search({ kind: "anonymous" }, { q: `Verdachte ${run}` })).results.map((c) => c.id);
    await vi.waitFor(async () => expect(await search()).toContain(klus.id), eventually);

    await moderation.hide(gemeente, { subjectType: "opportunity", subjectId: klus.id });

    const row = await db
      .selectFrom("opportunities")
      .select(["status", "hidden_by"])
      .where("id", "=", klus.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "closed", hidden_by: gemeenteId });
    await expect(services.opportunities.getDetail(volunteerActor(claimant.id), klus.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(services.opportunities.getDetail({ kind: "anonymous" }, klus.id)).rejects.toMatchObject({
      code: "not_found",
    });
    // Its own coordinators still see what was taken down.
    await expect(
      services.opportunities.getDetail(coordinatorActor(coordinatorUser.id), klus.id),
    ).resolves.toMatchObject({ hiddenByModeration: true });
    await vi.waitFor(async () => expect(await search()).not.toContain(klus.id), eventually);
    const told = await db.selectFrom("notifications").select("kind").where("user_id", "=", claimant.id).execute();
    expect(told).toEqual([{ kind: "klusRemoved" }]);
    expect(await auditRows(klus.id)).toMatchObject([{ action: "hide", subject_type: "opportunity" }]);
    // Nobody can report it any more.
    await expect(
      moderation.reportOpportunity(volunteerActor(claimant.id), { opportunityId: klus.id, reason: "Nog steeds" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("dismisses reports without touching the subject", async () => {
    const { klus } = await reportedKlus("vacancy");
    await moderation.dismiss(gemeente, { subjectType: "opportunity", subjectId: klus.id, note: "Klopt gewoon" });
    const row = await db
      .selectFrom("opportunities")
      .select(["status", "hidden_at"])
      .where("id", "=", klus.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: klus.status, hidden_at: null });
    expect((await moderation.queue(gemeente)).items.some((i) => i.subjectId === klus.id)).toBe(false);
    expect(await auditRows(klus.id)).toMatchObject([{ action: "dismiss", note: "Klopt gewoon" }]);
  });

  it("warns the author of a message, and the coordinators of a klus, with the moderator's words", async () => {
    const { author, reported, conversationId } = await reportedConversation();
    await moderation.warn(gemeente, { subjectType: "message", subjectId: reported.id, text: "Houd het vriendelijk." });
    const toAuthor = await db
      .selectFrom("notifications")
      .select(["kind", "data", "link"])
      .where("user_id", "=", author.id)
      .where("kind", "=", "moderationWarning")
      .execute();
    expect(toAuthor).toEqual([
      {
        kind: "moderationWarning",
        data: { about: expect.any(String), text: "Houd het vriendelijk." },
        link: `/gesprekken/${conversationId}`,
      },
    ]);
    expect(await auditRows(reported.id)).toMatchObject([{ action: "warn", note: "Houd het vriendelijk." }]);

    const { klus, coordinatorUser } = await reportedKlus();
    await expect(
      moderation.warn(gemeente, { subjectType: "opportunity", subjectId: klus.id, text: "Pas de tekst aan." }),
    ).resolves.toEqual({ warned: 1 });
    const toCoordinator = await db
      .selectFrom("notifications")
      .select("data")
      .where("user_id", "=", coordinatorUser.id)
      .where("kind", "=", "moderationWarning")
      .executeTakeFirstOrThrow();
    expect(toCoordinator.data).toEqual({ about: klus.title, text: "Pas de tekst aan." });
    // A warning leaves the reports in the queue: the moderator still hides or dismisses.
    expect((await moderation.queue(gemeente)).items.some((i) => i.subjectId === klus.id)).toBe(true);
    await expect(
      moderation.warn(gemeente, { subjectType: "message", subjectId: reported.id, text: " " }),
    ).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { text: ["moderation:errors.warning.required"] },
    });
  });

  it("suspends from wijk and organisation channels until a date, not from klus groups, and lifts it", async () => {
    const { author, conversationId } = await reportedConversation();
    const wijk = await db
      .selectFrom("conversations")
      .select("id")
      .where("kind", "=", "wijk_channel")
      .where("wijk_code", "=", "WK001402")
      .executeTakeFirstOrThrow();
    await conversations.setChannelSubscription(volunteerActor(author.id), {
      conversationId: wijk.id,
      subscribed: true,
    });
    const until = new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10);

    const { until: endsAt } = await moderation.suspend(gemeente, { userId: author.id, until, reason: "Schelden" });
    await expect(send(volunteerActor(author.id), wijk.id, "Hallo wijk")).rejects.toMatchObject({
      code: "forbidden",
      fieldErrors: { form: ["messaging:errors.suspended"] },
    });
    await expect(send(volunteerActor(author.id), conversationId, "Sorry")).resolves.toMatchObject({ body: "Sorry" });
    await expect(
      messaging.getConversation(volunteerActor(author.id), { conversationId: wijk.id }),
    ).resolves.toMatchObject({
      suspendedUntil: endsAt,
    });
    const told = await db
      .selectFrom("notifications")
      .select(["data"])
      .where("user_id", "=", author.id)
      .where("kind", "=", "channelSuspended")
      .executeTakeFirstOrThrow();
    expect(told.data).toEqual({ until: endsAt, reason: "Schelden" });
    expect((await moderation.queue(gemeente)).suspensions).toContainEqual(
      expect.objectContaining({ userId: author.id, until: endsAt }),
    );

    await moderation.liftSuspension(gemeente, { userId: author.id });
    await expect(send(volunteerActor(author.id), wijk.id, "Hallo wijk")).resolves.toMatchObject({ body: "Hallo wijk" });
    await expect(moderation.liftSuspension(gemeente, { userId: author.id })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await auditRows(author.id)).toMatchObject([
      { action: "suspend", subject_type: "user", note: `${until}: Schelden` },
      { action: "lift_suspension", subject_type: "user" },
    ]);
  });

  it("refuses an end date in the past or more than a year away", async () => {
    const [someone] = await createVolunteers(db, 1);
    for (const until of ["2020-01-01", new Date(Date.now() + 400 * DAY).toISOString().slice(0, 10), "2026-02-31"]) {
      await expect(moderation.suspend(gemeente, { userId: someone!.id, until, reason: "x" })).rejects.toMatchObject({
        code: "invalid",
      });
    }
  });

  it("tells the second of two moderators handling the same report that it was already handled", async () => {
    const { reporter, reported } = await reportedConversation();
    await messaging.report(volunteerActor(reporter.id), { messageId: reported.id, reason: "Scheldwoord" });
    const results = await Promise.allSettled([
      moderation.hide(gemeente, { subjectType: "message", subjectId: reported.id }),
      moderation.dismiss(otherGemeente, { subjectType: "message", subjectId: reported.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused).toMatchObject({
      reason: { code: "conflict", fieldErrors: { form: ["moderation:errors.handled"] } },
    });
    expect(await auditRows(reported.id)).toHaveLength(1);
  });

  it("logs approvals and refusals of registrations made through the registrations service", async () => {
    const organisation = await db
      .insertInto("organisations")
      .values({
        slug: `nieuw-${run}`,
        name: `Nieuw ${run}`,
        kind: "partner",
        partner_type: "school",
        approved_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await services.registrations.decide(gemeente, {
      organisationId: organisation.id,
      decision: "reject",
      reason: "Onbekend",
    });
    expect(await auditRows(organisation.id)).toEqual([
      { actor_id: gemeenteId, action: "reject_registration", subject_type: "organisation", note: "Onbekend" },
    ]);
  });
});

describe("the audit log", () => {
  it("lists newest first, a page at a time, filtered by action, with what each subject is", async () => {
    const { klus } = await reportedKlus();
    await moderation.dismiss(gemeente, { subjectType: "opportunity", subjectId: klus.id });
    const first = await moderation.auditLog(gemeente);
    expect(first.entries[0]).toMatchObject({ action: "dismiss", subjectId: klus.id, subjectLabel: klus.title });
    const ids = first.entries.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const dismissed = await moderation.auditLog(gemeente, { action: "dismiss" });
    expect(dismissed.entries.every((e) => e.action === "dismiss")).toBe(true);
    if (first.nextBefore) {
      const older = await moderation.auditLog(gemeente, { before: first.nextBefore });
      expect(Number(older.entries[0]!.id)).toBeLessThan(Number(first.nextBefore));
    }
  });
});

describe("reporting a klus", () => {
  it("takes one report per person, needs a reason, and refuses the organisation's own coordinators", async () => {
    const { klus, reporter, coordinatorUser } = await reportedKlus();
    await moderation.reportOpportunity(volunteerActor(reporter.id), { opportunityId: klus.id, reason: "Nog eens" });
    const reports = await db
      .selectFrom("opportunity_reports")
      .select("reason")
      .where("opportunity_id", "=", klus.id)
      .execute();
    expect(reports).toEqual([{ reason: "Oplichting" }]);
    await expect(
      moderation.reportOpportunity(volunteerActor(reporter.id), { opportunityId: klus.id, reason: "" }),
    ).rejects.toMatchObject({ code: "invalid", fieldErrors: { reason: ["moderation:errors.reportReason.required"] } });
    await expect(
      moderation.reportOpportunity(coordinatorActor(coordinatorUser.id), { opportunityId: klus.id, reason: "Eigen" }),
    ).rejects.toMatchObject({ code: "invalid" });
    await expect(
      moderation.reportOpportunity({ kind: "anonymous" }, { opportunityId: klus.id, reason: "Anoniem" }),
    ).rejects.toMatchObject({ code: "unauthenticated" });
  });
});

describe("who may moderate", () => {
  it("refuses every action to anyone but the municipality", async () => {
    const { klus, reporter, coordinatorUser } = await reportedKlus();
    const subject = { subjectType: "opportunity" as const, subjectId: klus.id };
    const others: Actor[] = [
      { kind: "anonymous" },
      volunteerActor(reporter.id),
      coordinatorActor(coordinatorUser.id),
      { kind: "user", userId: reporter.id, roles: ["business_coordinator", "partner_coordinator"] },
    ];
    for (const actor of others) {
      const code = actor.kind === "anonymous" ? "unauthenticated" : "forbidden";
      const refused = { code };
      await expect(moderation.queue(actor)).rejects.toMatchObject(refused);
      await expect(moderation.hide(actor, subject)).rejects.toMatchObject(refused);
      await expect(moderation.dismiss(actor, subject)).rejects.toMatchObject(refused);
      await expect(moderation.warn(actor, { ...subject, text: "Let op" })).rejects.toMatchObject(refused);
      await expect(
        moderation.suspend(actor, { userId: reporter.id, until: "2099-01-01", reason: "x" }),
      ).rejects.toMatchObject(refused);
      await expect(moderation.liftSuspension(actor, { userId: reporter.id })).rejects.toMatchObject(refused);
      await expect(moderation.auditLog(actor)).rejects.toMatchObject(refused);
    }
    expect(await auditRows(klus.id)).toEqual([]);
    expect((await moderation.queue(gemeente)).items.some((i) => i.subjectId === klus.id)).toBe(true);
  });
});
