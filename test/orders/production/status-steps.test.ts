import { describe, expect, it } from "vitest";
import { dec } from "../../../src/domain/decimal.ts";
import type { TestKit } from "../../kit/app.ts";
import { globalId } from "../../kit/ids.ts";
import {
  nodeProductionOrder,
  productionOrderAuthorize,
  productionOrderRelease,
  productionOrderStart,
  productionOrderUndo,
  productionOrderVoid,
} from "../../operations/orders.ts";
import { productionFixtures, type StepDocument } from "./fixtures.ts";

/** An order's status steps and what each does to stock: allocate, consume, produce, undo, void. */

const fixtures = productionFixtures();
const { figures, allStock, withoutEmpty, expectInvariants, createOrder, step, stepOk, complete, written } =
  fixtures;
let kit: TestKit;
fixtures.use((opened) => {
  kit = opened;
});

describe("status transitions and stock", () => {
  it("the bicycle: 5 bikes allocate 10 wheels when planned and consume them when completed", async () => {
    const order = await createOrder([["BIKE", "5"]]);
    const wheels = await figures("WHEEL");
    const bikesBefore = await figures("BIKE");
    await stepOk(productionOrderAuthorize, order.id);
    expect((await figures("BIKE")).onOrder).toBe(dec(bikesBefore.onOrder).plus(5).toFixed());
    expect(await figures("WHEEL")).toEqual({
      onHand: wheels.onHand,
      allocated: dec(wheels.allocated).plus(10).toFixed(),
      available: dec(wheels.available).minus(10).toFixed(),
      onOrder: wheels.onOrder,
    });
    await expectInvariants();
    const bikes = await figures("BIKE");
    await stepOk(productionOrderRelease, order.id);
    expect(await figures("WHEEL")).toMatchObject({ allocated: dec(wheels.allocated).plus(10).toFixed() });
    const completed = await complete(order.id);
    expect(completed.userErrors).toEqual([]);
    expect(completed.productionOrder?.status).toBe("COMPLETED");
    expect(await figures("WHEEL")).toEqual({
      ...wheels,
      onHand: dec(wheels.onHand).minus(10).toFixed(),
      available: dec(wheels.available).minus(10).toFixed(),
    });
    expect(await figures("BIKE")).toMatchObject({
      onHand: dec(bikes.onHand).plus(5).toFixed(),
      onOrder: dec(bikes.onOrder).minus(5).toFixed(),
    });
    const read = await kit.execute(nodeProductionOrder, { id: order.id });
    const node = read.data?.node as { movements: unknown[]; components: unknown[]; lines: unknown[] };
    expect(node.movements).toEqual(
      expect.arrayContaining([
        { quantity: "-10", reason: "PRODUCTION_CONSUMPTION", product: { sku: "WHEEL" } },
        { quantity: "5", reason: "PRODUCTION_OUTPUT", product: { sku: "BIKE" } },
      ]),
    );
    expect(node.lines).toEqual([expect.objectContaining({ producedQuantity: "5" })]);
    expect(node.components).toContainEqual(
      expect.objectContaining({
        product: { sku: "WHEEL" },
        requiredQuantity: "10",
        allocatedQuantity: "0",
        consumedQuantity: "10",
      }),
    );
    await expectInvariants();
  });

  it("complete then undo restores every stock figure exactly, back to the status it was completed from", async () => {
    const initial = await allStock();
    const order = await createOrder(
      [
        ["BIKE", "3"],
        ["TRIKE", "1"],
      ],
      { status: "RELEASED" },
    );
    await stepOk(productionOrderStart, order.id);
    const started = await allStock();
    expect((await complete(order.id)).userErrors).toEqual([]);
    expect(await allStock()).not.toEqual(started);
    expect(await stepOk(productionOrderUndo, order.id)).toMatchObject({ status: "IN_PROGRESS" });
    expect(await allStock()).toEqual(started);
    await expectInvariants();
    // Completed straight from RELEASED: the completion started it, so undo goes back to IN_PROGRESS, then RELEASED.
    await stepOk(productionOrderUndo, order.id);
    expect((await complete(order.id)).userErrors).toEqual([]);
    expect(await stepOk(productionOrderUndo, order.id)).toMatchObject({ status: "IN_PROGRESS" });
    expect(await allStock()).toEqual(started);
    expect(await stepOk(productionOrderUndo, order.id)).toMatchObject({ status: "RELEASED" });
    // Back to DRAFT: nothing held any more.
    expect(await stepOk(productionOrderUndo, order.id)).toMatchObject({ status: "PLANNED" });
    expect(await stepOk(productionOrderUndo, order.id)).toMatchObject({ status: "DRAFT" });
    expect(withoutEmpty(await allStock())).toEqual(withoutEmpty(initial));
    await expectInvariants();
    await stepOk(productionOrderVoid, order.id);
  });

  it("void releases every allocation from any open status and never from a closed one", async () => {
    const before = await allStock();
    const planned = await createOrder([["BIKE", "2"]], { status: "PLANNED" });
    const released = await createOrder([["BIKE", "2"]], { status: "RELEASED" });
    const started = await createOrder([["TRIKE", "4"]], { status: "RELEASED" });
    await stepOk(productionOrderStart, started.id);
    const draft = await createOrder([["BIKE", "2"]]);
    expect(await allStock()).not.toEqual(before);
    for (const order of [planned, released, started, draft]) {
      expect(await stepOk(productionOrderVoid, order.id)).toMatchObject({ status: "VOIDED" });
    }
    expect(withoutEmpty(await allStock())).toEqual(withoutEmpty(before));
    const again = await step(productionOrderVoid, planned.id);
    expect(again.userErrors).toEqual([expect.objectContaining({ code: "INVALID_STATUS", field: ["id"] })]);
    await expectInvariants();
  });

  it("refuses illegal transitions naming the current status, and writes nothing", async () => {
    const order = await createOrder([["BIKE", "1"]]);
    const before = await written();
    const refusals: [StepDocument, string][] = [
      [productionOrderRelease, "DRAFT"],
      [productionOrderStart, "DRAFT"],
      [productionOrderUndo, "DRAFT"],
    ];
    for (const [document, status] of refusals) {
      const payload = await step(document, order.id);
      expect(payload.productionOrder).toBeNull();
      expect(payload.userErrors).toEqual([
        { code: "INVALID_STATUS", message: expect.stringContaining(`is ${status};`), field: ["id"] },
      ]);
    }
    expect((await complete(order.id)).userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_STATUS", message: expect.stringContaining("is DRAFT;") }),
    ]);
    const missing = await step(productionOrderAuthorize, globalId("ProductionOrder", 99999));
    expect(missing.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
    expect(await written()).toEqual(before);
    await stepOk(productionOrderVoid, order.id);
  });

  it("refuses a stale expectedVersion with VERSION_CONFLICT naming the current version", async () => {
    const order = await createOrder([["BIKE", "1"]]);
    const planned = await step(productionOrderAuthorize, order.id, 1);
    expect(planned.productionOrder).toEqual({ status: "PLANNED", version: 2 });
    const before = await written();
    const stale = await step(productionOrderRelease, order.id, 1);
    expect(stale.userErrors).toEqual([
      { code: "VERSION_CONFLICT", message: expect.stringContaining("version 2"), field: ["expectedVersion"] },
    ]);
    expect(await written()).toEqual(before);
    expect((await step(productionOrderRelease, order.id, 2)).productionOrder).toEqual({
      status: "RELEASED",
      version: 3,
    });
    await stepOk(productionOrderVoid, order.id);
  });

  it("completes with actual consumption per component", async () => {
    const order = await createOrder([["BIKE", "2"]], { status: "RELEASED" });
    const frame = order.components.find((component) => component.product.sku === "FRAME");
    const before = await figures("FRAME");
    const result = await complete(order.id, [{ componentId: frame?.id as string, quantity: "3" }]);
    expect(result.userErrors).toEqual([]);
    expect(await figures("FRAME")).toMatchObject({ onHand: dec(before.onHand).minus(3).toFixed() });
    const read = await kit.execute(nodeProductionOrder, { id: order.id });
    const node = read.data?.node as { components: { product: { sku: string }; consumedQuantity: string }[] };
    const components = node.components;
    expect(components.map((component) => [component.product.sku, component.consumedQuantity])).toEqual([
      ["FRAME", "3"],
      ["WHEEL", "4"],
      ["SADDLE", "2"],
      ["POST", "2"],
    ]);
    await stepOk(productionOrderUndo, order.id);
    expect(await figures("FRAME")).toEqual({ ...before, allocated: dec(before.allocated).toFixed() });
    await stepOk(productionOrderVoid, order.id);
    await expectInvariants();
  });
});
