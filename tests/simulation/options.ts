/** The command line of `npm run simulate`, parsed with Zod. */
import { z } from "zod";

export const DEFAULT_SEED = 20261207;

export const optionsSchema = z
  .object({
    seed: z.coerce.number().int().min(0).max(0xffffffff).default(DEFAULT_SEED),
    weeks: z.coerce.number().int().min(1).max(26).default(8),
    volunteers: z.coerce.number().int().min(10).max(20_000).default(2000),
    policy: z.enum(["whatsapp", "noaber", "both"]).default("both"),
    out: z.string().min(1).optional(),
  })
  .strict();

export type Options = z.output<typeof optionsSchema>;

export const usage = `Usage: npm run simulate -- [--seed N] [--weeks 8] [--volunteers 2000] [--policy whatsapp|noaber|both] [--out file.json]`;

/** "--seed 7 --policy=whatsapp" → options; throws a readable message on anything else. */
export function parseOptions(argv: readonly string[]): Options {
  if (argv.includes("--help") || argv.includes("-h")) throw new Error(usage);
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`Unexpected argument "${arg}".\n${usage}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value.\n${usage}`);
    raw[match[1]!] = value;
  }
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`);
    throw new Error(`${problems.join("\n")}\n${usage}`);
  }
  return parsed.data;
}
