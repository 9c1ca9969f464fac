import { describe, expect, it } from "vitest";
import { createCustomer } from "../../src/domain/catalog/partners.ts";
import { createPurchaseOrder } from "../../src/domain/orders/purchasing.ts";
import { createSalesOrder } from "../../src/domain/orders/sales.ts";
import { seedDemo } from "../../src/setup/demo.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { decodeGlobalId, globalId } from "../kit/ids.ts";
import { ordersAsOrders, relatedOrdersAsOrders } from "../operations/orders.ts";

/** The Order interface: a client reads any kind of order's number, status and version without knowing its kind. */

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

const PREFIX: Record<string, string> = {
  ProductionOrder: "MO",
  SalesOrder: "SO",
  PurchaseOrder: "PO",
  TransferOrder: "TO",
};

describe("the Order interface", () => {
  it("reads related orders of every kind through one selection, without aliases", async () => {
    await seedDemo(kit.db);
    const result = await kit.execute(relatedOrdersAsOrders, {});
    expect(result.errors).toBeUndefined();
    const related = result.data?.productionOrders.edges.flatMap((edge) => edge.node.relatedOrders) ?? [];
    const kinds = new Set(related.map((order) => order.__typename));
    expect(kinds).toEqual(new Set(["ProductionOrder", "TransferOrder"]));
    for (const order of related) {
      expect(order.number).toMatch(new RegExp(`^${PREFIX[order.__typename]}-\\d{5}$`));
      expect(order.version).toBeGreaterThan(0);
      expect(order.createdAt).toBeTruthy();
    }
    // The common status is the order's own, whatever its kind (each kind's own enum needs an alias beside the others).
    const ownStatus = (order: (typeof related)[number]) =>
      "status" in order
        ? order.status
        : "purchaseStatus" in order
          ? order.purchaseStatus
          : "transferStatus" in order
            ? order.transferStatus
            : order.salesStatus;
    expect(related.map((order) => order.orderStatus)).toEqual(related.map(ownStatus));
  });

  it("reads any order by id as an Order, its number of its own kind", async () => {
    const ids = await kit.db.transaction(async (tx) => {
      const saddle = await tx.product.findUniqueOrThrow({ where: { sku: "SADDLE" } });
      const warehouse = await tx.location.findFirstOrThrow({ where: { kind: "WAREHOUSE" } });
      const line = { productId: saddle.id, quantity: "1" };
      const customer = await createCustomer(tx, null, { name: "Order interface" });
      const supplier = await tx.supplier.findFirstOrThrow();
      const sale = await createSalesOrder(tx, null, {
        customerId: customer.id,
        locationId: warehouse.id,
        lines: [line],
      });
      const purchase = await createPurchaseOrder(tx, null, {
        supplierId: supplier.id,
        locationId: warehouse.id,
        lines: [line],
      });
      const production = await tx.productionOrder.findFirstOrThrow();
      const transfer = await tx.transferOrder.findFirstOrThrow();
      return [
        globalId("SalesOrder", sale.id),
        globalId("PurchaseOrder", purchase.id),
        globalId("ProductionOrder", production.id),
        globalId("TransferOrder", transfer.id),
      ];
    });
    const result = await kit.execute(ordersAsOrders, { ids });
    expect(result.errors).toBeUndefined();
    expect(
      result.data?.nodes.map(
        (node) => node && "number" in node && [node.__typename, node.number.slice(0, 2)],
      ),
    ).toEqual(ids.map((id) => [decodeGlobalId(id).typename, PREFIX[decodeGlobalId(id).typename]]));
  });
});
