import { readFile } from "node:fs/promises";
import { z } from "zod";

const dataDirectory = new URL("./data/", import.meta.url);

const gebiedSchema = z.object({ name: z.string().min(1), lat: z.number(), lon: z.number() });

const wijkSchema = z.object({
  code: z.string().regex(/^WK0014\d{2}$/),
  name: z.string().min(1),
  formerName: z.string().min(1).nullable(),
  lat: z.number(),
  lon: z.number(),
});

const buurtSchema = z.object({
  code: z.string().regex(/^BU0014\d{4}$/),
  name: z.string().min(1),
  wijkCode: z.string(),
  gebied: z.string().min(1),
  lat: z.number(),
  lon: z.number(),
});

const skillsFileSchema = z.object({
  categories: z.array(z.object({ slug: z.string().min(1), nl: z.string().min(1), en: z.string().min(1) })),
  skills: z.array(
    z.object({ slug: z.string().min(1), category: z.string().min(1), nl: z.string().min(1), en: z.string().min(1) }),
  ),
});

export type GebiedRecord = z.infer<typeof gebiedSchema>;
export type WijkRecord = z.infer<typeof wijkSchema>;
export type BuurtRecord = z.infer<typeof buurtSchema>;
export type SkillsFile = z.infer<typeof skillsFileSchema>;

export interface ReferenceData {
  gebieden: GebiedRecord[];
  wijken: WijkRecord[];
  buurten: BuurtRecord[];
  skills: SkillsFile;
}

async function readJson<T>(fileName: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): Promise<T> {
  const text = await readFile(new URL(fileName, dataDirectory), "utf8");
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`db/seed/data/${fileName} is invalid at ${first?.path.join(".")}: ${first?.message}`);
  }
  return result.data;
}

/** Reads and validates the places and skills files in db/seed/data. */
export async function loadReferenceData(): Promise<ReferenceData> {
  const [gebieden, wijken, buurten, skills] = await Promise.all([
    readJson("gebieden.json", z.array(gebiedSchema)),
    readJson("wijken.json", z.array(wijkSchema)),
    readJson("buurten.json", z.array(buurtSchema)),
    readJson("skills.json", skillsFileSchema),
  ]);
  return { gebieden, wijken, buurten, skills };
}
