import { describe, expect, it } from "vitest";
import { areaMap } from "../../../../../server/domain/monitoring/area-map";
import { boundsOf, createProjection, pathOf } from "../../../../../server/domain/monitoring/map-projection";
import { residentsByArea } from "../../../../../server/domain/monitoring/residents";

const square = {
  properties: {},
  geometry: {
    type: "Polygon" as const,
    coordinates: [
      [
        [6.5, 53.2],
        [6.6, 53.2],
        [6.6, 53.3],
        [6.5, 53.3],
        [6.5, 53.2],
      ] as Array<[number, number]>,
    ],
  },
};

describe("the map projection", () => {
  it("scales longitude by cos(latitude), puts north up and fits the width", () => {
    const projection = createProjection(boundsOf([square]), 100, 0);
    const cos = Math.cos(53.25 * (Math.PI / 180));
    expect(projection.height).toBe(Math.ceil(100 / cos));
    expect(projection.project([6.5, 53.3])).toEqual([0, 0]);
    expect(projection.project([6.6, 53.3])).toEqual([100, 0]);
    expect(projection.project([6.5, 53.2])[1]).toBeCloseTo(100 / cos, 0);
  });

  it("draws one closed subpath per ring without repeating the first point", () => {
    const projection = createProjection(boundsOf([square]), 100, 0);
    const d = pathOf(square, projection);
    expect(d.startsWith("M0 ")).toBe(true);
    expect(d.endsWith("Z")).toBe(true);
    expect(d.split("L")).toHaveLength(4);
  });

  it("holds the 20 wijken and 150 buurten of Groningen, each with a path and a gebied", () => {
    expect(areaMap.wijken).toHaveLength(20);
    expect(areaMap.buurten).toHaveLength(150);
    expect(areaMap.buurten.every((b) => b.d.length > 0 && b.gebiedSlug.length > 0)).toBe(true);
  });
});

describe("residents per gebied", () => {
  it("shares a split wijk by its buurten in each gebied", () => {
    const residents = residentsByArea(
      new Map([
        ["W1", 1200],
        ["W2", 100],
      ]),
      [
        { wijkCode: "W1", gebiedSlug: "a" },
        { wijkCode: "W1", gebiedSlug: "a" },
        { wijkCode: "W1", gebiedSlug: "b" },
        { wijkCode: "W2", gebiedSlug: "b" },
      ],
    );
    expect(residents.gebied.get("a")).toBe(800);
    expect(residents.gebied.get("b")).toBe(500);
    expect(residents.total).toBe(1300);
  });
});
