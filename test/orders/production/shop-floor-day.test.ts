import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { describe, expect, it } from "vitest";
import { createBom } from "../../../src/domain/bom/boms.ts";
import { createResource } from "../../../src/domain/catalog/locations.ts";
import { createProduct } from "../../../src/domain/catalog/products.ts";
import { createTestKit, forTheFile, succeeded, type TestKit } from "../../kit/app.ts";
import { expectConsistent, stockAt, written } from "../../kit/checks.ts";
import { decodeId, globalId } from "../../kit/ids.ts";
import { addStock, seedWorld, type World } from "../../kit/world.ts";
import { apiKeyCreate } from "../../operations/access.ts";
import {
  nodeProductionOrderOperations,
  nodeProductionOrderShopFloor,
  productionOrderAuthorize,
  productionOrderComplete,
  productionOrderConsume,
  productionOrderCreate,
  productionOrderOperationComplete,
  productionOrderOperationPause,
  productionOrderOperationResume,
  productionOrderOperationStart,
  productionOrderRelease,
  productionOrderReportOutput,
} from "../../operations/orders.ts";
import { scan } from "../../operations/scan.ts";

/**
 * Issue 19's "done when": a scanner's day through the API with a shop-floor key only. A BIKE (5 ordered) is made
 * of a FRAME and 2 WHEELs in two operations, Assemble and Inspect. Every step is sent twice with its idempotency
 * key (a flaky network): the retry answers the same and writes nothing. After every step the stock figures are the
 * ones worked out by hand below, and the ledger invariants hold.
 */

const SYSTEM = null;
let kit: TestKit;
let places: World;
const ids = { BIKE: 0, FRAME: 0, WHEEL: 0 };
let bikeBom = 0;

forTheFile(openShop, (opened) => {
  kit = opened;
});

/** The shop floor with FRAME and WHEEL stock, and the BIKE's BOM with its operations. */
async function openShop() {
  kit = await createTestKit();
  places = await seedWorld(kit);
  await kit.db.transaction(async (tx) => {
    for (const sku of ["BIKE", "FRAME"] as const)
      ids[sku] = (await createProduct(tx, SYSTEM, { sku, name: sku })).id;
    ids.WHEEL = (
      await createProduct(tx, SYSTEM, { sku: "WHEEL", name: "Wheel", barcodes: ["4006381333931"] })
    ).id;
    const bench = (await createResource(tx, SYSTEM, { name: "Bench", capacityMinutesPerDay: 480 })).id;
    bikeBom = (
      await createBom(tx, SYSTEM, {
        productId: ids.BIKE,
        kind: "PRODUCTION",
        name: "Bike",
        makeDefault: true,
        operations: [
          { sequence: 10, name: "Assemble", resourceId: bench, setupMinutes: "15", minutesPerUnit: "20" },
          { sequence: 20, name: "Inspect", resourceId: bench, minutesPerUnit: "5" },
        ],
        lines: [
          { componentId: ids.FRAME, quantity: "1" },
          { componentId: ids.WHEEL, quantity: "2" },
        ],
      })
    ).id;
  });
  await addStock(kit, ids.FRAME, places.shopFloor, "10");
  await addStock(kit, ids.WHEEL, places.shopFloor, "20");
  return kit;
}

type Figures = Record<keyof typeof ids, [onHand: string, allocated: string, onOrder: string]>;

/** The shop floor's figures of the three products, and the ledger invariants. */
async function expectStock(expected: Figures) {
  for (const [sku, [onHand, allocated, onOrder]] of Object.entries(expected)) {
    expect({ sku, ...(await stockAt(kit, ids[sku as keyof typeof ids], places.shopFloor)) }).toEqual({
      sku,
      onHand,
      allocated,
      onOrder,
    });
  }
  await expectConsistent(kit);
}

// biome-ignore lint/suspicious/noExplicitAny: every step's document, whatever its variables
type Document = TypedDocumentNode<any, any>;

