import { afterAll, describe, expect, inject, it } from "vitest";
import { connectDatabase } from "../../../db/connect";
import {
  addMembership,
  createCoordinator,
  createOpportunities,
  createOpportunity,
  createOrganisation,
  createUser,
  createVolunteer,
  defaultTestPassword,
} from "../../../db/factories";
import { verifyPassword } from "../../../server/domain/accounts/passwords";

// Only the database is needed here, so these tests do not depend on every domain service loading.
const db = connectDatabase(inject("databaseUrl"), { max: 3 });
afterAll(() => db.destroy());

const outboxRows = (opportunityId: string) =>
  db.selectFrom("search_outbox").select("id").where("opportunity_id", "=", opportunityId).execute();

describe("factories", () => {
  it("creates users with unique e-mails and an argon2id hash of the given or default password", async () => {
    const [a, b] = await Promise.all([createUser(db), createUser(db, { password: "eigen-wachtwoord" })]);
    expect(a.email).not.toBe(b.email);
    expect(a.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(a.password_hash, defaultTestPassword)).toBe(true);
    expect(await verifyPassword(b.password_hash, "eigen-wachtwoord")).toBe(true);
  });

  it("creates a volunteer with role, home buurt and skills", async () => {
    const { user, profile, skills } = await createVolunteer(db, {
      profile: { home_buurt_code: "BU00141600" },
      skills: ["tuinieren", "koken"],
    });
    expect(profile).toMatchObject({ user_id: user.id, home_buurt_code: "BU00141600" });
    const roles = await db.selectFrom("user_roles").select("role_slug").where("user_id", "=", user.id).execute();
    expect(roles).toEqual([{ role_slug: "volunteer" }]);
    const stored = await db
      .selectFrom("volunteer_skills")
      .select("skill_slug")
      .where("user_id", "=", user.id)
      .execute();
    expect(stored.map((s) => s.skill_slug).sort()).toEqual([...skills].sort());
  });

  it("creates partners with a partner type and coordinators with the role of the kind", async () => {
    const partner = await createOrganisation(db, { kind: "partner" });
    expect(partner.partner_type).toBe("school");
    const business = await createOrganisation(db, { kind: "business" });
    expect(business.partner_type).toBeNull();
    const { user, membership } = await createCoordinator(db, business);
    expect(membership).toMatchObject({ organisation_id: business.id, user_id: user.id, role: "coordinator" });
    const roles = await db.selectFrom("user_roles").select("role_slug").where("user_id", "=", user.id).execute();
    expect(roles).toEqual([{ role_slug: "business_coordinator" }]);
    const changed = await addMembership(db, business.id, user.id, "member");
    expect(changed.role).toBe("member");
  });

  it("creates an open task with time, spots, skills and a search_outbox row", async () => {
    const task = await createOpportunity(db, { skills: ["tuinieren"] });
    expect(task).toMatchObject({ kind: "task", status: "open", spots: 4, skills: ["tuinieren"] });
    expect(task.starts_at!.getTime()).toBeGreaterThan(Date.now());
    expect(task.ends_at!.getTime()).toBeGreaterThan(task.starts_at!.getTime());
    expect(task.published_at).not.toBeNull();
    expect(await outboxRows(task.id)).toHaveLength(1);
  });

  it("creates vacancies, online ones and drafts", async () => {
    const organisation = await createOrganisation(db);
    const [vacancy, online, draft] = await createOpportunities(db, [
      { organisation_id: organisation.id, kind: "vacancy", skills: ["bestuur", "administratie"] },
      { organisation_id: organisation.id, kind: "vacancy", is_online: true },
      { organisation_id: organisation.id, status: "draft" },
    ]);
    expect(vacancy).toMatchObject({ kind: "vacancy", starts_at: null, skills: ["bestuur", "administratie"] });
    expect(online).toMatchObject({ is_online: true, buurt_code: null });
    expect(draft).toMatchObject({ status: "draft", published_at: null });
    for (const o of [vacancy, online, draft]) expect(await outboxRows(o!.id)).toHaveLength(1);
  });

  it("joins the caller's transaction, so a rollback leaves nothing", async () => {
    let id = "";
    await expect(
      db.transaction().execute(async (trx) => {
        id = (await createOpportunity(trx)).id;
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db.selectFrom("opportunities").select("id").where("id", "=", id).execute()).toEqual([]);
    expect(await outboxRows(id)).toEqual([]);
  });
});
