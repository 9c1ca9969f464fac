import { describe, expect, it } from "vitest";
import { createBom } from "../../../src/domain/bom/boms.ts";
import type { ProductionOrderCreateInput } from "../../graphql/graphql.ts";
import type { TestKit } from "../../kit/app.ts";
import { decodeId, globalId } from "../../kit/ids.ts";
import {
  productionOrderCreateFromBomWithDetails,
  productionOrderCreateWithDetails,
  productionOrderVoid,
} from "../../operations/orders.ts";
import { productionFixtures } from "./fixtures.ts";

/** Creating production orders: the header, the lines and the snapshot of their components. */

const fixtures = productionFixtures();
const { ids, boms, gid, figures, expectInvariants, createInput, createOrder, step, written } = fixtures;
let kit: TestKit;
fixtures.use((opened) => {
  kit = opened;
});

describe("creating production orders", () => {
  it("creates an order with several lines, every header field and a component snapshot", async () => {
    const employee = await kit.db.prisma.employee.create({ data: { name: "Ada" } });
    const customer = await kit.db.prisma.customer.create({ data: { name: "Cycles Ltd" } });
    const salesOrder = await kit.db.prisma.salesOrder.create({
      data: { customerId: customer.id, locationId: fixtures.places.warehouse },
    });
    const order = await createOrder(
      [
        ["BIKE", "5"],
        ["TRIKE", "2"],
      ],
      {
        note: "Rush",
        startDate: "2026-12-01T08:00:00.000Z",
        expectedDate: "2026-12-03T16:00:00.000Z",
        requiredByDate: "2026-12-05T00:00:00.000Z",
        employeeId: globalId("Employee", employee.id),
        customerId: globalId("Customer", customer.id),
        salesOrderId: globalId("SalesOrder", salesOrder.id),
        layout: "Line A",
        tags: ["rush", "blue", "rush"],
        attributes: { colour: "blue", gears: 21 },
      },
    );
    expect(order).toMatchObject({
      number: `MO-${String(decodeId(order.id)).padStart(5, "0")}`,
      status: "DRAFT",
      version: 1,
      note: "Rush",
      startDate: "2026-12-01T08:00:00.000Z",
      expectedDate: "2026-12-03T16:00:00.000Z",
      requiredByDate: "2026-12-05T00:00:00.000Z",
      layout: "Line A",
      tags: ["rush", "blue"],
      attributes: { colour: "blue", gears: 21 },
      salesOrderId: globalId("SalesOrder", salesOrder.id),
      location: { name: "Shop floor" },
      employee: { name: "Ada" },
      customer: { name: "Cycles Ltd" },
      lines: [
        { quantity: "5", producedQuantity: "0", bom: { name: "BIKE" }, product: { sku: "BIKE" } },
        { quantity: "2", producedQuantity: "0", bom: { name: "TRIKE" }, product: { sku: "TRIKE" } },
      ],
      movements: [],
      waste: [],
      events: [{ type: "PRODUCTION_ORDER_CREATED", beforeStatus: null, afterStatus: "DRAFT" }],
    });
    expect(order.number).toMatch(/^MO-\d{5}$/);
    // The phantom seat kit is exploded into saddle and post; 2 trikes at 1/3 each round up to 0.666667.
    expect(
      order.components.map((component) => [
        component.product.sku,
        component.requiredQuantity,
        component.allocatedQuantity,
      ]),
    ).toEqual([
      ["FRAME", "5", "0"],
      ["WHEEL", "10", "0"],
      ["SADDLE", "5", "0"],
      ["POST", "5", "0"],
      ["THIRD", "0.666667", "0"],
    ]);
    // DRAFT reserves nothing.
    expect(await figures("WHEEL")).toMatchObject({ allocated: "0", onHand: "100" });
    await step(productionOrderVoid, order.id);
    await expectInvariants();
  });

  it("creates from a BOM, directly in a later status running the same transitions", async () => {
    const result = await kit.execute(productionOrderCreateFromBomWithDetails, {
      input: { bomId: boms.BIKE as string, quantity: "1", locationId: gid.shop(), status: "RELEASED" },
    });
    expect(result.data?.productionOrderCreateFromBom.userErrors).toEqual([]);
    const order = result.data?.productionOrderCreateFromBom.productionOrder;
    expect(order).toMatchObject({
      status: "RELEASED",
      version: 3,
      lines: [{ quantity: "1", product: { sku: "BIKE" } }],
    });
    expect(order?.events.map((event) => [event.type, event.beforeStatus, event.afterStatus])).toEqual([
      ["PRODUCTION_ORDER_CREATED", null, "DRAFT"],
      ["PRODUCTION_ORDER_PLANNED", "DRAFT", "PLANNED"],
      ["PRODUCTION_ORDER_RELEASED", "PLANNED", "RELEASED"],
    ]);
    expect(order?.components.map((component) => component.allocatedQuantity)).toEqual(["1", "2", "1", "1"]);
    await expectInvariants();
    await step(productionOrderVoid, order?.id as string);
    await expectInvariants();
  });

  it("names the BOM fields of the from-BOM input in its errors", async () => {
    const result = await kit.execute(productionOrderCreateFromBomWithDetails, {
      input: { bomId: boms["SEAT-KIT"] as string, quantity: "1", locationId: gid.shop() },
    });
    expect(result.data?.productionOrderCreateFromBom.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_INPUT", field: ["input", "bomId"] }),
    ]);
  });

  it("refuses bad input with typed errors and writes nothing", async () => {
    const archivedBom = await kit.db.transaction((tx) =>
      createBom(tx, null, { productId: ids.FRAME, kind: "PRODUCTION", name: "old frame", lines: [] }),
    );
    await kit.db.prisma.bom.update({ where: { id: archivedBom.id }, data: { archivedAt: new Date() } });
    const archivedShop = await kit.db.prisma.location.create({
      data: { name: "Old shop", kind: "SHOP_FLOOR", archivedAt: new Date() },
    });
    const cases: [Partial<ProductionOrderCreateInput>, string, string[]][] = [
      [
        { lines: [{ bomId: boms.BIKE as string, quantity: "0" }] },
        "INVALID_INPUT",
        ["input", "lines", "0", "quantity"],
      ],
      [
        { lines: [{ bomId: boms.BIKE as string, quantity: "-1" }] },
        "INVALID_INPUT",
        ["input", "lines", "0", "quantity"],
      ],
      [{ lines: [] }, "INVALID_INPUT", ["input", "lines"]],
      [
        { lines: [{ bomId: globalId("Bom", 99999), quantity: "1" }] },
        "NOT_FOUND",
        ["input", "lines", "0", "bomId"],
      ],
      [
        { lines: [{ bomId: globalId("Bom", archivedBom.id), quantity: "1" }] },
        "ARCHIVED",
        ["input", "lines", "0", "bomId"],
      ],
      [
        { lines: [{ bomId: boms["SEAT-KIT"] as string, quantity: "1" }] },
        "INVALID_INPUT",
        ["input", "lines", "0", "bomId"],
      ],
      [
        { locationId: globalId("Location", fixtures.places.warehouse) },
        "WRONG_LOCATION_KIND",
        ["input", "locationId"],
      ],
      [{ locationId: globalId("Location", archivedShop.id) }, "ARCHIVED", ["input", "locationId"]],
      [{ locationId: globalId("Location", 99999) }, "NOT_FOUND", ["input", "locationId"]],
      [{ customerId: globalId("Customer", 99999) }, "NOT_FOUND", ["input", "customerId"]],
      [{ attributes: ["not", "an", "object"] }, "INVALID_INPUT", ["input", "attributes"]],
      [
        { lines: [{ bomId: boms.BIKE as string, quantity: "99999999999999" }] },
        "INVALID_INPUT",
        ["input", "lines", "0", "quantity"],
      ],
    ];
    const before = await written();
    for (const [extra, code, field] of cases) {
      const result = await kit.execute(productionOrderCreateWithDetails, {
        input: { ...createInput([["BIKE", "1"]]), ...extra },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.productionOrderCreate.productionOrder).toBeNull();
      expect(result.data?.productionOrderCreate.userErrors).toContainEqual(
        expect.objectContaining({ code, field }),
      );
    }
    // Creating in PLANNED runs authorize in the same transaction: a failure there leaves no order either.
    expect(await written()).toEqual(before);
  });
});
