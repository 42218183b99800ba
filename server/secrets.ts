import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";

/**
 * Returns the configured secret, or one generated once and kept under the data directory, so
 * that sessions survive a restart of the embedded default without any configuration.
 */
export async function loadOrCreateSecret(configured: string | undefined, dataDir: string, name: string) {
  if (configured) return configured;
  const file = path.join(dataDir, name);
  try {
    return (await fs.readFile(file, "utf8")).trim();
  } catch {
    await fs.mkdir(dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    await fs.writeFile(file, secret, { mode: 0o600, flag: "wx" }).catch(async (error: NodeJS.ErrnoException) => {
      // Another process created it first: use theirs.
      if (error.code !== "EEXIST") throw error;
    });
    return (await fs.readFile(file, "utf8")).trim();
  }
}
