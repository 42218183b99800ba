import { describe, expect, it } from "vitest";
import { createVolunteer } from "../../../db/factories";
import { availabilityToDays } from "../../../db/migrations/2026-12-03T12-00_notice_waves";
import { createTestServices } from "../../support/context";

const { db } = createTestServices();

describe("the notice waves migration", () => {
  it("turns weekday-X into Monday to Friday and weekend-X into Saturday and Sunday; none stays flexibel", async () => {
    const { user: both } = await createVolunteer(db, {
      user: { password_hash: "!" },
      profile: { availability: ["weekday-evening", "weekend-morning"] },
    });
    const { user: flexible } = await createVolunteer(db, {
      user: { password_hash: "!" },
      profile: { availability: [] },
    });
    await availabilityToDays(db, [both.id, flexible.id]);
    const rows = await db
      .selectFrom("volunteer_profiles")
      .select(["user_id", "availability"])
      .where("user_id", "in", [both.id, flexible.id])
      .execute();
    const of = (id: string) => rows.find((row) => row.user_id === id)?.availability;
    expect(of(both.id)).toEqual(
      ["mon-evening", "tue-evening", "wed-evening", "thu-evening", "fri-evening", "sat-morning", "sun-morning"].sort(),
    );
    expect(of(flexible.id)).toEqual([]);
  });
});
