/**
 * Draws wijk and buurt polygons as SVG path data, on the server, with no tiles and nothing from outside.
 * An equirectangular projection with longitudes scaled by cos(latitude) at the map's middle: over the
 * 30 km of the municipality it is as good as any other, and it keeps the code small and testable.
 */
export type Position = readonly [number, number];
export type Ring = readonly Position[];

export interface PolygonFeature<P> {
  properties: P;
  geometry:
    | { type: "Polygon"; coordinates: readonly Ring[] }
    | { type: "MultiPolygon"; coordinates: readonly (readonly Ring[])[] };
}

export interface Bounds {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
}

export interface Projection {
  width: number;
  height: number;
  project(position: Position): [number, number];
}

function polygonsOf<P>(feature: PolygonFeature<P>): readonly (readonly Ring[])[] {
  return feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

/** The smallest box around every ring of every feature. */
export function boundsOf(features: ReadonlyArray<PolygonFeature<unknown>>): Bounds {
  const bounds = { minLon: Infinity, maxLon: -Infinity, minLat: Infinity, maxLat: -Infinity };
  for (const feature of features) {
    for (const polygon of polygonsOf(feature)) {
      for (const ring of polygon) {
        for (const [lon, lat] of ring) {
          bounds.minLon = Math.min(bounds.minLon, lon);
          bounds.maxLon = Math.max(bounds.maxLon, lon);
          bounds.minLat = Math.min(bounds.minLat, lat);
          bounds.maxLat = Math.max(bounds.maxLat, lat);
        }
      }
    }
  }
  return bounds;
}

/** Fits `bounds` into `width` units, north up; one degree of longitude is cos(middle latitude) of one of latitude. */
export function createProjection(bounds: Bounds, width: number, margin = 4): Projection {
  const middle = ((bounds.minLat + bounds.maxLat) / 2) * (Math.PI / 180);
  const xScale = Math.cos(middle);
  const spanX = (bounds.maxLon - bounds.minLon) * xScale;
  const spanY = bounds.maxLat - bounds.minLat;
  const scale = (width - 2 * margin) / spanX;
  const height = Math.ceil(spanY * scale + 2 * margin);
  return {
    width,
    height,
    project: ([lon, lat]) => [
      round1(margin + (lon - bounds.minLon) * xScale * scale),
      round1(margin + (bounds.maxLat - lat) * scale),
    ],
  };
}

/** SVG path data for a (multi)polygon: one closed subpath per ring, holes included (drawn with fill-rule evenodd). */
export function pathOf(feature: PolygonFeature<unknown>, projection: Projection): string {
  const parts: string[] = [];
  for (const polygon of polygonsOf(feature)) {
    for (const ring of polygon) {
      const points = ring.map((position) => projection.project(position));
      // GeoJSON repeats the first position at the end; "Z" closes the ring instead.
      const last = points.at(-1);
      const first = points[0];
      if (points.length > 1 && last && first && last[0] === first[0] && last[1] === first[1]) points.pop();
      if (points.length < 3) continue;
      parts.push(`M${points.map(([x, y]) => `${x} ${y}`).join("L")}Z`);
    }
  }
  return parts.join("");
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
