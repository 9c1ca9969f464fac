import { randomUUID } from "node:crypto";
import type { VariablesOf } from "@graphql-typed-document-node/core";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { createProduct, seedWorld, type World } from "../kit/world.ts";
import { stockAdjust } from "../operations/inventory.ts";

/**
 * A write that collides with concurrent ones (a deadlock or serialization failure): retried by the database layer
 * on PostgreSQL, answered as a typed retryable error where it cannot be, never a 500; with an Idempotency-Key the
 * request as a whole is refused (409) and nothing is stored under the key.
 */

interface Call {
  variables: VariablesOf<typeof stockAdjust>;
  idempotencyKey?: string;
}
let kit: TestKit;
let world: World;
useTestKit((opened) => {
  kit = opened;
});

/** Sends a stock adjustment as the admin, under the call's idempotency key if it has one. */
async function send(call: Call) {
  const result = await kit.execute(stockAdjust, call.variables, { idempotencyKey: call.idempotencyKey });
  // No payload when the request as a whole is refused (409, with a key); the tests read it only otherwise.
  const payload = result.data?.stockAdjust as NonNullable<typeof result.data>["stockAdjust"];
  return { call, status: result.status, errors: result.errors, payload };
}
type Outcome = Awaited<ReturnType<typeof send>>;

describe("write conflicts", () => {
  /**
   * A trigger raises PostgreSQL's deadlock error (40P01) on the next `failures` adjustment inserts: the same error
   * a real deadlock gives the business action, at the same place. The sequence is not transactional, so the
   * count survives the rollbacks.
   */
  beforeAll(async () => {
    world = await seedWorld(kit);
    await kit.db.prisma.$executeRawUnsafe("CREATE SEQUENCE test_conflicts");
    await kit.db.prisma.$executeRawUnsafe("CREATE TABLE test_conflict_plan (failures int NOT NULL)");
    await kit.db.prisma.$executeRawUnsafe("INSERT INTO test_conflict_plan VALUES (0)");
    await kit.db.prisma.$executeRawUnsafe(`
      CREATE FUNCTION test_conflict() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('test_conflicts') <= (SELECT failures FROM test_conflict_plan) THEN
          RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01';
        END IF;
        RETURN NEW;
      END $$`);
    await kit.db.prisma.$executeRawUnsafe(
      'CREATE TRIGGER test_conflict BEFORE INSERT ON "InventoryAdjustment" FOR EACH ROW EXECUTE FUNCTION test_conflict()',
    );
  });

  async function failNext(failures: number) {
    await kit.db.prisma.$executeRawUnsafe("ALTER SEQUENCE test_conflicts RESTART");
    await kit.db.prisma.$executeRawUnsafe(`UPDATE test_conflict_plan SET failures = ${failures}`);
  }

  const adjustment = async (): Promise<Call> => ({
    variables: {
      input: {
        type: "OTHER",
        lines: [
          {
            productId: globalId("Product", await createProduct(kit, `C-${randomUUID().slice(0, 8)}`)),
            locationId: globalId("Location", world.warehouse),
            quantity: "1",
          },
        ],
      },
    },
  });

  it("retries a conflict on PostgreSQL transparently; the embedded database reports it as retryable", async () => {
    for (const idempotencyKey of [undefined, randomUUID()]) {
      await failNext(1);
      const before = await kit.db.prisma.inventoryAdjustment.count();
      const outcome = await send({ ...(await adjustment()), idempotencyKey });
      if (kit.db.kind === "postgres") {
        // database.ts ran the whole transaction (with an idempotency key: the whole request) again.
        expect(outcome.errors).toBeUndefined();
        expect(outcome.payload.userErrors).toEqual([]);
        expect(await kit.db.prisma.inventoryAdjustment.count()).toBe(before + 1);
      } else {
        expectRetryable(outcome);
        expect(await kit.db.prisma.inventoryAdjustment.count()).toBe(before);
      }
    }
  });

  it("reports a conflict that outlives the retries as a typed retryable error, never a 500", async () => {
    for (const idempotencyKey of [undefined, randomUUID()]) {
      await failNext(100);
      const call = { ...(await adjustment()), idempotencyKey };
      const before = await kit.db.prisma.inventoryAdjustment.count();
      expectRetryable(await send(call));
      expect(await kit.db.prisma.inventoryAdjustment.count()).toBe(before);
      // Nothing was stored under the key: sending the same request again runs it.
      await failNext(0);
      const again = await send(call);
      expect(again.payload.userErrors).toEqual([]);
      expect(await kit.db.prisma.inventoryAdjustment.count()).toBe(before + 1);
    }
  });

  /** Without a key the payload's userErrors say so; with one the request as a whole (409). */
  function expectRetryable(outcome: Outcome) {
    if (outcome.call.idempotencyKey) {
      expect(outcome.status).toBe(409);
      expect(outcome.errors).toEqual([
        expect.objectContaining({
          message:
            "The change collided with concurrent changes and was not applied; send the same request again",
          extensions: { code: "RETRYABLE_CONFLICT" },
        }),
      ]);
    } else {
      expect(outcome.status).toBe(200);
      expect(outcome.payload.userErrors).toEqual([
        {
          code: "RETRYABLE_CONFLICT",
          message:
            "The change collided with concurrent changes and was not applied; send the same request again",
          field: null,
        },
      ]);
    }
  }
});
