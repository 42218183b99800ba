/** One clear line for the usual reasons a start fails, instead of a stack trace. */
export function describeStartupError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ETIMEDOUT") {
    const target =
      (error as { address?: string; port?: number; hostname?: string }).address ??
      (error as { hostname?: string }).hostname;
    const port = (error as { port?: number }).port;
    return `cannot reach the database${target ? ` at ${target}${port ? `:${port}` : ""}` : ""} (${String(code)}). Check DATABASE_URL, or unset it to use the embedded PostgreSQL.`;
  }
  if (code === "28P01" || code === "28000") return `the database refused the login (${message}). Check DATABASE_URL.`;
  if (code === "3D000") return `the database in DATABASE_URL does not exist (${message}).`;
  if (code === "EADDRINUSE") return `the port is already in use (${message}). Set PORT to another port.`;
  if (code === "ERR_MODULE_NOT_FOUND" && message.includes("build/index.js")) {
    return "the web app is not built yet. Run `npm start` (it builds first) or `npm run build`.";
  }
  return message.split("\n")[0] ?? "unknown error";
}
