import { describe, expect, it } from "vitest";
import { NetworkError } from "../shared/graphql.ts";
import type { ActionRequest } from "./actions.ts";
import {
  ActionQueue,
  FINISHED_KEPT,
  type Outcome,
  outcomeOf,
  type QueuedAction,
  type QueueStore,
} from "./queue.ts";

/** The queue's rules over a Map standing for IndexedDB (the real store is run by test/browser/scan.test.ts). */
function memoryStore(): QueueStore & { saved: Map<string, QueuedAction> } {
  const saved = new Map<string, QueuedAction>();
  return {
    saved,
    all: async () => [...saved.values()].map((action) => ({ ...action })),
    put: async (action) => {
      saved.set(action.id, { ...action });
    },
    delete: async (id) => {
      saved.delete(id);
    },
  };
}

const consume = (sku: string): ActionRequest => ({
  kind: "consume",
  variables: { id: "order", input: { productId: sku, quantity: "1" } },
  label: `Consume 1 ${sku}`,
});

/** A server that answers by the action's label, and a link that can be down: every attempt is recorded. */
function server(answers: Record<string, Outcome["state"]> = {}) {
  const attempts: { id: string; label: string }[] = [];
  const link = { up: true, loseNextAnswer: false };
  const send = async (action: QueuedAction): Promise<Outcome> => {
    if (!link.up) throw new NetworkError("offline");
    attempts.push({ id: action.id, label: action.label });
    if (link.loseNextAnswer) {
      link.loseNextAnswer = false;
      throw new NetworkError("answer lost");
    }
    const state = answers[action.label] ?? "done";
    return { state, message: state === "done" ? null : `${action.label}: no` };
  };
  return { attempts, link, send };
}

let ids = 0;
const newId = () => `key-${++ids}`;
const noChange = () => {};

describe("the scanner's queue", () => {
  it("stores an action before sending it, and sends the queue in the order the actions were taken", async () => {
    const store = memoryStore();
    const { attempts, link, send } = server();
    link.up = false;
    const queue = new ActionQueue(store, send, noChange, newId);
    await queue.open();
    for (const sku of ["A", "B", "C"]) await queue.add(consume(sku), "2026-12-05T08:00:00Z");
    await queue.flush();
    expect(store.saved.size).toBe(3);
    expect(queue.waiting).toBe(3);
    link.up = true;
    await queue.flush();
    expect(attempts.map((attempt) => attempt.label)).toEqual(["Consume 1 A", "Consume 1 B", "Consume 1 C"]);
    expect(queue.list.map((action) => action.state)).toEqual(["done", "done", "done"]);
  });

  it("sends an action whose answer was lost again with the same idempotency key, and waits for it", async () => {
    const { attempts, link, send } = server();
    const queue = new ActionQueue(memoryStore(), send, noChange, newId);
    await queue.open();
    link.up = false;
    await queue.add(consume("A"), "t");
    await queue.add(consume("B"), "t");
    link.up = true;
    link.loseNextAnswer = true;
    await queue.flush();
    expect(attempts.map((attempt) => attempt.label)).toEqual(["Consume 1 A"]);
    expect(queue.list[0]).toMatchObject({ state: "queued", unanswered: 1, message: "answer lost" });
    await queue.flush();
    const [first, retry, second] = attempts;
    expect(retry?.id).toBe(first?.id);
    expect(second?.id).not.toBe(first?.id);
    expect(queue.list.map((action) => action.state)).toEqual(["done", "done"]);
  });

  it("shows a refusal and a conflict with their messages, never sends them again, and goes on with the next", async () => {
    const { attempts, send } = server({ "Consume 1 A": "refused", "Consume 1 B": "conflict" });
    const queue = new ActionQueue(memoryStore(), send, noChange, newId);
    await queue.open();
    for (const sku of ["A", "B", "C"]) await queue.add(consume(sku), "t");
    await queue.flush();
    await queue.flush();
    expect(queue.list.map((action) => [action.state, action.message])).toEqual([
      ["refused", "Consume 1 A: no"],
      ["conflict", "Consume 1 B: no"],
      ["done", null],
    ]);
    expect(attempts).toHaveLength(3);
  });

  it("marks an action refused when sending it fails for another reason than no answer", async () => {
    const queue = new ActionQueue(
      memoryStore(),
      async () => {
        throw new Error("no document");
      },
      noChange,
      newId,
    );
    await queue.open();
    await queue.add(consume("A"), "t");
    await queue.flush();
    expect(queue.list[0]).toMatchObject({ state: "refused", message: "no document" });
  });

  it("survives a reload: a new queue over the same store sends what the last one left, with its keys", async () => {
    const store = memoryStore();
    const { attempts, link, send } = server();
    link.up = false;
    const before = new ActionQueue(store, send, noChange, newId);
    await before.open();
    const taken = [await before.add(consume("A"), "t"), await before.add(consume("B"), "t")];
    link.up = true;
    const after = new ActionQueue(store, send, noChange, newId);
    await after.open();
    expect(after.waiting).toBe(2);
    await after.flush();
    expect(attempts.map((attempt) => attempt.id)).toEqual(taken.map((action) => action.id));
    const third = await after.add(consume("C"), "t");
    expect(third.sequence).toBeGreaterThan(taken[1]?.sequence ?? 0);
  });

  it("sends one action at a time even when asked to send again while sending", async () => {
    const { attempts, send } = server();
    const queue = new ActionQueue(memoryStore(), send, noChange, newId);
    await queue.open();
    await queue.add(consume("A"), "t");
    await Promise.all([queue.flush(), queue.flush(), queue.add(consume("B"), "t").then(() => queue.flush())]);
    expect(attempts.map((attempt) => attempt.label)).toEqual(["Consume 1 A", "Consume 1 B"]);
  });

  it(`keeps the last ${FINISHED_KEPT} finished actions to show their results`, async () => {
    const store = memoryStore();
    const queue = new ActionQueue(store, server().send, noChange, newId);
    await queue.open();
    for (let index = 0; index < FINISHED_KEPT + 3; index++) await queue.add(consume(`P${index}`), "t");
    await queue.flush();
    expect(queue.list).toHaveLength(FINISHED_KEPT);
    expect(store.saved.size).toBe(FINISHED_KEPT);
    expect(queue.list[0]?.label).toBe("Consume 1 P3");
  });
});

