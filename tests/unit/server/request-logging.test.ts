import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { redactUrl } from "../../../server/http/redact";
import { requestLogging } from "../../../server/http/request-logging";
import { createLogger } from "../../../server/logger";

const calendarToken = randomBytes(32).toString("base64url");
const sessionId = randomBytes(32).toString("base64url");
const csrfCookie = randomBytes(24).toString("base64url");

const lines: string[] = [];
const logger = createLogger("info", false, { write: (line: string) => void lines.push(line) });

const app = express();
app.use(requestLogging(logger));
app.get("/kalender/:token", (req, res) => {
  // As Remix's handleError does for a failing loader.
  logger.error({ url: `http://127.0.0.1${req.originalUrl}` }, "unhandled error in a loader or action");
  res.status(500).send("boom");
});
app.all("*", (_req, res) => {
  res.setHeader("Set-Cookie", [`__session=${sessionId}; Path=/; HttpOnly`, `csrf=${csrfCookie}; Path=/`]);
  res.send("ok");
});
const server = createServer(app);
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("request logging", () => {
  it("keeps session ids, CSRF cookies and calendar tokens out of the logs", async () => {
    const cookie = `__session=${sessionId}; csrf=${csrfCookie}`;
    const requests = [
      `/kalender/${calendarToken}`,
      `/Kalender/${calendarToken}?_data=routes%2Fkalender.%24token`,
      `/inloggen?redirectTo=%2Fkalender%2F${calendarToken}`,
      `/inloggen?redirectTo=/kalender/${calendarToken}&x=1`,
      `/agenda`,
    ];
    for (const url of requests) {
      await fetch(`${base}${url}`, { headers: { cookie, referer: `${base}/kalender/${calendarToken}` } });
    }
    // One line per request (written when the response has finished), plus the loader error for each calendar request.
    await vi.waitFor(() => expect(lines).toHaveLength(requests.length + 2));
    const log = lines.join("");
    expect(log).not.toContain(calendarToken);
    expect(log).not.toContain(sessionId);
    expect(log).not.toContain(csrfCookie);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, { url?: string } & Record<string, unknown>>);
    const requestUrls = entries.flatMap((entry) => (entry.req?.url ? [entry.req.url] : []));
    expect(requestUrls).toEqual([
      "/kalender/[redacted]",
      "/Kalender/[redacted]?_data=routes%2Fkalender.%24token",
      "/inloggen?redirectTo=%2Fkalender%2F[redacted]",
      "/inloggen?redirectTo=/kalender/[redacted]&x=1",
      "/agenda",
    ]);
    expect(entries.find((entry) => entry.url)?.url).toBe("http://127.0.0.1/kalender/[redacted]");
    const agenda = entries.find((entry) => entry.req?.url === "/agenda");
    expect(agenda?.req).toMatchObject({ headers: { cookie: "[redacted]", referer: `${base}/kalender/[redacted]` } });
    expect(agenda?.res).toMatchObject({ headers: { "set-cookie": "[redacted]" } });
  });

  it.each([
    ["/kalender/abc_DEF-123", "/kalender/[redacted]"],
    ["/kalender/abc/extra?x=1#y", "/kalender/[redacted]/extra?x=1#y"],
    ["https://noaber.example/KALENDER%2Fabc%3Fq", "https://noaber.example/KALENDER%2F[redacted]"],
    ["/kalenders/abc", "/kalenders/abc"],
    ["/klussen/abc", "/klussen/abc"],
  ])("redactUrl(%s) is %s", (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});
