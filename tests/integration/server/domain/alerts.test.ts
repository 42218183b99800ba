import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createClaim,
  createCoordinator,
  createOpportunity,
  createOrganisation,
  createVolunteer,
} from "../../../../db/factories";
import type { RoleSlug } from "../../../../db/schema";
import type { Actor } from "../../../../server/domain/actor";
import { DomainError } from "../../../../server/domain/errors";
import { createOpportunityManagement } from "../../../../server/domain/opportunities/opportunities.manage";
import type { UpdateOpportunityRequest } from "../../../../server/domain/opportunities/opportunities.schemas";
import { toAmsterdamInputValue } from "../../../../server/domain/opportunities/amsterdam-time";
import { createServices } from "../../../../server/domain/services";
import { createTestServices } from "../../../support/context";
import { startTestSmtp } from "../../../support/smtp";

const base = createTestServices();
const { db, events } = base;
const smtp = await startTestSmtp();
const baseUrl = "https://noaber.example";
const services = createServices({ ...base, mail: { mailer: smtp.mailer, baseUrl } });
afterAll(() => services.background.drain());
const alerts = services.alerts;
const stopListening = alerts.listen();
afterAll(async () => {
  await stopListening();
});

const minutes = (n: number) => n * 60_000;
const asActor = (userId: string, roles: RoleSlug[] = ["volunteer"]): Actor => ({
  kind: "user",
  userId,
  roles,
});

/** A volunteer who gets e-mail without quiet hours, unless told otherwise. */
async function person(options: { name?: string; skills?: string[]; buurt?: string } = {}) {
  const { user } = await createVolunteer(db, {
    user: { password_hash: "!", ...(options.name ? { display_name: options.name } : {}) },
    skills: options.skills ?? [],
    profile: { home_buurt_code: options.buurt ?? "BU00140403" },
  });
  return { id: user.id, email: user.email, actor: asActor(user.id) };
}

