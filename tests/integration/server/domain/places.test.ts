import { describe, expect, it } from "vitest";
import { createTestServices } from "../../../support/context";

const { services } = createTestServices();
const places = services.places;

describe("places", () => {
  it("lists the seven gebieden", async () => {
    const gebieden = await places.listGebieden();
    expect(gebieden.map((g) => g.name).sort()).toEqual([
      "Centrum",
      "Haren",
      "Oost",
      "Oude Wijken",
      "Ten Boer",
      "West",
      "Zuid",
    ]);
  });

  it("lists the wijken with their former names", async () => {
    const wijken = await places.listWijken();
    expect(wijken).toHaveLength(20);
    expect(wijken.find((w) => w.code === "WK001404")).toMatchObject({ name: "Oud-Oost", formerName: "Oosterparkwijk" });
  });

  it("lists every buurt with its wijk and gebied", async () => {
    const buurten = await places.listBuurten();
    expect(buurten).toHaveLength(150);
    expect(buurten.every((b) => b.gebiedSlug && b.wijkName && Number.isFinite(b.lat) && Number.isFinite(b.lon))).toBe(
      true,
    );
  });

  it("finds a buurt by code, and null for an unknown one", async () => {
    expect(await places.findBuurt("BU00140403")).toEqual({
      code: "BU00140403",
      name: "Florabuurt",
      wijkCode: "WK001404",
      wijkName: "Oud-Oost",
      wijkFormerName: "Oosterparkwijk",
      gebiedSlug: "oude-wijken",
      gebiedName: "Oude Wijken",
      lat: expect.any(Number),
      lon: expect.any(Number),
    });
    expect(await places.findBuurt("BU00149999")).toBeNull();
    expect(await places.findBuurt("")).toBeNull();
  });

  it("finds the buurten of Oud-Oost by the former name Oosterparkwijk", async () => {
    const found = await places.searchBuurten("oosterpark");
    expect(found.length).toBe(5);
    expect(found.every((b) => b.wijkCode === "WK001404")).toBe(true);
    expect(found.map((b) => b.name)).toContain("Florabuurt");
  });

  it("finds the village Ten Post first", async () => {
    const found = await places.searchBuurten("Ten Post");
    expect(found[0]).toMatchObject({ code: "BU00141600", name: "Ten Post Dorp", gebiedSlug: "ten-boer" });
    expect(found.every((b) => b.wijkCode === "WK001416")).toBe(true);
  });

  it("ignores case, accents and punctuation", async () => {
    expect((await places.searchBuurten("STAINKOELN")).map((b) => b.code)).toEqual(["BU00140509"]);
    expect((await places.searchBuurten("beijum oost"))[0]?.code).toBe("BU00141101");
    expect((await places.searchBuurten("glímmen"))[0]?.name).toBe("Glimmen Dorp");
  });

  it("returns nothing for a blank or unknown query", async () => {
    expect(await places.searchBuurten("   ")).toEqual([]);
    expect(await places.searchBuurten("Amsterdam")).toEqual([]);
  });
});
