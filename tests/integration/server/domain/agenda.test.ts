import { describe, expect, it } from "vitest";
import { createOpportunity, createOrganisation, createVolunteer } from "../../../../db/factories";
import type { Attendance, ClaimStatus } from "../../../../db/schema";
import type { Actor } from "../../../../server/domain/actor";
import { DomainError } from "../../../../server/domain/errors";
import { createTestServices } from "../../../support/context";

const { db, services } = createTestServices();
const hour = 3_600_000;

async function claim(
  volunteerId: string,
  options: {
    organisationId: string;
    startsInHours: number;
    status?: ClaimStatus;
    attendance?: Attendance | null;
    hours?: number | null;
    title?: string;
  },
) {
  const starts = new Date(Date.now() + options.startsInHours * hour);
  const klus = await createOpportunity(db, {
    organisation_id: options.organisationId,
    starts_at: starts,
    ends_at: new Date(starts.getTime() + 2 * hour),
    ...(options.title ? { title: options.title } : {}),
  });
  const row = await db
    .insertInto("claims")
    .values({
      opportunity_id: klus.id,
      volunteer_id: volunteerId,
      status: options.status ?? "active",
      attendance: options.attendance ?? null,
      hours: options.hours ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, klus };
}

async function setUp() {
  const organisation = await createOrganisation(db, { name: "Buurthuis De Schakel, Selwerd" });
  const { user } = await createVolunteer(db, { user: { display_name: "Anna Agenda" } });
  const actor: Actor = { kind: "user", userId: user.id, roles: ["volunteer"] };
  return { organisationId: organisation.id, user, actor };
}

describe("myAgenda", () => {
  it("shows upcoming klussen, open applications, history and attended hours", async () => {
    const { organisationId, user, actor } = await setUp();
    const upcoming = await claim(user.id, { organisationId, startsInHours: 48 });
    const waitlisted = await claim(user.id, { organisationId, startsInHours: 72, status: "waitlisted" });
    await claim(user.id, { organisationId, startsInHours: 96, status: "cancelled" });
    const attended = await claim(user.id, { organisationId, startsInHours: -48, attendance: "attended", hours: 2.5 });
    await claim(user.id, { organisationId, startsInHours: -24, attendance: "attended", hours: 3 });
    await claim(user.id, { organisationId, startsInHours: -72, attendance: "no_show", hours: 4 });
    const vacancy = await createOpportunity(db, { kind: "vacancy", organisation_id: organisationId });
    await services.applications.apply(actor, {
      opportunityId: vacancy.id,
      motivation: "Ik kom graag helpen op woensdagmiddag.",
    });

    const agenda = await services.agenda.myAgenda(actor);
    expect(agenda.upcoming.map((c) => c.id)).toEqual([upcoming.id, waitlisted.id]);
    expect(agenda.upcoming[1]?.status).toBe("waitlisted");
    expect(agenda.history).toHaveLength(3);
    expect(agenda.history.find((c) => c.id === attended.id)).toMatchObject({ attendance: "attended", hours: 2.5 });
    expect(agenda.hours).toBe(5.5);
    expect(agenda.attendedCount).toBe(2);
    expect(agenda.applications.map((a) => a.title)).toEqual([vacancy.title]);
    expect(agenda.calendarToken).toBeNull();
    await expect(services.agenda.myAgenda({ kind: "anonymous" })).rejects.toBeInstanceOf(DomainError);
  });
});

describe("calendarFeed", () => {
  it("serves the volunteer's klussen as escaped iCal, and a new link revokes the old one", async () => {
    const { organisationId, user, actor } = await setUp();
    const mine = await claim(user.id, {
      organisationId,
      startsInHours: 30,
      title: "Soep koken; tafels dekken, afwassen",
    });
    await claim(user.id, { organisationId, startsInHours: 40, status: "cancelled", title: "Geannuleerde klus hier" });
    // Someone else on the same klus: their name never shows in my feed.
    const other = await createVolunteer(db, { user: { display_name: "Bert Buurman" } });
    await db
      .insertInto("claims")
      .values({ opportunity_id: mine.klus.id, volunteer_id: other.user.id, status: "active" })
      .execute();

    const token = await services.agenda.rotateCalendarToken(actor);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await services.agenda.myAgenda(actor)).calendarToken).toBe(token);

    const feed = await services.agenda.calendarFeed(token, { baseUrl: "https://noaber.example" });
    expect(feed.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(feed.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(feed.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const unfolded = feed.replace(/\r\n /g, "");
    expect(unfolded).toContain(`UID:claim-${mine.id}@noaber`);
    expect(unfolded).toContain("SUMMARY:Soep koken\\; tafels dekken\\, afwassen");
    expect(unfolded).toContain("DESCRIPTION:Georganiseerd door Buurthuis De Schakel\\, Selwerd");
    const start = mine.klus
      .starts_at!.toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, "");
    expect(unfolded).toContain(`DTSTART:${start}`);
    expect(unfolded).toContain(`URL:https://noaber.example/klussen/${mine.klus.id}`);
    expect(unfolded).not.toContain("Geannuleerde klus");
    expect(unfolded).not.toContain("Bert");
    expect(unfolded).not.toContain("Anna");
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(1);

    const newToken = await services.agenda.rotateCalendarToken(actor);
    expect(newToken).not.toBe(token);
    await expect(services.agenda.calendarFeed(token)).rejects.toMatchObject({ code: "not_found" });
    await expect(services.agenda.calendarFeed(newToken)).resolves.toContain(`claim-${mine.id}@noaber`);
    await expect(services.agenda.calendarFeed("not-a-token")).rejects.toMatchObject({ code: "not_found" });
  });
});
