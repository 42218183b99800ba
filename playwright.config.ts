import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromium } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
// The app's whole log of this run, at info level as in production: a spec checks it holds no secrets.
const appLog = path.resolve(`${dataDir}.log`);
process.env.E2E_APP_LOG = appLog;
mkdirSync(path.dirname(appLog), { recursive: true });

// Where Playwright cannot download its own browser (these machines), Debian's Chromium is used.
function chromiumExecutable(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return undefined;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-gpu",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The built app on its own data directory, with the same embedded PostgreSQL and Meilisearch as `npm start`.
    command: `exec node --import tsx server/main.ts > '${appLog}' 2>&1`,
    url: `${baseURL}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      NODE_ENV: "production",
      SESSION_SECRET: "e2e-session-secret-that-is-long-enough-0123456789",
      LOG_LEVEL: "info",
      RATE_LIMIT_MULTIPLIER: "20",
      // The digest e-mail of someone who went away arrives within seconds instead of minutes.
      JOBS_INTERVAL_SECONDS: "2",
      MAIL_AWAY_SECONDS: "3",
      // Notice waves about a klus come seconds apart instead of half an hour or more.
      WAVE_INTERVAL_SECONDS: "15",
    },
  },
});