describe("a scanner's day with a shop-floor key", () => {
  it("runs the order from its paper to its completion; every retry changes nothing", async () => {
    const admin = (document: Document, variables: object) => kit.execute(document, variables);
    const created = await admin(apiKeyCreate, { input: { name: "scanner 3", role: "shop-floor" } });
    const shopFloorKey = succeeded<{ secret: string }>(created, "apiKeyCreate").secret;

    // The planner's part: an order for 5 bikes, authorized and released (its paper is printed).
    const order = succeeded<{ productionOrder: { id: string; number: string } }>(
      await admin(productionOrderCreate, {
        input: {
          locationId: globalId("Location", places.shopFloor),
          lines: [{ bomId: globalId("Bom", bikeBom), quantity: "5" }],
        },
      }),
      "productionOrderCreate",
    ).productionOrder;
    succeeded(await admin(productionOrderAuthorize, { id: order.id }), "productionOrderAuthorize");
    succeeded(await admin(productionOrderRelease, { id: order.id }), "productionOrderRelease");
    await expectStock({ BIKE: ["0", "0", "5"], FRAME: ["10", "5", "0"], WHEEL: ["20", "10", "0"] });

    const read = (document: Document, variables: object) =>
      kit.execute(document, variables, { key: shopFloorKey });
    /** A write sent twice with one idempotency key: the same answer, and the retry writes nothing. */
    const step = async <Field extends string>(field: Field, document: Document, variables: object) => {
      const idempotencyKey = randomUUID();
      const first = await kit.execute(document, variables, { key: shopFloorKey, idempotencyKey });
      const before = await written(kit);
      const retry = await kit.execute(document, variables, { key: shopFloorKey, idempotencyKey });
      expect(retry).toEqual(first);
      expect(await written(kit)).toEqual(before);
      return succeeded<Record<string, unknown>>(first, field);
    };

    // The paper's number, typed as a person would: the order.
    const paper = await read(scan, { code: order.number.toLowerCase().replace("-000", "") });
    expect(paper.errors).toBeUndefined();
    expect(paper.data?.scan.matches).toEqual([
      { __typename: "ProductionOrder", id: order.id, number: order.number },
    ]);
    const operations = (await read(nodeProductionOrderOperations, { id: order.id })).data?.node as {
      operations: { id: string; name: string; status: string }[];
    };
    const [assemble, inspect] = operations.operations;
    expect([assemble?.name, inspect?.name]).toEqual(["Assemble", "Inspect"]);
    const assembleId = assemble?.id as string;

    // Start the first operation: the order is in progress.
    const started = await step("productionOrderOperationStart", productionOrderOperationStart, {
      id: assembleId,
    });
    expect(started.operation).toMatchObject({ status: "RUNNING", order: { status: "IN_PROGRESS" } });

    // Scan-consume two components: the FRAME by its SKU, the WHEEL by the GS1 label on its box.
    const frame = await read(scan, { code: "frame" });
    const [frameMatch] = frame.data?.scan.matches ?? [];
    expect(frameMatch).toMatchObject({ __typename: "Product", sku: "FRAME" });
    const frameId = (frameMatch as { id: string }).id;
    await step("productionOrderConsume", productionOrderConsume, {
      id: order.id,
      input: { productId: frameId, quantity: "2" },
    });
    await expectStock({ BIKE: ["0", "0", "5"], FRAME: ["8", "3", "0"], WHEEL: ["20", "10", "0"] });
    const label = await read(scan, { code: "]d201040063813339311017LOT-7\u001d3004" });
    expect(label.data?.scan.gs1).toMatchObject({ gtin: "04006381333931", lot: "17LOT-7" });
    const [wheelMatch] = label.data?.scan.matches ?? [];
    expect(wheelMatch).toMatchObject({ __typename: "Product", sku: "WHEEL" });
    const wheelId = (wheelMatch as { id: string }).id;
    expect(decodeId(wheelId)).toBe(ids.WHEEL);
    await step("productionOrderConsume", productionOrderConsume, {
      id: order.id,
      input: { productId: wheelId, quantity: "4" },
    });
    await expectStock({ BIKE: ["0", "0", "5"], FRAME: ["8", "3", "0"], WHEEL: ["16", "6", "0"] });

    // Report 2 of 5 good with 1 scrap: 2 bikes in stock; the 3 made call for 3 frames and 6 wheels, of which 2 and
    // 4 were scanned, so 1 frame and 2 wheels are back-flushed.
    await step("productionOrderReportOutput", productionOrderReportOutput, {
      id: order.id,
      input: { goodQuantity: "2", scrapQuantity: "1" },
    });
    await expectStock({ BIKE: ["2", "0", "3"], FRAME: ["7", "2", "0"], WHEEL: ["14", "4", "0"] });

    // Pause, resume, complete the operation (time logs only: no stock).
    await step("productionOrderOperationPause", productionOrderOperationPause, {
      id: assembleId,
      input: { reason: "lunch" },
    });
    await step("productionOrderOperationResume", productionOrderOperationResume, { id: assembleId });
    const done = await step("productionOrderOperationComplete", productionOrderOperationComplete, {
      id: assembleId,
      input: { goodQuantity: "5", scrapQuantity: "1" },
    });
    expect(done.operation).toMatchObject({ status: "DONE", completedQuantity: "5", scrappedQuantity: "1" });
    await expectStock({ BIKE: ["2", "0", "3"], FRAME: ["7", "2", "0"], WHEEL: ["14", "4", "0"] });

    // Complete the order: the remaining 3 bikes, and the components for 6 made (5 good + 1 scrap): 6 frames and
    // 12 wheels in all, so 3 and 6 more; every allocation and on order released.
    const completed = await step("productionOrderComplete", productionOrderComplete, { id: order.id });
    expect(completed.productionOrder).toMatchObject({ status: "COMPLETED" });
    await expectStock({ BIKE: ["5", "0", "0"], FRAME: ["4", "0", "0"], WHEEL: ["8", "0", "0"] });

    const shown = (await read(nodeProductionOrderShopFloor, { id: order.id })).data?.node as {
      lines: unknown[];
      components: { consumedQuantity: string; variance: string }[];
      reports: { kind: string }[];
    };
    expect(shown.lines).toEqual([expect.objectContaining({ producedQuantity: "5", scrappedQuantity: "1" })]);
    expect(shown.components.map((c) => [c.consumedQuantity, c.variance])).toEqual([
      ["6", "1"],
      ["12", "2"],
    ]);
    expect(shown.reports.map((report) => report.kind)).toEqual([
      "CONSUMPTION",
      "CONSUMPTION",
      "OUTPUT",
      "COMPLETION",
    ]);
  });
});
