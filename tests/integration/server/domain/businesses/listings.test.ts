import { beforeAll, describe, expect, it } from "vitest";
import { createCoordinator, createOrganisation } from "../../../../../db/factories";
import type { RoleSlug } from "../../../../../db/schema";
import type { Actor } from "../../../../../server/domain/actor";
import { DomainError } from "../../../../../server/domain/errors";
import { createTestServices } from "../../../../support/context";

const { db, services } = createTestServices();

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => new Error("expected a refusal"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function coordinatorOf(kind: "business" | "organisation"): Promise<Actor> {
  const organisation = await createOrganisation(db, { kind });
  const { user } = await createCoordinator(db, organisation);
  const role: RoleSlug = kind === "business" ? "business_coordinator" : "organisation_coordinator";
  return { kind: "user", userId: user.id, roles: [role] };
}

const listing = (overrides: Record<string, unknown> = {}) => ({
  type: "team_day",
  title: "Een middag in de moestuin",
  description: "Wij helpen graag met zes mensen.",
  capacityAmount: "6",
  capacityUnit: "people",
  periodStart: "2027-04-01",
  periodEnd: "2027-06-30",
  skills: ["tuinieren", "moestuin"],
  wijken: ["WK001404"],
  ...overrides,
});

let business: Actor;
let otherBusiness: Actor;
let organisation: Actor;
const now = new Date("2027-03-01T12:00:00Z");

beforeAll(async () => {
  business = await coordinatorOf("business");
  otherBusiness = await coordinatorOf("business");
  organisation = await coordinatorOf("organisation");
});

describe("offers and requests", () => {
  it("refuses bad input beside each field, and a request in more than one wijk", async () => {
    const error = await refusal(
      services.listings.create(business, {
        side: "offer",
        listing: listing({ title: "", capacityAmount: "0", periodEnd: "2027-02-30", type: "feest" }),
      }),
    );
    expect(error.fieldErrors).toMatchObject({
      title: ["businesses:errors.title.required"],
      capacityAmount: ["businesses:errors.capacityAmount.range"],
      periodEnd: ["businesses:errors.periodEnd.invalid"],
      type: ["businesses:errors.type.required"],
    });
    const backwards = await refusal(
      services.listings.create(business, { side: "offer", listing: listing({ periodEnd: "2027-03-01" }) }),
    );
    expect(backwards.fieldErrors).toEqual({ periodEnd: ["businesses:errors.periodEnd.beforeStart"] });
    const unknown = await refusal(
      services.listings.create(business, { side: "offer", listing: listing({ skills: ["vliegen"] }) }),
    );
    expect(unknown.fieldErrors).toEqual({ skills: ["businesses:errors.skills.invalid"] });
    const twoWijken = await refusal(
      services.listings.create(organisation, {
        side: "request",
        listing: listing({ wijken: ["WK001404", "WK001400"] }),
      }),
    );
    expect(twoWijken.fieldErrors).toEqual({ wijken: ["businesses:errors.wijken.oneOnly"] });
  });

  it("lets only a business publish offers and only an organisation publish requests", async () => {
    expect((await refusal(services.listings.create(organisation, { side: "offer", listing: listing() }))).code).toBe(
      "forbidden",
    );
    expect((await refusal(services.listings.create(business, { side: "request", listing: listing() }))).code).toBe(
      "forbidden",
    );
  });

  it("never lets another business see, edit or close an offer", async () => {
    const { id } = await services.listings.create(business, { side: "offer", listing: listing() });
    expect((await refusal(services.listings.getOwn(otherBusiness, { side: "offer", id }))).code).toBe("forbidden");
    expect(
      (
        await refusal(
          services.listings.update(otherBusiness, { side: "offer", id, listing: listing({ title: "Van mij" }) }),
        )
      ).code,
    ).toBe("forbidden");
    expect((await refusal(services.listings.close(otherBusiness, { side: "offer", id }))).code).toBe("forbidden");
    const overview = await services.listings.overview(otherBusiness, { side: "offer" }, now);
    expect(overview.listings.map((l) => l.id)).not.toContain(id);
    expect((await services.listings.getOwn(business, { side: "offer", id })).title).toBe("Een middag in de moestuin");
  });
});

describe("matches", () => {
  it("shows a match to both sides, and either side can start the conversation between them", async () => {
    const seller = await coordinatorOf("business");
    const asker = await coordinatorOf("organisation");
    const offer = await services.listings.create(seller, { side: "offer", listing: listing() });
    const request = await services.listings.create(asker, {
      side: "request",
      listing: listing({ title: "Hulp bij de moestuin", skills: ["moestuin"], periodStart: "2027-05-01" }),
    });

    const forBusiness = await services.listings.overview(seller, { side: "offer" }, now);
    const match = forBusiness.matches.find((m) => m.theirs.id === request.id);
    expect(match?.reasons).toMatchObject({ sharedSkills: ["moestuin"], wijk: "preferred" });
    const forOrganisation = await services.listings.overview(asker, { side: "request" }, now);
    expect(forOrganisation.matches.map((m) => m.theirs.id)).toContain(offer.id);

    const ref = { offerId: offer.id, requestId: request.id };
    const started = await services.listings.startConversation(asker, ref, now);
    expect(await services.listings.startConversation(seller, ref, now)).toEqual(started);
    const bySeller = await services.messaging.listConversations(seller);
    expect(bySeller.find((c) => c.id === started.conversationId)?.title).toBe(forOrganisation.organisation.name);
    const byAsker = await services.messaging.listConversations(asker);
    expect(byAsker.find((c) => c.id === started.conversationId)?.title).toBe(forBusiness.organisation.name);

    expect((await refusal(services.listings.startConversation(otherBusiness, ref, now))).code).toBe("forbidden");
    await services.listings.close(seller, { side: "offer", id: offer.id });
    expect((await refusal(services.listings.startConversation(asker, ref, now))).code).toBe("invalid");
  });
});
