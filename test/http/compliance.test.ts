import { serverAudits } from "graphql-http";
import { describe, expect, it } from "vitest";
import { type TestKit, useTestKit } from "../kit/app.ts";

/**
 * The GraphQL over HTTP spec, as graphql-http audits servers: every audit (MUST, SHOULD and MAY) passes. The
 * audits send requests of their own; our fetch adds the API key every request needs.
 */

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

const audits = serverAudits({
  url: "http://test/graphql",
  fetchFn: (input: string, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    headers.set("authorization", `Bearer ${kit.adminKey}`);
    return kit.app.fetch(input, { ...init, headers });
  },
});

describe("graphql-http server audits", () => {
  it("are all here (61 in graphql-http 1.23)", () => {
    expect(audits).toHaveLength(61);
  });

  for (const audit of audits) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status === "ok" ? "ok" : `${result.status}: ${result.reason}`).toBe("ok");
    });
  }
});
