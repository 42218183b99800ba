import { describe, expect, it } from "vitest";
import { createOpportunity } from "../../../../db/factories";
import { createTestServices } from "../../../support/context";

const { db, meili, services } = createTestServices();

describe("filling an empty search index at start", () => {
  it("rebuilds a missing index from PostgreSQL once, and leaves a filled one alone", async () => {
    const opportunity = await createOpportunity(db, { title: "Lege index vullen bij de start" });

    const first = await services.search.populateIfEmpty();
    expect(first?.indexed).toBeGreaterThan(0);
    const document = await meili.index(services.search.indexUid).getDocument(opportunity.id);
    expect(document.id).toBe(opportunity.id);

    expect(await services.search.populateIfEmpty()).toBeNull();
  });
});
