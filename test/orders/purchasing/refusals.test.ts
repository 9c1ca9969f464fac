import { describe, expect, it } from "vitest";
import type { TestKit } from "../../kit/app.ts";
import { written } from "../../kit/checks.ts";
import { globalId } from "../../kit/ids.ts";
import type { World } from "../../kit/world.ts";
import {
  purchaseOrderCreate,
  purchaseOrderPlace,
  purchaseOrderUpdateLines,
} from "../../operations/purchasing.ts";
import { purchasingFixtures } from "./fixtures.ts";

/** What purchase orders refuse, writing nothing: bad input, wrong status, stale versions, missing permission. */

const fixtures = purchasingFixtures();
const { product, at, create, createOk, placed, receive } = fixtures;
let kit: TestKit;
let world: World;
fixtures.use((opened) => ({ kit, world } = opened));

describe("purchase orders", () => {
  it("refuses bad input with typed errors and writes nothing", async () => {
    const before = await written(kit);
    const zero = await create([
      { sku: "BOLT", quantity: "0" },
      { sku: "NUT", quantity: "-1" },
    ]);
    expect(zero.data?.purchaseOrderCreate.userErrors).toEqual([
      {
        code: "INVALID_INPUT",
        message: "must be greater than zero",
        field: ["input", "lines", "0", "quantity"],
      },
      {
        code: "INVALID_INPUT",
        message: "must be greater than zero",
        field: ["input", "lines", "1", "quantity"],
      },
    ]);
    const archived = await create([{ sku: "OLD", quantity: "1" }]);
    expect(archived.data?.purchaseOrderCreate.userErrors).toEqual([
      { code: "ARCHIVED", message: 'Product "OLD" is archived', field: ["input", "lines", "0", "productId"] },
    ]);
    const unknown = await kit.execute(purchaseOrderCreate, {
      input: {
        supplierId: globalId("Supplier", world.supplierA),
        locationId: at(world.warehouse),
        lines: [{ productId: globalId("Product", 999999), quantity: "1" }],
      },
    });
    expect(unknown.data?.purchaseOrderCreate.userErrors[0]).toMatchObject({
      code: "NOT_FOUND",
      field: ["input", "lines", "0", "productId"],
    });
    const supplier = await create([{ sku: "BOLT", quantity: "1" }], { supplier: world.archivedSupplier });
    expect(supplier.data?.purchaseOrderCreate.userErrors).toEqual([
      { code: "ARCHIVED", message: "The supplier is archived", field: ["input", "supplierId"] },
    ]);
    const location = await create([{ sku: "BOLT", quantity: "1" }], { location: world.archivedLocation });
    expect(location.data?.purchaseOrderCreate.userErrors[0]).toMatchObject({
      code: "ARCHIVED",
      field: ["input", "locationId"],
    });
    const empty = await kit.execute(purchaseOrderCreate, {
      input: {
        supplierId: globalId("Supplier", world.supplierA),
        locationId: at(world.warehouse),
        lines: [],
      },
    });
    expect(empty.data?.purchaseOrderCreate.userErrors[0]).toMatchObject({
      code: "INVALID_INPUT",
      field: ["input", "lines"],
    });
    expect(await written(kit)).toEqual(before);

    // Draft-only and status rules, stale versions, lines of other orders, receipts of drafts.
    const order = await createOk([{ sku: "BOLT", quantity: "2" }]);
    const other = await placed([{ sku: "BOLT", quantity: "1" }]);
    const draftBefore = await written(kit);
    const stale = await kit.execute(purchaseOrderPlace, { id: order.id, expectedVersion: 7 });
    expect(stale.data?.purchaseOrderPlace.userErrors).toEqual([
      {
        code: "VERSION_CONFLICT",
        message: expect.stringContaining("is at version 1, not 7"),
        field: ["expectedVersion"],
      },
    ]);
    const draftReceipt = await receive(order.id, [[other.lines[0]?.id as string, "1"]]);
    expect(draftReceipt.data?.purchaseOrderReceive.userErrors[0]).toMatchObject({
      code: "INVALID_STATUS",
      message: expect.stringContaining("is DRAFT"),
    });
    const foreignLine = await receive(other.id, [[globalId("PurchaseOrderLine", 999999), "1"]]);
    expect(foreignLine.data?.purchaseOrderReceive.userErrors[0]).toMatchObject({
      code: "NOT_FOUND",
      field: ["lines", "0", "lineId"],
    });
    const twice = await receive(other.id, [
      [other.lines[0]?.id as string, "0.5"],
      [other.lines[0]?.id as string, "0.5"],
    ]);
    expect(twice.data?.purchaseOrderReceive.userErrors[0]).toMatchObject({
      code: "INVALID_INPUT",
      field: ["lines"],
    });
    const editOrdered = await kit.execute(purchaseOrderUpdateLines, {
      id: other.id,
      lines: [{ productId: product("BOLT"), quantity: "1" }],
    });
    expect(editOrdered.data?.purchaseOrderUpdateLines.userErrors[0]).toMatchObject({
      code: "INVALID_STATUS",
      message: expect.stringContaining("is ORDERED"),
    });
    expect(await written(kit)).toEqual(draftBefore);
  });

  it("needs PURCHASING", async () => {
    const key = await kit.keyWith("SALES");
    const result = await kit.execute(
      purchaseOrderCreate,
      {
        input: {
          supplierId: globalId("Supplier", world.supplierA),
          locationId: at(world.warehouse),
          lines: [{ productId: product("BOLT"), quantity: "1" }],
        },
      },
      { key },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
