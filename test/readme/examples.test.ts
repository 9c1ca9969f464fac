import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { readmeExamples } from "../../src/http/graphiql.ts";
import { seedDemo } from "../../src/setup/demo.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { productionOrderStart } from "../operations/orders.ts";

/**
 * The README's examples run against the demo data (what `npm start` seeds), so they cannot go wrong unnoticed:
 * every ```graphql block, except those marked `<!-- example run by <test> -->` (run there), and every curl
 * request with a JSON body. A query answers without errors, a mutation without userErrors, a subscription
 * receives the event a change makes.
 */

const readme = await readFile("README.md", "utf8");
const examples = readmeExamples(readme).filter((example) => !example.runBy);
/** The JSON bodies of the curl examples (`-d '...'`) that ask for a plain answer, not an event stream. */
const curlBodies = [...readme.matchAll(/```sh\n(curl[\s\S]*?)```/g)]
  .map((block) => block[1] ?? "")
  .filter((command) => !command.includes("text/event-stream"))
  .map((command) => /-d '([^']*)'/.exec(command)?.[1])
  .filter((body): body is string => body !== undefined);

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});
beforeAll(async () => {
  await seedDemo(kit.db);
});

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

async function post(body: string): Promise<Answer> {
  return (await (await kit.post(body)).json()) as Answer;
}

/** Every `userErrors` list anywhere in the answer. */
function userErrorsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(userErrorsOf);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "userErrors" && Array.isArray(inner) ? inner : userErrorsOf(inner),
  );
}

/** Opens the subscription as server-sent events, makes the demo order start, and reads the first event. */
async function firstEvent(query: string): Promise<Answer> {
  const response = await kit.post(JSON.stringify({ query }), { headers: { accept: "text/event-stream" } });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const started = kit.execute(productionOrderStart, { id: "UHJvZHVjdGlvbk9yZGVyOjE=" });
  let text = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream ended before an event: ${text}`);
    text += new TextDecoder().decode(value);
    const data = /^data: (.+)$/m.exec(text)?.[1];
    if (data) {
      await reader.cancel();
      expect((await started).errors).toBeUndefined();
      return JSON.parse(data) as Answer;
    }
  }
}

describe("the README's examples, against the demo data", () => {
  it("has examples to run", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(curlBodies.length).toBeGreaterThanOrEqual(1);
  });

  it.each(examples.map((example) => [example.document.replace(/\s+/g, " ").slice(0, 70), example.document]))(
    "runs %s",
    async (_first, document) => {
      const answer = document.startsWith("subscription")
        ? await firstEvent(document)
        : await post(JSON.stringify({ query: document }));
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toBeTruthy();
      expect(userErrorsOf(answer.data)).toEqual([]);
    },
  );

  it.each(curlBodies)("answers the curl request %s", async (body) => {
    const answer = await post(body);
    expect(answer.errors).toBeUndefined();
    expect(Object.values(answer.data ?? {}).every((value) => value !== null)).toBe(true);
  });
});