async function notify(userId: string, createdAt: Date, kind = "claimPromoted", data: Record<string, unknown> = {}) {
  return db
    .insertInto("notifications")
    .values({
      user_id: userId,
      kind,
      data: { title: `Klus ${createdAt.toISOString()}`, ...data },
      link: "/agenda",
      created_at: createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

const emailedAt = async (id: string) =>
  (await db.selectFrom("notifications").select("emailed_at").where("id", "=", id).executeTakeFirstOrThrow()).emailed_at;

// The digest looks at notifications by age. Each test uses its own fixed moment in the past, weeks
// apart and long before anything other test files create, so rounds never see each other's rows.
describe("the digest", () => {
  it("bundles the unread notifications of who was away into one e-mail, once", async () => {
    const now = new Date("2024-01-10T12:00:00Z");
    const anna = await person();
    const older = await notify(anna.id, new Date(now.getTime() - minutes(50)));
    const old = await notify(anna.id, new Date(now.getTime() - minutes(20)));
    const fresh = await notify(anna.id, new Date(now.getTime() - minutes(1)));
    const read = await notify(anna.id, new Date(now.getTime() - minutes(30)));
    await db.updateTable("notifications").set({ read_at: now }).where("id", "=", read.id).execute();

    expect(await alerts.sendDigests(now)).toBeGreaterThanOrEqual(1);
    const mails = smtp.to(anna.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Noaber: 2 nieuwe meldingen");
    expect(mails[0]?.text).toContain(`Klus ${new Date(now.getTime() - minutes(50)).toISOString()}`);
    expect(mails[0]?.text).toContain(`Klus ${new Date(now.getTime() - minutes(20)).toISOString()}`);
    expect(mails[0]?.text).not.toContain(`Klus ${new Date(now.getTime() - minutes(1)).toISOString()}`);
    expect(mails[0]?.text).toContain(`${baseUrl}/agenda`);
    expect(mails[0]?.text).toContain(`${baseUrl}/meldingen/instellingen`);
    expect(await emailedAt(older.id)).toEqual(now);
    expect(await emailedAt(old.id)).toEqual(now);
    expect(await emailedAt(fresh.id)).toBeNull();
    expect(await emailedAt(read.id)).toBeNull();

    // Nothing new: no second e-mail. An hour later the then-old notification comes in its own digest.
    await alerts.sendDigests(new Date(now.getTime() + minutes(10)));
    expect(smtp.to(anna.email)).toHaveLength(1);
    await alerts.sendDigests(new Date(now.getTime() + minutes(61)));
    expect(smtp.to(anna.email)).toHaveLength(2);
    expect(smtp.to(anna.email)[1]?.subject).toBe("Noaber: 1 nieuwe melding");
  });

  it("waits a day between digests for who chose daily", async () => {
    const now = new Date("2024-02-10T12:00:00Z");
    const ben = await person();
    await alerts.savePreferences(ben.actor, { emailEnabled: true, digestFrequency: "daily" }, now);
    await notify(ben.id, new Date(now.getTime() - minutes(30)));
    await alerts.sendDigests(now);
    await notify(ben.id, new Date(now.getTime() + minutes(30)));
    await alerts.sendDigests(new Date(now.getTime() + minutes(120)));
    expect(smtp.to(ben.email)).toHaveLength(1);
    await alerts.sendDigests(new Date(now.getTime() + minutes(24 * 60)));
    expect(smtp.to(ben.email)).toHaveLength(2);
  });

  it("keeps quiet hours across midnight and sends once they end", async () => {
    // 23:30 in Groningen (winter time, UTC+1).
    const night = new Date("2024-03-01T22:30:00Z");
    const carla = await person();
    await alerts.savePreferences(
      carla.actor,
      { emailEnabled: true, digestFrequency: "hourly", quietHoursStart: "22:00", quietHoursEnd: "07:00" },
      night,
    );
    const note = await notify(carla.id, new Date(night.getTime() - minutes(30)));
    await alerts.sendDigests(night);
    await alerts.sendDigests(new Date("2024-03-02T05:55:00Z")); // 06:55
    expect(smtp.to(carla.email)).toHaveLength(0);
    expect(await emailedAt(note.id)).toBeNull();
    await alerts.sendDigests(new Date("2024-03-02T06:00:00Z")); // 07:00
    expect(smtp.to(carla.email)).toHaveLength(1);
  });

  it("sends nothing while alerts are paused, and nothing with e-mail off", async () => {
    const now = new Date("2024-04-01T10:00:00Z");
    const daan = await person();
    const eva = await person();
    await alerts.savePreferences(
      daan.actor,
      { emailEnabled: true, digestFrequency: "hourly", pausedUntil: "2024-04-03" },
      now,
    );
    await alerts.savePreferences(eva.actor, { emailEnabled: false, digestFrequency: "hourly" }, now);
    const paused = await notify(daan.id, new Date(now.getTime() - minutes(30)));
    const off = await notify(eva.id, new Date(now.getTime() - minutes(30)));
    await alerts.sendDigests(now);
    // 23:30 on 3 April in Groningen is still within the pause (21:30 UTC).
    await alerts.sendDigests(new Date("2024-04-03T21:30:00Z"));
    expect(smtp.to(daan.email)).toHaveLength(0);
    expect(smtp.to(eva.email)).toHaveLength(0);
    expect(await emailedAt(paused.id)).toBeNull();
    expect(await emailedAt(off.id)).toBeNull();
    // 4 April: the pause is over.
    await alerts.sendDigests(new Date("2024-04-04T08:00:00Z"));
    expect(smtp.to(daan.email)).toHaveLength(1);
    expect(smtp.to(eva.email)).toHaveLength(0);
  });

  it("shows every XSS payload as text, and names nobody else", async () => {
    const now = new Date("2024-05-01T10:00:00Z");
    const corpus = [
      "<script>alert(1)</script>",
      '"><img src=x onerror=alert(1)>',
      "javascript:alert(1)",
      '<a href="javascript:alert(1)">klik</a>',
      "' onmouseover='alert(1)",
    ];
    const fien = await person({ name: corpus[1] });
    for (const [index, payload] of corpus.entries()) {
      await notify(fien.id, new Date(now.getTime() - minutes(30 + index)), "claimCancelled", {
        title: payload,
        name: "Piet Geheim",
      });
    }
    await notify(fien.id, new Date(now.getTime() - minutes(40)), "newMessage", {
      conversationTitle: "Piet Geheim",
    });
    await db
      .updateTable("notifications")
      .set({ link: "javascript:alert(1)" })
      .where("user_id", "=", fien.id)
      .where("kind", "=", "newMessage")
      .execute();

    await alerts.sendDigests(now);
    const [mail] = smtp.to(fien.email);
    expect(mail).toBeDefined();
    const html = mail!.html;
    // Only the template's own elements, and links with nothing but an href: no payload became markup.
    const tags = [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)];
    expect(new Set(tags.map((m) => m[1]?.toLowerCase()))).toEqual(
      new Set(["html", "head", "meta", "title", "body", "p", "ul", "li", "a"]),
    );
    for (const [, name, attributes] of tags) {
      if (name === "a") expect(attributes).toMatch(/^ href="[^"]*"$/);
    }
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    // Every link goes to Noaber itself; a stored "javascript:" link falls back to the notifications page.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href?.startsWith(`${baseUrl}/`)).toBe(true);
    // The text part holds the payloads as plain text.
    expect(mail!.text).toContain("<script>alert(1)</script>");
    // E-mails carry links, not other people's personal data.
    expect(mail!.text).not.toContain("Piet Geheim");
    expect(html).not.toContain("Piet Geheim");
  });
});

describe("the day-before question (confirm or hand over)", () => {
  it("asks each active claimant once, in the app and by e-mail at once", async () => {
    const now = new Date("2024-06-03T09:00:00Z");
    const klus = await createOpportunity(db, {
      title: "Bankjes verven",
      starts_at: new Date(now.getTime() + minutes(20 * 60)),
      published_at: new Date("2024-05-01T09:00:00Z"),
    });
    const gijs = await person();
    const late = await person();
    const waiting = await person();
    const insertClaim = (volunteerId: string, createdAt: Date, status: "active" | "waitlisted" = "active") =>
      db
        .insertInto("claims")
        .values({ opportunity_id: klus.id, volunteer_id: volunteerId, status, created_at: createdAt })
        .execute();
    await insertClaim(gijs.id, new Date("2024-05-20T09:00:00Z"));
    // Signed up on the day: they just said they come; not asked.
    await insertClaim(late.id, new Date(now.getTime() - minutes(60)));
    await insertClaim(waiting.id, new Date("2024-05-20T09:00:00Z"), "waitlisted");

    await services.claims.requestConfirmations(now);
    await alerts.idle();
    await services.claims.requestConfirmations(new Date(now.getTime() + minutes(60)));
    await alerts.idle();

    const reminders = (userId: string) =>
      db
        .selectFrom("notifications")
        .selectAll()
        .where("user_id", "=", userId)
        .where("kind", "=", "confirmRequested")
        .execute();
    const mine = await reminders(gijs.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ data: { title: "Bankjes verven" }, link: `/klussen/${klus.id}#meedoen` });
    expect(mine[0]?.emailed_at).not.toBeNull();
    expect(await reminders(late.id)).toHaveLength(0);
    expect(await reminders(waiting.id)).toHaveLength(0);
    const mails = smtp.to(gijs.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain("Bankjes verven");
    expect(mails[0]?.text).toContain(`${baseUrl}/klussen/${klus.id}`);
  });
});

describe("change notices", () => {
  let organisationId: string;
  let coordinator: Actor;
  const inDays = (days: number, hour: number) => {
    const date = new Date(Date.now() + days * 24 * 3_600_000);
    date.setUTCHours(hour, 0, 0, 0);
    return date;
  };
  const form = (title: string, overrides: Partial<UpdateOpportunityRequest> = {}): UpdateOpportunityRequest => ({
    kind: "task",
    title,
    description: "Stoelen klaarzetten en koffie schenken bij de buurtavond in het wijkcentrum.",
    place: "BU00140403",
    startsAt: toAmsterdamInputValue(inDays(5, 10)),
    endsAt: toAmsterdamInputValue(inDays(5, 12)),
    spots: 4,
    skills: [],
    ...overrides,
  });

  beforeAll(async () => {
    const organisation = await createOrganisation(db);
    organisationId = organisation.id;
    coordinator = asActor((await createCoordinator(db, organisation, { password_hash: "!" })).user.id, [
      "organisation_coordinator",
    ]);
  });

  async function klusWithClaims(title: string) {
    const klus = await createOpportunity(db, {
      organisation_id: organisationId,
      title,
      starts_at: inDays(5, 10),
      ends_at: inDays(5, 12),
    });
    const [active, other, waiting, gone] = await Promise.all([person(), person(), person(), person()]);
    await createClaim(db, { opportunityId: klus.id, volunteerId: active!.id });
    await createClaim(db, { opportunityId: klus.id, volunteerId: other!.id });
    await createClaim(db, { opportunityId: klus.id, volunteerId: waiting!.id, status: "waitlisted" });
    await createClaim(db, { opportunityId: klus.id, volunteerId: gone!.id, status: "cancelled" });
    return { klus, active: active!, other: other!, waiting: waiting!, gone: gone! };
  }

  const kinds = (userId: string, opportunityTitle: string) =>
    db
      .selectFrom("notifications")
      .select(["kind", "link", "emailed_at"])
      .where("user_id", "=", userId)
      .where("kind", "in", ["klusChanged", "klusCancelled"])
      .where((eb) => eb(eb.ref("data", "->>").key("title"), "=", opportunityTitle))
      .execute();

  it("tells everyone who claimed a klus whose time changed at once, live and by e-mail, and asks to confirm", async () => {
    const title = `Buurtavond ${Date.now()}`;
    const { klus, active, other, waiting, gone } = await klusWithClaims(title);
    const live: string[] = [];
    const stop = events.subscribe("notification.created", ({ userId, notification }) => {
      if (notification.kind === "klusChanged") live.push(userId);
    });
    const manage = createOpportunityManagement({ db, isCoordinator: async () => true, events });
    await manage.update(coordinator, klus.id, form(title, { startsAt: toAmsterdamInputValue(inDays(5, 11)) }));
    stop();
    await alerts.idle();

    expect(live.sort()).toEqual([active.id, other.id, waiting.id].sort());
    expect(await kinds(active.id, title)).toEqual([
      expect.objectContaining({ kind: "klusChanged", link: "/agenda#bevestigen" }),
    ]);
    expect(await kinds(waiting.id, title)).toEqual([
      expect.objectContaining({ kind: "klusChanged", link: `/klussen/${klus.id}` }),
    ]);
    expect(await kinds(gone.id, title)).toEqual([]);
    expect(smtp.to(active.email).map((m) => m.subject)).toEqual(["Noaber: nieuws over uw klus"]);
    expect(smtp.to(active.email)[0]?.text).toContain(`${baseUrl}/agenda#bevestigen`);

    // Asked to confirm: only the active claimants.
    expect((await alerts.pendingConfirmations(active.actor)).map((p) => p.claimId)).toHaveLength(1);
    expect(await alerts.pendingConfirmations(waiting.actor)).toEqual([]);
    const [pending] = await alerts.pendingConfirmations(active.actor);
    await alerts.confirmStillComing(active.actor, { claimId: pending!.claimId });
    expect(await alerts.pendingConfirmations(active.actor)).toEqual([]);
    await expect(alerts.confirmStillComing(active.actor, { claimId: pending!.claimId })).rejects.toMatchObject({
      code: "not_found",
    });
    // Nobody confirms another person's claim.
    const [othersPending] = await alerts.pendingConfirmations(other.actor);
    await expect(alerts.confirmStillComing(active.actor, { claimId: othersPending!.claimId })).rejects.toBeInstanceOf(
      DomainError,
    );
    expect(await alerts.pendingConfirmations(other.actor)).toHaveLength(1);
  });

  it("says nothing when only the text changed, and asks again after a second change", async () => {
    const title = `Koffieochtend ${Date.now()}`;
    const { klus, active } = await klusWithClaims(title);
    await services.opportunities.update(
      coordinator,
      klus.id,
      form(title, { description: "Andere tekst, zelfde tijd en plaats voor de koffieochtend." }),
    );
    expect(await kinds(active.id, title)).toEqual([]);

    await services.opportunities.update(coordinator, klus.id, form(title, { place: "BU00140402" }));
    const [pending] = await alerts.pendingConfirmations(active.actor);
    await alerts.confirmStillComing(active.actor, { claimId: pending!.claimId });
    await services.opportunities.update(
      coordinator,
      klus.id,
      form(title, { place: "BU00140402", address: "Wijkcentrum, zaal 2" }),
    );
    expect(await kinds(active.id, title)).toHaveLength(2);
    expect(await alerts.pendingConfirmations(active.actor)).toHaveLength(1);
  });

  it("tells every claimant when the klus is cancelled, without asking to confirm", async () => {
    const title = `Opruimdag ${Date.now()}`;
    const { klus, active, waiting } = await klusWithClaims(title);
    await services.opportunities.close(coordinator, klus.id);
    expect(await kinds(active.id, title)).toEqual([expect.objectContaining({ kind: "klusCancelled" })]);
    expect(await kinds(waiting.id, title)).toEqual([expect.objectContaining({ kind: "klusCancelled" })]);
    expect(await alerts.pendingConfirmations(active.actor)).toEqual([]);
  });
});

describe("preferences", () => {
  it("starts with e-mail on, hourly, no quiet hours and no pause, and saves what was chosen", async () => {
    const hanna = await person();
    expect(await alerts.getPreferences(hanna.actor)).toEqual({
      emailEnabled: true,
      digestFrequency: "hourly",
      quietHoursStart: "",
      quietHoursEnd: "",
      pausedUntil: "",
      emailAvailable: true,
    });
    const now = new Date("2025-06-01T10:00:00Z");
    await alerts.savePreferences(
      hanna.actor,
      { digestFrequency: "daily", quietHoursStart: "21:30", quietHoursEnd: "08:00", pausedUntil: "2025-06-20" },
      now,
    );
    expect(await alerts.getPreferences(hanna.actor)).toMatchObject({
      emailEnabled: false,
      digestFrequency: "daily",
      quietHoursStart: "21:30",
      quietHoursEnd: "08:00",
      pausedUntil: "2025-06-20",
    });
  });

  it("refuses a pause in the past, a pause over a year, and one end of quiet hours", async () => {
    const ivo = await person();
    const now = new Date("2025-06-01T10:00:00Z");
    const save = (input: Parameters<typeof alerts.savePreferences>[1]) => alerts.savePreferences(ivo.actor, input, now);
    await expect(save({ digestFrequency: "hourly", pausedUntil: "2025-05-31" })).rejects.toMatchObject({
      fieldErrors: { pausedUntil: ["alerts:errors.pausedUntil.past"] },
    });
    await expect(save({ digestFrequency: "hourly", pausedUntil: "2026-07-01" })).rejects.toMatchObject({
      fieldErrors: { pausedUntil: ["alerts:errors.pausedUntil.tooLate"] },
    });
    await expect(save({ digestFrequency: "hourly", pausedUntil: "2025-02-30" })).rejects.toMatchObject({
      fieldErrors: { pausedUntil: ["alerts:errors.pausedUntil.invalid"] },
    });
    await expect(save({ digestFrequency: "hourly", quietHoursStart: "22:00" })).rejects.toMatchObject({
      fieldErrors: { quietHoursEnd: ["alerts:errors.quietHoursPair"] },
    });
    await expect(save({ digestFrequency: "weekly" as "daily" })).rejects.toMatchObject({ code: "invalid" });
    await expect(alerts.getPreferences({ kind: "anonymous" })).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
