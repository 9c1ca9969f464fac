import { dec } from "../../src/domain/decimal.ts";
import { DomainError, type UserError } from "../../src/domain/errors.ts";
import type { TestKit } from "./app.ts";
import { expectReservationsMatchOrders, expectStockLevelsMatchLedger } from "./invariants.ts";

/** Checks the order tests share: what a refused action leaves, stock against the ledger, events. */

// Until their callers move to ./world.ts and ./app.ts, the fixtures and `succeeded` are found here too.
export { succeeded } from "./app.ts";
export { addStock, createBom, createProduct, seedWorld, type World } from "./world.ts";

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