describe("an answer's outcome", () => {
  const payload = (userErrors: object[]) => ({ data: { productionOrderConsume: { userErrors, order: 1 } } });

  it("is done without userErrors, carrying the payload", () => {
    expect(outcomeOf(payload([]), "productionOrderConsume")).toEqual({
      state: "done",
      message: null,
      payload: { userErrors: [], order: 1 },
    });
  });

  it("is refused with the userError's field and message", () => {
    const refused = payload([
      { code: "INSUFFICIENT_STOCK", field: ["input", "quantity"], message: "only 3" },
    ]);
    expect(outcomeOf(refused, "productionOrderConsume")).toEqual({
      state: "refused",
      message: "input.quantity: only 3",
    });
  });

  it("is a conflict for VERSION_CONFLICT and RETRYABLE_CONFLICT", () => {
    const stale = payload([{ code: "VERSION_CONFLICT", field: ["expectedVersion"], message: "now 4" }]);
    expect(outcomeOf(stale, "productionOrderConsume").state).toBe("conflict");
    const busy = { errors: [{ message: "send it again", extensions: { code: "RETRYABLE_CONFLICT" } }] };
    expect(outcomeOf(busy, "productionOrderConsume")).toEqual({
      state: "conflict",
      message: "send it again",
    });
  });

  it("is refused for a top-level error: a key without the permission", () => {
    const forbidden = { errors: [{ message: "needs INVENTORY_ADJUST", extensions: { code: "FORBIDDEN" } }] };
    expect(outcomeOf(forbidden, "stockAdjust")).toEqual({
      state: "refused",
      message: "needs INVENTORY_ADJUST",
    });
  });

  it("is no answer yet while the first attempt still runs", () => {
    const running = {
      errors: [{ message: "in progress", extensions: { code: "IDEMPOTENCY_KEY_IN_PROGRESS" } }],
    };
    expect(() => outcomeOf(running, "stockAdjust")).toThrow(NetworkError);
  });
});
