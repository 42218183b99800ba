/**
 * `npm run simulate -- [options]`: the simulation of issue 11 (see the README's "Simulation"). Prints
 * the report as JSON on stdout (progress on stderr) and writes it to --out when given.
 */
import { writeFile } from "node:fs/promises";
import { startServer } from "./infrastructure";
import { parseOptions } from "./options";
import { simulate } from "./simulate";

async function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  const log = (message: string) => process.stderr.write(`[simulate] ${message}\n`);
  const server = await startServer();
  try {
    const { report } = await simulate(options, server, log);
    const json = `${JSON.stringify(report, null, 2)}\n`;
    process.stdout.write(json);
    if (options.out) await writeFile(options.out, json);
    log(`runtime ${report.runtimeSeconds} s`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
