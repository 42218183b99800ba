import { beforeAll, describe, expect, it } from "vitest";
import { createCoordinator, createOpportunity, createOrganisation, createVolunteer } from "../../../../db/factories";
import type { Attendance } from "../../../../db/schema";
import type { Actor } from "../../../../server/domain/actor";
import { DomainError } from "../../../../server/domain/errors";
import { createTestServices } from "../../../support/context";

const { db, services } = createTestServices();

let organisationId: string;
let coordinator: Actor;
let otherCoordinator: Actor;

const asActor = (userId: string): Actor => ({ kind: "user", userId, roles: ["volunteer"] });

async function expectDomainError(promise: Promise<unknown>, code: DomainError["code"]) {
  const error = await promise.then(
    () => new Error("expected a DomainError"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

async function pastClaim(attendance: Attendance | null = "attended", startsInHours = -5) {
  const { user } = await createVolunteer(db);
  const starts = new Date(Date.now() + startsInHours * 3_600_000);
  const klus = await createOpportunity(db, {
    organisation_id: organisationId,
    starts_at: starts,
    ends_at: new Date(starts.getTime() + 2 * 3_600_000),
  });
  const claim = await db
    .insertInto("claims")
    .values({ opportunity_id: klus.id, volunteer_id: user.id, status: "active", attendance })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { claimId: claim.id, volunteer: asActor(user.id), title: klus.title };
}

beforeAll(async () => {
  const organisation = await createOrganisation(db);
  organisationId = organisation.id;
  coordinator = { kind: "user", userId: (await createCoordinator(db, organisation)).user.id, roles: [] };
  const other = await createOrganisation(db);
  otherCoordinator = { kind: "user", userId: (await createCoordinator(db, other)).user.id, roles: [] };
});

describe("answer", () => {
  it("takes one answer per side for a klus", async () => {
    const { claimId, volunteer, title } = await pastClaim();
    const question = await services.feedback.getQuestion(volunteer, "claim", claimId);
    expect(question).toMatchObject({ title, side: "volunteer", answered: null });

    await services.feedback.answer(volunteer, {
      subjectType: "claim",
      subjectId: claimId,
      outcome: "went_well",
      note: "Gezellig, volgende keer weer!",
    });
    const again = await expectDomainError(
      services.feedback.answer(volunteer, {
        subjectType: "claim",
        subjectId: claimId,
        outcome: "not_a_match",
        note: "",
      }),
      "conflict",
    );
    expect(again.fieldErrors.outcome).toEqual(["agenda:feedback.errors.alreadyAnswered"]);

    await services.feedback.answer(coordinator, {
      subjectType: "claim",
      subjectId: claimId,
      outcome: "went_well",
      note: "",
    });
    await expectDomainError(
      services.feedback.answer(coordinator, {
        subjectType: "claim",
        subjectId: claimId,
        outcome: "went_well",
        note: "",
      }),
      "conflict",
    );
    const rows = await db
      .selectFrom("feedback")
      .select(["author_side", "outcome", "note"])
      .where("subject_id", "=", claimId)
      .orderBy("author_side")
      .execute();
    expect(rows).toEqual([
      { author_side: "organisation", outcome: "went_well", note: "" },
      { author_side: "volunteer", outcome: "went_well", note: "Gezellig, volgende keer weer!" },
    ]);
    expect((await services.feedback.getQuestion(volunteer, "claim", claimId)).answered?.outcome).toBe("went_well");
  });

  it("refuses strangers, other organisations, anonymous visitors and klussen that did not start", async () => {
    const { claimId } = await pastClaim();
    const { user } = await createVolunteer(db);
    const answer = { subjectType: "claim" as const, subjectId: claimId, outcome: "went_well" as const, note: "" };
    await expectDomainError(services.feedback.answer(asActor(user.id), answer), "not_found");
    await expectDomainError(services.feedback.answer(otherCoordinator, answer), "not_found");
    await expectDomainError(services.feedback.answer({ kind: "anonymous" }, answer), "unauthenticated");
    const future = await pastClaim(null, 48);
    await expectDomainError(
      services.feedback.answer(future.volunteer, { ...answer, subjectId: future.claimId }),
      "forbidden",
    );
    const html = await expectDomainError(
      services.feedback.answer(future.volunteer, { ...answer, subjectId: future.claimId, note: "<script>x</script>" }),
      "invalid",
    );
    expect(html.fieldErrors.note).toEqual(["agenda:feedback.errors.note.noHtml"]);
    const count = await db
      .selectFrom("feedback")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("subject_id", "in", [claimId, future.claimId])
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("asks about placements only", async () => {
    const { user } = await createVolunteer(db);
    const vacancy = await createOpportunity(db, { kind: "vacancy", organisation_id: organisationId });
    const { id } = await services.applications.apply(asActor(user.id), {
      opportunityId: vacancy.id,
      motivation: "Ik wil graag helpen bij jullie organisatie.",
    });
    const answer = { subjectType: "application" as const, subjectId: id, outcome: "went_well" as const, note: "" };
    await expectDomainError(services.feedback.answer(asActor(user.id), answer), "forbidden");
    await services.applications.moveTo(coordinator, { applicationId: id, status: "placed" });
    await services.feedback.answer(asActor(user.id), answer);
    await services.feedback.answer(coordinator, { ...answer, outcome: "not_a_match" });
  });
});

describe("figuresForOrganisation", () => {
  it("counts attendance and answers", async () => {
    const organisation = await createOrganisation(db);
    const before = await services.feedback.figuresForOrganisation(organisation.id);
    expect(before).toEqual({
      attendance: { attended: 0, noShow: 0, rate: null },
      outcomes: { went_well: 0, did_not_happen: 0, not_a_match: 0 },
    });
    const saved = organisationId;
    organisationId = organisation.id;
    try {
      const a = await pastClaim("attended");
      await pastClaim("attended");
      await pastClaim("attended");
      await pastClaim("no_show");
      await services.feedback.answer(a.volunteer, {
        subjectType: "claim",
        subjectId: a.claimId,
        outcome: "did_not_happen",
        note: "",
      });
    } finally {
      organisationId = saved;
    }
    expect(await services.feedback.figuresForOrganisation(organisation.id)).toEqual({
      attendance: { attended: 3, noShow: 1, rate: 0.75 },
      outcomes: { went_well: 0, did_not_happen: 1, not_a_match: 0 },
    });
  });
});
