import { z } from "zod";

/** A CBS buurt code of the gemeente Groningen (GM0014). */
export const buurtCodeSchema = z
  .string()
  .trim()
  .regex(/^BU0014\d{4}$/, "places.invalidBuurtCode");

export const gebiedSlugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]+$/, "places.invalidGebied");

/** The text a person types to find their buurt, wijk or dorp. */
export const buurtSearchSchema = z.object({ q: z.string().trim().max(100) });

export interface Gebied {
  slug: string;
  name: string;
  lat: number;
  lon: number;
}

export interface Wijk {
  code: string;
  name: string;
  /** The name before the 2025 renaming, which residents still use (e.g. "Oosterparkwijk"). */
  formerName: string | null;
  lat: number;
  lon: number;
}

export interface Buurt {
  code: string;
  name: string;
  wijkCode: string;
  wijkName: string;
  wijkFormerName: string | null;
  gebiedSlug: string;
  gebiedName: string;
  lat: number;
  lon: number;
}
