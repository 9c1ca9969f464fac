import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { createApp } from "../../src/http/app.ts";
import type { CorsPolicy } from "../../src/http/cors.ts";
import { createLogger } from "../../src/logger.ts";
import { createTestKit, forTheFile, type TestKit } from "../kit/app.ts";

/** Pages on other origins: which may call, and what they may read of the answer (docs/rules/api.md, "CORS"). */

let kit: TestKit;
forTheFile(createTestKit, (opened) => {
  kit = opened;
});

const BOARD = "https://board.example.com";
const ELSEWHERE = "https://evil.example.net";

function appWith(cors: CorsPolicy) {
  return createApp({ db: kit.db, logger: createLogger("error"), cors });
}

/** A page's POST of `{ me { apiKey { name } } }` from `origin`, as the browser sends it. */
function fromPage(app: ReturnType<typeof appWith>, origin: string) {
  return app.fetch("http://test/graphql", {
    method: "POST",
    headers: {
      origin,
      "content-type": "application/json",
      authorization: `Bearer ${kit.adminKey}`,
      "x-request-id": "cors-check-1",
    },
    body: JSON.stringify({ query: "{ me { apiKey { name } } }" }),
  });
}

/** The browser's preflight before that POST. */
function preflight(app: ReturnType<typeof appWith>, origin: string) {
  return app.fetch("http://test/graphql", {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization, content-type, idempotency-key",
    },
  });
}

describe("CORS", () => {
  const listed = { origins: [BOARD], credentials: false };

  it("lets a listed origin call, and read the request id and the replay and retry headers", async () => {
    const app = appWith(listed);
    const allowed = await preflight(app, BOARD);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(BOARD);
    expect(allowed.headers.get("access-control-allow-headers")).toContain("idempotency-key");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();

    const answer = await fromPage(app, BOARD);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("access-control-allow-origin")).toBe(BOARD);
    expect(answer.headers.get("access-control-expose-headers")?.split(", ")).toEqual([
      "x-request-id",
      "idempotent-replayed",
      "retry-after",
    ]);
    expect(answer.headers.get("x-request-id")).toBe("cors-check-1");
    expect(answer.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("gives any other origin no CORS header, so the browser keeps the answer from its page", async () => {
    const app = appWith(listed);
    const refused = await preflight(app, ELSEWHERE);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(refused.headers.get("access-control-allow-methods")).toBeNull();
    const answer = await fromPage(app, ELSEWHERE);
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    expect(answer.headers.get("access-control-expose-headers")).toBeNull();
  });

  it("allows the browser's credentials only when configured", async () => {
    const app = appWith({ origins: [BOARD], credentials: true });
    expect((await preflight(app, BOARD)).headers.get("access-control-allow-credentials")).toBe("true");
    expect((await fromPage(app, BOARD)).headers.get("access-control-allow-credentials")).toBe("true");
  });

  it("lets any origin call without credentials when any may (the embedded demo)", async () => {
    const app = appWith({ origins: "*", credentials: false });
    const answer = await fromPage(app, ELSEWHERE);
    expect(answer.headers.get("access-control-allow-origin")).toBe(ELSEWHERE);
    expect(answer.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("CORS configuration", () => {
  it("is any origin for the demo and development, the server's own origin only in production", () => {
    expect(loadConfig({}).cors).toEqual({ origins: "*", credentials: false });
    expect(loadConfig({ NODE_ENV: "production" }).cors).toEqual({ origins: [], credentials: false });
    expect(
      loadConfig({
        NODE_ENV: "production",
        CORS_ORIGINS: `${BOARD}, https://scan.example.com`,
        CORS_CREDENTIALS: "true",
      }).cors,
    ).toEqual({ origins: [BOARD, "https://scan.example.com"], credentials: true });
  });

  it("refuses credentials for any origin, and an origin that is not a URL, naming the variable", () => {
    expect(() => loadConfig({ CORS_CREDENTIALS: "true" })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: "*", CORS_CREDENTIALS: "true" })).toThrow(/CORS_CREDENTIALS/);
    expect(() => loadConfig({ CORS_ORIGINS: "board" })).toThrow(/CORS_ORIGINS/);
  });
});
