import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createOpportunity, createVolunteer } from "../../../../db/factories";
import type { Actor } from "../../../../server/domain/actor";
import { createServices } from "../../../../server/domain/services";
import { requestKlusConfirmations, sendDigests } from "../../../../server/jobs/mail.jobs";
import { createTestServices } from "../../../support/context";
import { startTestSmtp } from "../../../support/smtp";

const base = createTestServices();
const { db } = base;
const smtp = await startTestSmtp();
const services = createServices({ ...base, mail: { mailer: smtp.mailer, baseUrl: "https://noaber.example" } });
afterAll(() => services.background.drain());

const hour = 3_600_000;

describe("the mail jobs", () => {
  it("ask to confirm once per claim, and a question that waited for quiet hours comes with the next digest", async () => {
    const { user } = await createVolunteer(db, { user: { password_hash: "!" } });
    const actor: Actor = { kind: "user", userId: user.id, roles: ["volunteer"] };
    await services.alerts.savePreferences(actor, {
      emailEnabled: true,
      digestFrequency: "hourly",
      quietHoursStart: "22:00",
      quietHoursEnd: "07:00",
    });
    // Reminders are due for klussen that start within a day, claimed well before: the claim is
    // back-dated, as no claim made in this run can be a day older than a klus that starts within one.
    const now = new Date();
    const klus = await createOpportunity(db, {
      title: "Boodschappen rondbrengen",
      starts_at: new Date(now.getTime() + 20 * hour),
    });
    await db
      .insertInto("claims")
      .values({
        opportunity_id: klus.id,
        volunteer_id: user.id,
        status: "active",
        created_at: new Date(now.getTime() - 48 * hour),
      })
      .execute();

    expect(await requestKlusConfirmations(services, now)).toBeGreaterThanOrEqual(1);
    await requestKlusConfirmations(services, new Date(now.getTime() + hour));
    const reminders = await db
      .selectFrom("notifications")
      .select(["id", "emailed_at"])
      .where("user_id", "=", user.id)
      .where("kind", "=", "confirmRequested")
      .execute();
    expect(reminders).toHaveLength(1);
    // No listener in this test: nothing was e-mailed at once, so it waits for the digest.
    expect(reminders[0]?.emailed_at).toBeNull();

    // The digest looks at notifications by age; move this one to a fixed evening in the past so the
    // rounds below see only rows of their own moment: 21:00 in Groningen (summer time, UTC+2).
    await sql`update notifications set created_at = '2024-09-02T19:00:00Z' where id = ${reminders[0]!.id}`.execute(db);
    await sendDigests(services, new Date("2024-09-02T20:30:00Z")); // 22:30, quiet
    await sendDigests(services, new Date("2024-09-03T04:50:00Z")); // 06:50, quiet
    expect(smtp.to(user.email)).toHaveLength(0);
    await sendDigests(services, new Date("2024-09-03T05:05:00Z")); // 07:05
    const mails = smtp.to(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain("Boodschappen rondbrengen");
    expect(mails[0]?.text).toContain(`https://noaber.example/klussen/${klus.id}`);
  });
});
