import { sql } from "kysely";
import { pino } from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import { createCoordinator, createOpportunity, createOrganisation, createVolunteer } from "../../../../db/factories";
import {
  askDidItWorkOut,
  expireStaleApplications,
  remindUnansweredApplications,
} from "../../../../server/jobs/marketplace.jobs";
import { createJobScheduler, JOBS_LOCK } from "../../../../server/jobs/scheduler";
import { createTestServices } from "../../../support/context";

const { db, services } = createTestServices();

// The jobs look at rows by age. Tests use fixed moments in the past, before anything other test
// files create "now", so running the jobs here never touches their rows.
const motivation = "Ik help graag mee, want ik woon vlakbij en heb tijd.";
let organisationId: string;
let coordinatorId: string;

beforeAll(async () => {
  const organisation = await createOrganisation(db);
  organisationId = organisation.id;
  coordinatorId = (await createCoordinator(db, organisation)).user.id;
});

async function application(createdAt: string, status: "new" | "placed" = "new", decidedAt: string | null = null) {
  const { user } = await createVolunteer(db);
  const vacancy = await createOpportunity(db, { kind: "vacancy", organisation_id: organisationId });
  const row = await db
    .insertInto("applications")
    .values({
      opportunity_id: vacancy.id,
      volunteer_id: user.id,
      motivation,
      status,
      created_at: createdAt,
      decided_at: decidedAt,
      first_response_at: status === "new" ? null : createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, volunteerId: user.id, title: vacancy.title };
}

function notifications(userId: string, kind: string, title: string) {
  return db
    .selectFrom("notifications")
    .select(["data", "link"])
    .where("user_id", "=", userId)
    .where("kind", "=", kind)
    .where(sql<string>`data->>'title'`, "=", title)
    .execute();
}

describe("reminders", () => {
  it("reminds coordinators after three working days, and only once", async () => {
    // Friday 7 March 2025, 10:00 UTC: three working days later is Wednesday 12 March 10:00.
    const app = await application("2025-03-07T10:00:00Z");
    await remindUnansweredApplications(services, new Date("2025-03-11T12:00:00Z"));
    expect(await notifications(coordinatorId, "applicationReminder", app.title)).toHaveLength(0);

    await remindUnansweredApplications(services, new Date("2025-03-12T10:30:00Z"));
    const reminded = await notifications(coordinatorId, "applicationReminder", app.title);
    expect(reminded).toHaveLength(1);
    expect(reminded[0]?.link).toBe("/organisatie/reacties");
    const row = await db.selectFrom("applications").selectAll().where("id", "=", app.id).executeTakeFirstOrThrow();
    expect(row.reminded_at?.toISOString()).toBe("2025-03-12T10:30:00.000Z");
    expect(row.status).toBe("new");

    await remindUnansweredApplications(services, new Date("2025-03-13T10:30:00Z"));
    expect(await notifications(coordinatorId, "applicationReminder", app.title)).toHaveLength(1);
  });
});

describe("expiry", () => {
  it("expires applications unanswered for fourteen days, with a notification to the volunteer", async () => {
    const old = await application("2025-02-10T09:00:00Z");
    const recent = await application("2025-02-20T09:00:00Z");
    await expireStaleApplications(services, new Date("2025-02-24T10:00:00Z"));
    const status = async (id: string) =>
      (await db.selectFrom("applications").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;
    expect(await status(old.id)).toBe("expired");
    expect(await status(recent.id)).toBe("new");
    expect(await notifications(old.volunteerId, "applicationExpired", old.title)).toHaveLength(1);
    expect(await notifications(recent.volunteerId, "applicationExpired", recent.title)).toHaveLength(0);

    await expireStaleApplications(services, new Date("2025-02-25T10:00:00Z"));
    expect(await notifications(old.volunteerId, "applicationExpired", old.title)).toHaveLength(1);
  });
});

describe("did it work out?", () => {
  it("asks both sides once after a klus ended, except absent or cancelled volunteers", async () => {
    const klus = await createOpportunity(db, {
      organisation_id: organisationId,
      starts_at: new Date("2025-04-07T09:00:00Z"),
      ends_at: new Date("2025-04-07T12:00:00Z"),
    });
    const volunteers = await Promise.all([1, 2, 3, 4].map(() => createVolunteer(db)));
    const states = [
      { status: "active", attendance: "attended" },
      { status: "active", attendance: null },
      { status: "active", attendance: "no_show" },
      { status: "cancelled", attendance: null },
    ] as const;
    const claimIds: string[] = [];
    for (const [index, state] of states.entries()) {
      const row = await db
        .insertInto("claims")
        .values({ opportunity_id: klus.id, volunteer_id: volunteers[index]!.user.id, ...state })
        .returning("id")
        .executeTakeFirstOrThrow();
      claimIds.push(row.id);
    }
    const now = new Date("2025-04-08T08:00:00Z");
    await askDidItWorkOut(services, now);
    await askDidItWorkOut(services, new Date(now.getTime() + 3_600_000));

    for (const [index, volunteer] of volunteers.entries()) {
      const asked = await notifications(volunteer.user.id, "feedbackRequested", klus.title);
      expect(asked).toHaveLength(index < 2 ? 1 : 0);
      if (index < 2) expect(asked[0]?.link).toBe(`/feedback/claim/${claimIds[index]}`);
    }
    const coordinatorAsked = await notifications(coordinatorId, "feedbackRequested", klus.title);
    expect(coordinatorAsked.map((n) => n.data.subjectId).sort()).toEqual([claimIds[0], claimIds[1]].sort());
  });

  it("asks about a placement four weeks after it was made", async () => {
    const placed = await application("2025-05-01T09:00:00Z", "placed", "2025-05-02T09:00:00Z");
    await askDidItWorkOut(services, new Date("2025-05-20T09:00:00Z"));
    expect(await notifications(placed.volunteerId, "feedbackRequested", placed.title)).toHaveLength(0);
    await askDidItWorkOut(services, new Date("2025-06-01T09:00:00Z"));
    await askDidItWorkOut(services, new Date("2025-06-02T09:00:00Z"));
    const asked = await notifications(placed.volunteerId, "feedbackRequested", placed.title);
    expect(asked).toHaveLength(1);
    expect(asked[0]?.link).toBe(`/feedback/application/${placed.id}`);
    expect(await notifications(coordinatorId, "feedbackRequested", placed.title)).toHaveLength(1);
  });
});

describe("scheduler", () => {
  it("runs the jobs, and skips a round while another process holds the lock", async () => {
    const ran: Date[] = [];
    const scheduler = createJobScheduler({ db, logger: pino({ level: "silent" }) }, [
      { name: "record", run: async (now) => void ran.push(now) },
    ]);
    const now = new Date("2025-01-01T00:00:00Z");
    expect(await scheduler.runOnce(now)).toBe(true);
    expect(ran).toEqual([now]);

    await db.connection().execute(async (other) => {
      await sql`select pg_advisory_lock(${JOBS_LOCK})`.execute(other);
      try {
        expect(await scheduler.runOnce(now)).toBe(false);
      } finally {
        await sql`select pg_advisory_unlock(${JOBS_LOCK})`.execute(other);
      }
    });
    expect(ran).toHaveLength(1);
  });
});
