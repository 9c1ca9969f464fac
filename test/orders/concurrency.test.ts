import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { describe, expect, it } from "vitest";
import { dec, formatDecimal, ZERO } from "../../src/domain/decimal.ts";
import { createTestKit, forTheFile, succeeded, type TestKit } from "../kit/app.ts";
import { decodeId, globalId } from "../kit/ids.ts";
import { ledgerMismatches, reservationMismatches } from "../kit/invariants.ts";
import { seededRandom } from "../kit/random.ts";
import { addStock, createBom, createProduct, seedWorld, type World } from "../kit/world.ts";
import { stockAdjust } from "../operations/inventory.ts";
import {
  productionOrderAuthorize,
  productionOrderComplete,
  productionOrderCreate,
} from "../operations/orders.ts";
import { purchaseOrderCreate, purchaseOrderPlace, purchaseOrderReceive } from "../operations/purchasing.ts";
import { transferOrderComplete, transferOrderCreate } from "../operations/transfers.ts";

/**
 * Many clients at once against the same components: completions, adjustments, receipts, transfers and
 * authorizations. Every request gets an answer (success or typed userErrors, never a 500), nothing is lost or
 * applied twice, and the ledger invariants hold afterwards. PostgreSQL runs 50 clients; the embedded database,
 * one connection that queues writers, 15.
 */

let kit: TestKit;
let world: World;
forTheFile(
  async () => {
    const opened = await createTestKit();
    world = await seedWorld(opened);
    return opened;
  },
  (opened) => {
    kit = opened;
  },
);

// biome-ignore lint/suspicious/noExplicitAny: the mix sends five kinds of documents
type AnyDocument = TypedDocumentNode<any, any>;
interface Call {
  kind: "completion" | "authorization" | "adjustment" | "receipt" | "transfer";
  field: string;
  document: AnyDocument;
  variables: Record<string, unknown>;
  idempotencyKey?: string;
}
interface Outcome {
  call: Call;
  status: number;
  errors: unknown;
  // biome-ignore lint/suspicious/noExplicitAny: payloads are read loosely
  payload: any;
}

async function send(call: Call): Promise<Outcome> {
  const result = await kit.execute(call.document, call.variables, { idempotencyKey: call.idempotencyKey });
  return { call, status: result.status, errors: result.errors, payload: result.data?.[call.field] };
}

// biome-ignore lint/suspicious/noExplicitAny: setup payloads are read loosely
async function setup(document: AnyDocument, variables: Record<string, unknown>): Promise<any> {
  const result = await kit.execute(document, variables);
  return succeeded(result, Object.keys(result.data ?? {})[0] as string);
}

/** The codes a request of this mix may legitimately be refused with. */
const EXPECTED_REFUSALS = new Set([
  "INSUFFICIENT_STOCK",
  "INVALID_STATUS",
  "INVALID_INPUT",
  "RETRYABLE_CONFLICT",
]);

/**
 * Builds a mix of `size` requests over shared components (scarce at the shop floor, so some consumption is
 * refused) and returns it shuffled. About one in five duplicates another request: some as a retry with the same
 * idempotency key (must be applied once), others as a second client doing the same thing (must be refused).
 */
