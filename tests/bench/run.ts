/**
 * Runs the benchmarks: `npm run bench` runs every tests/bench/*.bench.ts in turn, `npm run bench -- <name>…`
 * only those named (`claim-race` runs claim-race.bench.ts). Each runs in its own process (its own
 * servers and memory) and prints one JSON line last; the runner exits non-zero when one fails.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.dirname(fileURLToPath(import.meta.url));
const all = readdirSync(dir)
  .filter((file) => file.endsWith(".bench.ts"))
  .map((file) => file.slice(0, -".bench.ts".length))
  .sort();
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const unknown = wanted.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(", ")}. Known: ${all.join(", ") || "none"}.`);
  process.exit(2);
}

let failed = 0;
for (const name of wanted.length > 0 ? wanted : all) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(dir, `${name}.bench.ts`)], {
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) {
    failed += 1;
    console.error(`Benchmark ${name} failed (exit ${result.status ?? result.signal}).`);
  }
}
process.exit(failed > 0 ? 1 : 0);
