import { describe, expect, it } from "vitest";
import { createCoordinator, createOpportunity, createOrganisation, createVolunteer } from "../../../../db/factories";
import { anonymous, type Actor } from "../../../../server/domain/actor";
import { createTestServices } from "../../../support/context";

const { db, services } = createTestServices();
const DAY = 24 * 60 * 60 * 1000;

async function coaWithMember() {
  const organisation = await createOrganisation(db, { kind: "partner", partner_type: "coa", buurt_code: "BU00140403" });
  const { user } = await createCoordinator(db, organisation);
  const coordinator: Actor = { kind: "user", userId: user.id, roles: ["partner_coordinator"] };
  const { code } = await services.invites.create(coordinator, {
    organisationId: organisation.id,
    expiresOn: new Date(Date.now() + 7 * DAY).toISOString().slice(0, 10),
    maxUses: 5,
  });
  const member = await services.invites.signUp(anonymous, {
    code,
    displayName: "Olena",
    languages: ["uk"],
    password: "mijn-eigen-wachtwoord-7",
    consent: true,
  });
  return { organisation, coordinator, member: member.user };
}

describe("Voor uw groep", () => {
  it("lists newcomer-friendly klussen and ones in the members' languages, not others", async () => {
    const { organisation, coordinator } = await coaWithMember();
    const asker = await createOrganisation(db);
    const startsAt = new Date(Date.now() + 5 * DAY);
    const endsAt = new Date(startsAt.getTime() + 2 * 60 * 60 * 1000);
    const friendly = await createOpportunity(db, {
      organisation_id: asker.id,
      title: "Samen koken",
      suitable_newcomers: true,
      starts_at: startsAt,
      ends_at: endsAt,
    });
    const ukrainian = await createOpportunity(db, {
      organisation_id: asker.id,
      title: "Taalcafé",
      languages: ["nl", "uk"],
      starts_at: startsAt,
      ends_at: endsAt,
    });
    const other = await createOpportunity(db, {
      organisation_id: asker.id,
      title: "Boekhouding",
      starts_at: startsAt,
      ends_at: endsAt,
    });
    const { languages, opportunities } = await services.partners.forGroup(coordinator, {
      organisationId: organisation.id,
    });
    expect(languages).toEqual(["uk"]);
    const ids = opportunities.map((o) => o.id);
    expect(ids).toContain(friendly.id);
    expect(ids).toContain(ukrainian.id);
    expect(ids).not.toContain(other.id);
    expect(opportunities.find((o) => o.id === ukrainian.id)?.reasons).toContain("languages");
  });

  it("passes an opportunity on to the group's members only", async () => {
    const { organisation, coordinator, member } = await coaWithMember();
    const { user: outsider } = await createVolunteer(db);
    const asker = await createOrganisation(db);
    const klus = await createOpportunity(db, {
      organisation_id: asker.id,
      title: "Tuin opruimen",
      suitable_newcomers: true,
    });
    const told = await services.partners.recommend(coordinator, {
      organisationId: organisation.id,
      opportunityId: klus.id,
    });
    expect(told).toBe(1);
    const rows = await db
      .selectFrom("notifications")
      .select(["user_id", "kind", "data", "link"])
      .where("kind", "=", "recommendedByPartner")
      .where("link", "=", `/klussen/${klus.id}`)
      .execute();
    expect(rows).toEqual([
      {
        user_id: member.id,
        kind: "recommendedByPartner",
        data: { title: "Tuin opruimen", partner: organisation.name },
        link: `/klussen/${klus.id}`,
      },
    ]);
    expect(rows.map((r) => r.user_id)).not.toContain(outsider.id);
  });

  it("shows a student association the board exchanges organisations publish", async () => {
    const association = await createOrganisation(db, {
      kind: "partner",
      partner_type: "student_association",
      buurt_code: "BU00140403",
    });
    const { user } = await createCoordinator(db, association);
    const coordinator: Actor = { kind: "user", userId: user.id, roles: ["partner_coordinator"] };
    const asker = await createOrganisation(db);
    const { user: askerCoordinator } = await createCoordinator(db, asker);
    const { id } = await services.opportunities.publish(
      { kind: "user", userId: askerCoordinator.id, roles: ["organisation_coordinator"] },
      {
        organisationId: asker.id,
        kind: "vacancy",
        title: "Bestuurlijke uitwisseling met een studentenbestuur",
        description: "Ons bestuur ontmoet een studentenbestuur: wij leren van elkaar hoe je een vereniging leidt.",
        place: "online",
        boardExchange: "on",
      },
    );
    const row = await db
      .selectFrom("opportunities")
      .select("board_exchange")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.board_exchange).toBe(true);
    const { opportunities } = await services.partners.forGroup(coordinator, { organisationId: association.id });
    expect(opportunities.find((o) => o.id === id)?.reasons).toContain("boardExchange");
  });
});