async function buildMix(size: number, seed: number): Promise<Call[]> {
  const next = seededRandom(seed);
  const tag = `R${seed}`;
  const bolt = await createProduct(kit, `${tag}-BOLT`, { primarySupplierId: world.supplierA });
  const tube = await createProduct(kit, `${tag}-TUBE`, { primarySupplierId: world.supplierA });
  const frame = await createProduct(kit, `${tag}-FRAME`);
  const bom = await createBom(kit, frame, [
    [bolt, "2"],
    [tube, "1"],
  ]);
  await addStock(kit, bolt, world.shopFloor, String(Math.round(size * 0.3)));
  await addStock(kit, tube, world.shopFloor, String(Math.round(size * 0.1)));
  for (const product of [bolt, tube]) await addStock(kit, product, world.warehouse, String(size * 4));
  const shared = [bolt, tube];
  const location = (id: number) => globalId("Location", id);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;

  const order = async (status: "DRAFT" | "RELEASED") =>
    (
      await setup(productionOrderCreate, {
        input: {
          locationId: location(world.shopFloor),
          lines: [{ bomId: globalId("Bom", bom), quantity: String(2 + Math.floor(next() * 4)) }],
          status,
        },
      })
    ).productionOrder.id as string;

  const calls: Call[] = [];
  const kinds: Call["kind"][] = ["completion", "authorization", "adjustment", "receipt", "transfer"];
  while (calls.length < size) {
    const kind = kinds[calls.length % kinds.length] as Call["kind"];
    if (kind === "completion") {
      calls.push({
        kind,
        field: "productionOrderComplete",
        document: productionOrderComplete,
        variables: { id: await order("RELEASED") },
      });
    } else if (kind === "authorization") {
      calls.push({
        kind,
        field: "productionOrderAuthorize",
        document: productionOrderAuthorize,
        variables: { id: await order("DRAFT") },
      });
    } else if (kind === "adjustment") {
      const waste = next() < 0.6;
      calls.push({
        kind,
        field: "stockAdjust",
        document: stockAdjust,
        variables: {
          input: {
            type: waste ? "WASTE" : "OTHER",
            lines: [
              {
                productId: globalId("Product", pick(shared)),
                locationId: location(world.shopFloor),
                quantity: waste ? String(1 + Math.floor(next() * 4)) : `${(1 + next() * 5).toFixed(2)}`,
              },
            ],
          },
        },
      });
    } else if (kind === "receipt") {
      const purchase = (
        await setup(purchaseOrderCreate, {
          input: {
            supplierId: globalId("Supplier", world.supplierA),
            locationId: location(world.shopFloor),
            lines: [{ productId: globalId("Product", pick(shared)), quantity: "6" }],
          },
        })
      ).purchaseOrder;
      await setup(purchaseOrderPlace, { id: purchase.id });
      calls.push({
        kind,
        field: "purchaseOrderReceive",
        document: purchaseOrderReceive,
        variables: { id: purchase.id, lines: [{ lineId: purchase.lines[0].id, quantity: "4" }] },
      });
    } else {
      const transfer = await setup(transferOrderCreate, {
        input: {
          fromLocationId: location(world.warehouse),
          toLocationId: location(world.shopFloor),
          lines: shared.map((productId) => ({ productId: globalId("Product", productId), quantity: "3" })),
        },
      });
      calls.push({
        kind,
        field: "transferOrderComplete",
        document: transferOrderComplete,
        variables: { id: transfer.transferOrder.id },
      });
    }
    // Duplicates: a retry with the first one's key, or another client (no key) doing the same.
    if (calls.length < size && next() < 0.25) {
      const original = calls[calls.length - 1] as Call;
      if (next() < 0.5) {
        original.idempotencyKey = randomUUID();
        calls.push({ ...original });
      } else {
        calls.push({ ...original, idempotencyKey: undefined });
      }
    }
  }
  for (let index = calls.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [calls[index], calls[other]] = [calls[other] as Call, calls[index] as Call];
  }
  return calls;
}

