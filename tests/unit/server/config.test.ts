import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../../server/config";

describe("parseConfig", () => {
  it("needs nothing for the embedded default", () => {
    const config = parseConfig({ NODE_ENV: "development" });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.meiliUrl).toBeUndefined();
    expect(config.port).toBe(3000);
    expect(config.seedDemoData).toBe(true);
  });

  it("takes external servers from the environment", () => {
    const config = parseConfig({
      NODE_ENV: "test",
      DATABASE_URL: "postgres://u:p@db.example:5432/noaber",
      MEILI_URL: "http://search:7700",
      MEILI_MASTER_KEY: "k",
    });
    expect(config.databaseUrl).toBe("postgres://u:p@db.example:5432/noaber");
    expect(config.meiliUrl).toBe("http://search:7700");
  });

  it("stops with one line naming every bad variable", () => {
    expect(() => parseConfig({ NODE_ENV: "development", PORT: "eighty", DATABASE_URL: "not a url" })).toThrowError(
      ConfigError,
    );
    expect(() => parseConfig({ NODE_ENV: "development", PORT: "eighty", DATABASE_URL: "not a url" })).toThrowError(
      /PORT.*DATABASE_URL|DATABASE_URL.*PORT/,
    );
  });

  it("releases unnamed team spots 48 hours before the start unless told otherwise", () => {
    expect(parseConfig({}).teamReleaseHours).toBe(48);
    expect(parseConfig({ TEAM_RELEASE_HOURS: "24" }).teamReleaseHours).toBe(24);
    expect(() => parseConfig({ TEAM_RELEASE_HOURS: "0" })).toThrowError(/TEAM_RELEASE_HOURS/);
  });

  it("derives the time between notice waves unless WAVE_INTERVAL_SECONDS fixes it", () => {
    expect(parseConfig({}).waveIntervalMs).toBeUndefined();
    expect(parseConfig({ WAVE_INTERVAL_SECONDS: "" }).waveIntervalMs).toBeUndefined();
    expect(parseConfig({ WAVE_INTERVAL_SECONDS: "15" }).waveIntervalMs).toBe(15_000);
    expect(() => parseConfig({ WAVE_INTERVAL_SECONDS: "0" })).toThrowError(/WAVE_INTERVAL_SECONDS/);
    expect(() => parseConfig({ WAVE_INTERVAL_SECONDS: "soon" })).toThrowError(/WAVE_INTERVAL_SECONDS/);
  });

  it("keeps klus group messages 30 days and notifications 180 days unless told otherwise", () => {
    expect(parseConfig({}).retention).toEqual({ klusGroupDays: 30, notificationDays: 180 });
    expect(parseConfig({ KLUS_GROUP_RETENTION_DAYS: "7", NOTIFICATION_RETENTION_DAYS: "90" }).retention).toEqual({
      klusGroupDays: 7,
      notificationDays: 90,
    });
    expect(() => parseConfig({ KLUS_GROUP_RETENTION_DAYS: "0" })).toThrowError(/KLUS_GROUP_RETENTION_DAYS/);
    expect(() => parseConfig({ NOTIFICATION_RETENTION_DAYS: "many" })).toThrowError(/NOTIFICATION_RETENTION_DAYS/);
  });

  it("is production unless told otherwise", () => {
    expect(parseConfig({}).env).toBe("production");
    expect(parseConfig({}).isProduction).toBe(true);
  });

  it("warns, not stops, when a real deployment has no session secret", () => {
    expect(parseConfig({ NODE_ENV: "production" }).warnings).toEqual([]);
    const config = parseConfig({ NODE_ENV: "production", DATABASE_URL: "postgres://u:p@db.example:5432/noaber" });
    expect(config.warnings.join(" ")).toMatch(/SESSION_SECRET/);
  });

  it("trusts no proxy unless configured", () => {
    expect(parseConfig({}).trustProxy).toBe(false);
    expect(parseConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(parseConfig({ TRUST_PROXY: "loopback" }).trustProxy).toBe("loopback");
    expect(() => parseConfig({ TRUST_PROXY: "everyone; drop" })).toThrowError(/TRUST_PROXY/);
  });

  it("sets Secure cookies only for an https public address", () => {
    expect(parseConfig({}).servedOverHttps).toBe(false);
    expect(parseConfig({ PUBLIC_URL: "https://noaber.groningen.nl" }).servedOverHttps).toBe(true);
  });
});
