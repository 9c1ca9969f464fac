import { dec } from "../../src/domain/decimal.ts";
import { DomainError, type UserError } from "../../src/domain/errors.ts";
import type { TestKit } from "./app.ts";
import { expectReservationsMatchOrders, expectStockLevelsMatchLedger } from "./invariants.ts";
import { type DatabaseSnapshot, databaseSnapshot } from "./snapshot.ts";

/** Checks the tests share: what a refused action leaves, stock against the ledger, events. */

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

/**
 * Everything an action may write, fingerprinted (every table's rows): a refused action leaves it as it was.
 * Compare two of them with toEqual.
 */
export function written(kit: TestKit): Promise<DatabaseSnapshot> {
  return databaseSnapshot(kit.db);
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