/** Sends the whole mix at once and checks every answer, the ledger and what each success must have written. */
async function rush(size: number, seed: number) {
  const calls = await buildMix(size, seed);
  const movementsBefore = await kit.db.prisma.stockMovement.count();
  const adjustmentsBefore = await kit.db.prisma.inventoryAdjustment.count();
  const startedAt = performance.now();
  const outcomes = await Promise.all(calls.map(send));
  const seconds = (performance.now() - startedAt) / 1000;

  // Every request answered: HTTP 200, no top-level error, a payload with a result or typed userErrors.
  const refusals: Record<string, number> = {};
  const byKind: Record<string, { ok: number; refused: number }> = {};
  for (const outcome of outcomes) {
    expect(outcome.status, JSON.stringify(outcome.errors)).toBe(200);
    expect(outcome.errors).toBeUndefined();
    const errors = outcome.payload.userErrors as { code: string }[];
    const figures = byKind[outcome.call.kind] ?? { ok: 0, refused: 0 };
    byKind[outcome.call.kind] = figures;
    if (errors.length === 0) {
      figures.ok++;
      continue;
    }
    figures.refused++;
    for (const { code } of errors) {
      expect(EXPECTED_REFUSALS, code).toContain(code);
      refusals[`${outcome.call.kind}:${code}`] = (refusals[`${outcome.call.kind}:${code}`] ?? 0) + 1;
    }
  }

  // Duplicates with one key got the same answer; the action behind them ran once (checked below per order).
  const byKey = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    if (outcome.call.idempotencyKey)
      byKey.set(outcome.call.idempotencyKey, [...(byKey.get(outcome.call.idempotencyKey) ?? []), outcome]);
  }
  for (const same of byKey.values())
    expect(same.map((outcome) => outcome.payload)).toEqual(same.map(() => same[0]?.payload));

  // What every success must have written, once; what every refusal must not have written.
  const unique = new Map<string, Outcome>();
  for (const [index, outcome] of outcomes.entries()) {
    // Two identical adjustments without a key are two adjustments; any other pair acts on the same order.
    const key =
      outcome.call.idempotencyKey ??
      (outcome.call.kind === "adjustment"
        ? `adjustment ${index}`
        : `${outcome.call.field}:${JSON.stringify(outcome.call.variables)}`);
    const seen = unique.get(key);
    // Of two clients doing the same thing, at most one may succeed.
    if (seen && !outcome.call.idempotencyKey) {
      expect(
        [seen, outcome].filter((candidate) => candidate.payload.userErrors.length === 0).length,
      ).toBeLessThanOrEqual(1);
    }
    if (!seen || outcome.payload.userErrors.length === 0) unique.set(key, outcome);
  }
  let expectedMovements = 0;
  let expectedAdjustments = 0;
  for (const outcome of unique.values()) {
    const ok = outcome.payload.userErrors.length === 0;
    const { kind, variables } = outcome.call;
    if (kind === "completion") {
      const id = decodeId(variables.id as string);
      const movements = await kit.db.prisma.stockMovement.findMany({ where: { productionOrderId: id } });
      const order = await kit.db.prisma.productionOrder.findUniqueOrThrow({
        where: { id },
        include: { components: true, lines: true },
      });
      if (!ok) {
        expect(movements).toEqual([]);
        continue;
      }
      const expected = new Map<string, string>();
      for (const component of order.components) {
        expected.set(
          `PRODUCTION_CONSUMPTION:${component.productId}`,
          formatDecimal(dec(component.requiredQuantity).negated()),
        );
      }
      for (const line of order.lines)
        expected.set(`PRODUCTION_OUTPUT:${line.productId}`, formatDecimal(line.quantity));
      const actual = new Map<string, string>();
      for (const movement of movements) {
        const key = `${movement.reason}:${movement.productId}`;
        actual.set(key, formatDecimal(dec(actual.get(key) ?? ZERO).plus(dec(movement.quantity))));
      }
      expect(actual).toEqual(expected);
      expect(movements).toHaveLength(expected.size);
      expectedMovements += expected.size;
    } else if (kind === "adjustment") {
      if (!ok) continue;
      const id = decodeId(outcome.payload.adjustment.id);
      expect(await kit.db.prisma.stockMovement.count({ where: { adjustmentId: id } })).toBe(1);
      expectedMovements += 1;
      expectedAdjustments += 1;
    } else if (kind === "receipt") {
      const id = decodeId(variables.id as string);
      const movements = await kit.db.prisma.stockMovement.findMany({ where: { purchaseOrderId: id } });
      const line = await kit.db.prisma.purchaseOrderLine.findFirstOrThrow({ where: { purchaseOrderId: id } });
      expect(movements.map((movement) => formatDecimal(movement.quantity))).toEqual(ok ? ["4"] : []);
      expect(formatDecimal(line.receivedQuantity)).toBe(ok ? "4" : "0");
      expectedMovements += movements.length;
    } else if (kind === "transfer") {
      const id = decodeId(variables.id as string);
      const movements = await kit.db.prisma.stockMovement.findMany({ where: { transferOrderId: id } });
      expect(
        movements.map((movement) => `${movement.reason} ${formatDecimal(movement.quantity)}`).sort(),
      ).toEqual(ok ? ["TRANSFER_IN 3", "TRANSFER_IN 3", "TRANSFER_OUT -3", "TRANSFER_OUT -3"] : []);
      expectedMovements += movements.length;
    } else {
      const id = decodeId(variables.id as string);
      const order = await kit.db.prisma.productionOrder.findUniqueOrThrow({
        where: { id },
        include: { components: true },
      });
      expect(order.status).toBe(ok ? "PLANNED" : "DRAFT");
      for (const component of order.components) {
        expect(formatDecimal(component.allocatedQuantity)).toBe(
          ok ? formatDecimal(component.requiredQuantity) : "0",
        );
      }
    }
  }
  // Nothing else moved: the successes account for every new movement and adjustment.
  expect((await kit.db.prisma.stockMovement.count()) - movementsBefore).toBe(expectedMovements);
  expect((await kit.db.prisma.inventoryAdjustment.count()) - adjustmentsBefore).toBe(expectedAdjustments);

  // The ledger invariants.
  const levels = await kit.db.prisma.stockLevel.count();
  expect(await ledgerMismatches(kit.db)).toEqual([]);
  expect(await reservationMismatches(kit.db)).toEqual([]);

  const figures = {
    database: kit.db.kind,
    requests: outcomes.length,
    seconds: Number(seconds.toFixed(2)),
    byKind,
    rejectionsByReason: refusals,
    retriesWithTheSameKey: [...byKey.values()].filter((same) => same.length > 1).length,
    movementsChecked: expectedMovements,
    invariantChecks: { stockLevelsAgainstLedger: levels, allocatedAndOnOrderAgainstOrders: levels * 2 },
  };
  console.log(`concurrency figures: ${JSON.stringify(figures)}`);
  return figures;
}

describe("concurrent clients", () => {
  it("answer every request with a result or a typed refusal, and leave the ledger consistent", {
    timeout: 240_000,
  }, async () => {
    const size = kit.db.kind === "postgres" ? 50 : 15;
    const figures = await rush(size, 7);
    expect(figures.requests).toBe(size);
    // The mix is scarce enough that both outcomes happen.
    const ok = Object.values(figures.byKind).reduce((sum, kind) => sum + kind.ok, 0);
    expect(ok).toBeGreaterThan(size / 3);
    expect(Object.keys(figures.rejectionsByReason).length).toBeGreaterThan(0);
  });
});
