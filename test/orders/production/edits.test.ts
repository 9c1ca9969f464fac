import { describe, expect, it } from "vitest";
import { dec } from "../../../src/domain/decimal.ts";
import type { TestKit } from "../../kit/app.ts";
import {
  productionOrderComponentUpdateAllocation,
  productionOrderRecordWaste,
  productionOrderRelease,
  productionOrderVoid,
} from "../../operations/orders.ts";
import { productionFixtures } from "./fixtures.ts";

/** Edits of an order on its way: component requirements, and waste recorded against it. */

const fixtures = productionFixtures();
const { gid, stock, figures, expectInvariants, createOrder, stepOk } = fixtures;
let kit: TestKit;
fixtures.use((opened) => {
  kit = opened;
});

describe("editing an order", () => {
  it("edits components while DRAFT or PLANNED, keeping allocations consistent", async () => {
    const order = await createOrder([["BIKE", "1"]], { status: "PLANNED" });
    const wheel = order.components.find((component) => component.product.sku === "WHEEL");
    const before = await figures("WHEEL");
    const result = await kit.execute(productionOrderComponentUpdateAllocation, {
      id: wheel?.id as string,
      requiredQuantity: "3.5",
      expectedVersion: 2,
    });
    expect(result.data?.productionOrderComponentUpdate.userErrors).toEqual([]);
    expect(result.data?.productionOrderComponentUpdate.productionOrder?.version).toBe(3);
    expect(result.data?.productionOrderComponentUpdate.productionOrder?.components).toContainEqual({
      id: wheel?.id,
      requiredQuantity: "3.5",
      allocatedQuantity: "3.5",
    });
    expect(await figures("WHEEL")).toMatchObject({ allocated: dec(before.allocated).plus(1.5).toFixed() });
    await expectInvariants();
    await stepOk(productionOrderRelease, order.id);
    const refused = await kit.execute(productionOrderComponentUpdateAllocation, {
      id: wheel?.id as string,
      requiredQuantity: "1",
    });
    expect(refused.data?.productionOrderComponentUpdate.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_STATUS", message: expect.stringContaining("is RELEASED;") }),
    ]);
    await stepOk(productionOrderVoid, order.id);
    await expectInvariants();
  });

  it("records waste during production as a WASTE adjustment that references the order", async () => {
    const order = await createOrder([["BIKE", "1"]], { status: "RELEASED" });
    const before = await figures("SPOKE");
    await stock({ SPOKE: "10" });
    const result = await kit.execute(productionOrderRecordWaste, {
      id: order.id,
      input: { note: "bent", lines: [{ productId: gid.product("SPOKE"), quantity: "4" }] },
    });
    expect(result.data?.productionOrderRecordWaste.userErrors).toEqual([]);
    expect(result.data?.productionOrderRecordWaste.productionOrder).toMatchObject({
      version: 4,
      waste: [{ type: "WASTE", note: "bent", movements: [{ quantity: "-4", product: { sku: "SPOKE" } }] }],
    });
    expect(await figures("SPOKE")).toMatchObject({ onHand: dec(before.onHand).plus(6).toFixed() });
    const refused = await kit.execute(productionOrderRecordWaste, {
      id: order.id,
      input: { lines: [{ productId: gid.product("SPOKE"), quantity: "0" }] },
    });
    expect(refused.data?.productionOrderRecordWaste.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_INPUT", field: ["input", "lines", "0", "quantity"] }),
    ]);
    await stepOk(productionOrderVoid, order.id);
    const closed = await kit.execute(productionOrderRecordWaste, {
      id: order.id,
      input: { lines: [{ productId: gid.product("SPOKE"), quantity: "1" }] },
    });
    expect(closed.data?.productionOrderRecordWaste.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_STATUS" }),
    ]);
    await expectInvariants();
  });
});
