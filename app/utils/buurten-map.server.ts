import { readFile } from "node:fs/promises";
import path from "node:path";

export interface BuurtShape {
  code: string;
  /** SVG path data in the map's viewBox. */
  d: string;
  /** Where the label or marker goes (the centroid), in the viewBox. */
  x: number;
  y: number;
}

export interface BuurtenMap {
  width: number;
  height: number;
  shapes: BuurtShape[];
}

interface Feature {
  properties: { code: string; lat: number; lon: number };
  geometry: { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };
}

const WIDTH = 1000;
let cached: Promise<BuurtenMap> | null = null;

/**
 * SVG paths of the buurten from the CBS polygons in db/seed/data (generalised, 23 kB), projected
 * equirectangularly around the municipality's middle. Built once per process, then reused.
 */
export function loadBuurtenMap(): Promise<BuurtenMap> {
  cached ??= build().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function build(): Promise<BuurtenMap> {
  const file = path.join(process.cwd(), "db", "seed", "data", "buurten_2022.geojson");
  const geo = JSON.parse(await readFile(file, "utf8")) as { features: Feature[] };
  const polygons = (f: Feature) => (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates);
  const points = geo.features.flatMap((f) => polygons(f).flat(2));
  const lons = points.map((p) => p[0] ?? 0);
  const lats = points.map((p) => p[1] ?? 0);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = WIDTH / ((maxLon - minLon) * kx);
  const height = Math.ceil((maxLat - minLat) * scale);
  const project = (lon: number, lat: number) => [(lon - minLon) * kx * scale, (maxLat - lat) * scale] as const;
  const fmt = (n: number) => n.toFixed(1);
  const shapes = geo.features.map((f) => {
    const d = polygons(f)
      .flatMap((polygon) =>
        polygon.map(
          (ring) =>
            ring
              .map((p, i) => {
                const [x, y] = project(p[0] ?? 0, p[1] ?? 0);
                return `${i === 0 ? "M" : "L"}${fmt(x)} ${fmt(y)}`;
              })
              .join("") + "Z",
        ),
      )
      .join("");
    const [x, y] = project(f.properties.lon, f.properties.lat);
    return { code: f.properties.code, d, x: Math.round(x), y: Math.round(y) };
  });
  return { width: WIDTH, height, shapes };
}
