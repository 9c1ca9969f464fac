import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

describe("configuration", () => {
  it("defaults to the embedded database in ./.data on port 4000 with demo data", () => {
    expect(loadConfig({})).toMatchObject({
      database: { kind: "pglite", dataDir: "./.data" },
      port: 4000,
      seedDemo: true,
      redisUrl: undefined,
    });
  });

  it("uses PostgreSQL when DATABASE_URL is set, seeding only when asked", () => {
    const config = loadConfig({ DATABASE_URL: "postgresql://u@db:5432/bomgraph", SEED_DEMO: "1" });
    expect(config.database).toEqual({ kind: "postgres", url: "postgresql://u@db:5432/bomgraph" });
    expect(config.seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: "postgres://u@db/x" }).seedDemo).toBe(false);
  });

  it("names every bad value in one message", () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: "mysql://x", PORT: "eighty", REDIS_URL: "http://r", SEED_DEMO: "maybe" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    expect(problems).toMatch(/^DATABASE_URL: must be a postgresql:\/\/ URL/m);
    expect(problems).toMatch(/^PORT: must be a number/m);
    expect(problems).toMatch(/^REDIS_URL: must be a redis:\/\//m);
    expect(problems).toMatch(/^SEED_DEMO: must be 1\/0/m);
  });

  it("limits subscriptions per graphql-ws connection to 100 unless told otherwise, and checks the value", () => {
    expect(loadConfig({}).live.maxSubscriptionsPerSocket).toBe(100);
    expect(loadConfig({ LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: "20" }).live.maxSubscriptionsPerSocket).toBe(20);
    expect(() => loadConfig({ LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: "0" })).toThrow(
      /LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: must be at least 1/,
    );
    expect(() => loadConfig({ LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: "many" })).toThrow(
      /LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: must be a number/,
    );
  });

  it("takes the board's default time zone as an IANA zone, UTC unless told, and refuses an unknown one", () => {
    expect(loadConfig({}).timeZone).toBe("UTC");
    expect(loadConfig({ TIME_ZONE: "america/chicago" }).timeZone).toBe("America/Chicago");
    expect(() => loadConfig({ TIME_ZONE: "Central" })).toThrow(
      /TIME_ZONE: "Central" is not an IANA time zone/,
    );
  });

  it("refuses a port out of range", () => {
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT: must be 0-65535/);
  });
});
