import { readFileSync } from "node:fs";
import { slugify } from "../../../db/seed/slugify";
import { boundsOf, createProjection, pathOf, type PolygonFeature } from "./map-projection";

/** The outlines of the wijken and buurten, ready to draw: computed once when the module loads, not per request. */
export interface AreaMap {
  width: number;
  height: number;
  wijken: Array<{ code: string; d: string; labelX: number; labelY: number }>;
  buurten: Array<{ code: string; wijkCode: string; gebiedSlug: string; d: string }>;
}

const dataDirectory = new URL("../../../db/seed/data/", import.meta.url);

interface FeatureCollection<P> {
  features: Array<PolygonFeature<P>>;
}

function readGeoJson<P>(file: string): FeatureCollection<P> {
  return JSON.parse(readFileSync(new URL(file, dataDirectory), "utf8")) as FeatureCollection<P>;
}

/** Builds the map from the two layers (the wijken's label points are their centroids from the data). */
export function buildAreaMap(
  wijken: FeatureCollection<{ code: string; lat: number; lon: number }>,
  buurten: FeatureCollection<{ code: string; wijkCode: string }>,
  gebiedOfBuurt: ReadonlyMap<string, string>,
  width = 600,
): AreaMap {
  const projection = createProjection(boundsOf([...wijken.features, ...buurten.features]), width);
  return {
    width: projection.width,
    height: projection.height,
    wijken: wijken.features.map((feature) => {
      const [labelX, labelY] = projection.project([feature.properties.lon, feature.properties.lat]);
      return { code: feature.properties.code, d: pathOf(feature, projection), labelX, labelY };
    }),
    buurten: buurten.features.map((feature) => ({
      code: feature.properties.code,
      wijkCode: feature.properties.wijkCode,
      gebiedSlug: slugify(gebiedOfBuurt.get(feature.properties.code) ?? ""),
      d: pathOf(feature, projection),
    })),
  };
}

/** CBS / PDOK, Wijk- en buurtkaart (gegeneraliseerd): wijken 2025, buurten 2022. */
// The buurt layer does not name every buurt's gebied; buurten.json does (see SOURCE.md).
const buurtGebieden = JSON.parse(readFileSync(new URL("buurten.json", dataDirectory), "utf8")) as Array<{
  code: string;
  gebied: string;
}>;

export const areaMap: AreaMap = buildAreaMap(
  readGeoJson("wijken_2025.geojson"),
  readGeoJson("buurten_2022.geojson"),
  new Map(buurtGebieden.map((buurt) => [buurt.code, buurt.gebied])),
);
