import { expect } from "vitest";
import { dec } from "../../src/domain/decimal.ts";
import { DomainError, type UserError } from "../../src/domain/errors.ts";
import { postMovements } from "../../src/domain/inventory/ledger.ts";
import type { Prisma } from "../../src/generated/prisma/client.ts";
import type { TestKit } from "./app.ts";
import { expectReservationsMatchOrders, expectStockLevelsMatchLedger } from "./invariants.ts";

/** Fixtures the sales, purchasing, transfer and reorder tests share. */

export interface World {
  /** A warehouse with a connected shop floor. */
  warehouse: number;
  shopFloor: number;
  /** A warehouse no shop floor draws from. */
  lonelyWarehouse: number;
  archivedLocation: number;
  supplierA: number;
  supplierB: number;
  archivedSupplier: number;
  customer: number;
  archivedCustomer: number;
}

export async function seedWorld(kit: TestKit): Promise<World> {
  const prisma = kit.db.prisma;
  const warehouse = await prisma.location.create({ data: { name: "Main warehouse", kind: "WAREHOUSE" } });
  const location = (name: string, data: Partial<Prisma.LocationUncheckedCreateInput> = {}) =>
    prisma.location.create({ data: { name, kind: "WAREHOUSE", ...data } }).then((row) => row.id);
  const supplier = (name: string, archived = false) =>
    prisma.supplier
      .create({ data: { name, archivedAt: archived ? new Date() : null } })
      .then((row) => row.id);
  const customer = (name: string, archived = false) =>
    prisma.customer
      .create({ data: { name, archivedAt: archived ? new Date() : null } })
      .then((row) => row.id);
  return {
    warehouse: warehouse.id,
    shopFloor: await location("Shop floor", { kind: "SHOP_FLOOR", connectedWarehouseId: warehouse.id }),
    lonelyWarehouse: await location("Overflow warehouse"),
    archivedLocation: await location("Old shed", { archivedAt: new Date() }),
    supplierA: await supplier("Acme"),
    supplierB: await supplier("Bolt & Co"),
    archivedSupplier: await supplier("Gone Ltd", true),
    customer: await customer("Bike Shop"),
    archivedCustomer: await customer("Closed Shop", true),
  };
}

export async function createProduct(
  kit: TestKit,
  sku: string,
  data: Partial<Prisma.ProductUncheckedCreateInput> = {},
): Promise<number> {
  return (await kit.db.prisma.product.create({ data: { sku, name: sku, ...data } })).id;
}

/** A default production BOM for `sku` made of `[componentId, quantity]` lines. */
export async function createBom(kit: TestKit, productId: number, lines: [number, string][]): Promise<number> {
  const bom = await kit.db.prisma.bom.create({
    data: {
      productId,
      kind: "PRODUCTION",
      name: `BOM ${productId}`,
      lines: {
        create: lines.map(([componentId, quantity], position) => ({ componentId, quantity, position })),
      },
    },
  });
  await kit.db.prisma.bomDefault.create({ data: { productId, kind: "PRODUCTION", bomId: bom.id } });
  return bom.id;
}

/** Puts stock on hand through the ledger (an adjustment). */
export async function addStock(kit: TestKit, productId: number, locationId: number, quantity: string) {
  await kit.db.transaction((tx) =>
    postMovements(tx, null, [{ productId, locationId, quantity: dec(quantity), reason: "ADJUSTMENT" }]),
  );
}

export async function stockAt(kit: TestKit, productId: number, locationId: number) {
  const level = await kit.db.prisma.stockLevel.findUnique({
    where: { productId_locationId: { productId, locationId } },
  });
  return {
    onHand: dec(level?.onHand ?? 0).toFixed(),
    allocated: dec(level?.allocated ?? 0).toFixed(),
    onOrder: dec(level?.onOrder ?? 0).toFixed(),
  };
}

/** Everything an order action may write: a refused one leaves all of it as it was. */
export async function written(kit: TestKit) {
  const prisma = kit.db.prisma;
  return {
    salesOrders: await prisma.salesOrder.findMany({ select: { id: true, status: true, version: true } }),
    purchaseOrders: await prisma.purchaseOrder.findMany({
      select: { id: true, status: true, version: true },
    }),
    transferOrders: await prisma.transferOrder.findMany({
      select: { id: true, status: true, version: true },
    }),
    productionOrders: await prisma.productionOrder.count(),
    lines: [
      await prisma.salesOrderLine.count(),
      await prisma.purchaseOrderLine.count(),
      await prisma.transferOrderLine.count(),
    ],
    received: (await prisma.purchaseOrderLine.findMany({ orderBy: { id: "asc" } })).map((line) =>
      line.receivedQuantity.toFixed(),
    ),
    movements: await prisma.stockMovement.count(),
    events: await prisma.event.count(),
    levels: (
      await prisma.stockLevel.findMany({ orderBy: [{ productId: "asc" }, { locationId: "asc" }] })
    ).map(
      (level) => `${level.productId}@${level.locationId}=${level.onHand}/${level.allocated}/${level.onOrder}`,
    ),
  };
}

/** Stock levels equal the ledger, and allocated / on order equal what open orders hold. */
export async function expectConsistent(kit: TestKit) {
  await expectStockLevelsMatchLedger(kit.db);
  await expectReservationsMatchOrders(kit.db);
}

/** The payload of a mutation that must succeed. */
export function succeeded<Payload>(
  result: { errors?: readonly unknown[]; data?: object | null },
  field: string,
): Payload {
  expect(result.errors).toBeUndefined();
  const payload = (result.data as Record<string, { userErrors: unknown[] }> | null | undefined)?.[field];
  expect(payload?.userErrors).toEqual([]);
  return payload as Payload;
}

/** Events of one order, oldest first. */
export async function orderEvents(kit: TestKit, entityType: string, id: number) {
  return kit.db.prisma.event.findMany({
    where: { entityType, entityId: String(id) },
    orderBy: { id: "asc" },
    select: { type: true, beforeStatus: true, afterStatus: true, locationId: true },
  });
}

/** The userErrors a domain action was refused with (it must be refused). */
export async function refused(action: Promise<unknown>): Promise<UserError[]> {
  try {
    await action;
  } catch (error) {
    if (error instanceof DomainError) return error.errors;
    throw error;
  }
  throw new Error("expected the action to be refused");
}
