import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { expect } from "vitest";
import { createBom } from "../../../../src/domain/bom/boms.ts";
import { createResource } from "../../../../src/domain/catalog/locations.ts";
import { archiveEmployee, createEmployee } from "../../../../src/domain/catalog/partners.ts";
import { updateSettings } from "../../../../src/domain/settings.ts";
import type { ProductionOrderCreateInput } from "../../../graphql/graphql.ts";
import { createTestKit, forTheFile, succeeded, type TestKit } from "../../../kit/app.ts";
import { decodeId, globalId } from "../../../kit/ids.ts";
import { addStock, createProduct, seedWorld, type World } from "../../../kit/world.ts";
import { nodeProductionOrderOperations, productionOrderCreate } from "../../../operations/orders.ts";

/**
 * The operation tests' furniture shop. A TABLE is cut on the SAW (30 minutes setup + 6 a unit, 480 minutes a day)
 * from 4 LEGs, then painted (12 a unit, PAINT: 240 a day) with its TOP; a LEG is turned on the LATHE (10 + 5 a
 * unit, 600 a day) from WOOD, and has no stock, so a TABLE order's tree has a nested LEG order. A STOOL has a BOM
 * without operations. Employees: Ada (active) and Bob (archived).
 */

export const SYSTEM = null;

export const MINUTE = 60_000;
export const iso = (time: number) => new Date(time).toISOString();

/** What an operation step answers (test/operations/orders.ts, ProductionOrderOperationPayloadFields). */
export interface StepPayload {
  operation: {
    status: string;
    version: number;
    completedQuantity: string;
    scrappedQuantity: string;
    pauseReason: string | null;
    skipReason: string | null;
    actualMinutes: string;
    runningSince: unknown;
    timeLogs: {
      employee: { id: string } | null;
      startedAt: unknown;
      endedAt: unknown;
      minutes: string | null;
      goodQuantity: string;
      scrapQuantity: string;
      pauseReason: string | null;
    }[];
    order: { status: string; version: number };
  } | null;
  userErrors: { code: string; message: string; field: string[] | null }[];
}

// biome-ignore lint/suspicious/noExplicitAny: the five step documents differ in their input type only
export type StepDocument = TypedDocumentNode<any, any>;

export function operationFixtures() {
  let kit: TestKit;
  let places: World;
  const ids: Record<string, number> = {};
  const boms: Record<string, number> = {};
  const employees = { ada: 0, bob: 0 };

  async function open() {
    kit = await createTestKit();
    places = await seedWorld(kit);
    for (const sku of ["TABLE", "LEG", "TOP", "WOOD", "STOOL"]) ids[sku] = await createProduct(kit, sku);
    await kit.db.transaction(async (tx) => {
      const resource = async (name: string, capacityMinutesPerDay: number) =>
        (await createResource(tx, SYSTEM, { name, capacityMinutesPerDay })).id;
      const [saw, paint, lathe] = [
        await resource("SAW", 480),
        await resource("PAINT", 240),
        await resource("LATHE", 600),
      ];
      const bom = async (sku: string, input: Record<string, unknown>) => {
        boms[sku] = (
          await createBom(tx, SYSTEM, { productId: ids[sku], kind: "PRODUCTION", name: sku, ...input })
        ).id;
      };
      await bom("LEG", {
        operations: [
          { sequence: 10, name: "Turn", resourceId: lathe, setupMinutes: "10", minutesPerUnit: "5" },
        ],
        lines: [{ componentId: ids.WOOD, quantity: "1" }],
      });
      await bom("TABLE", {
        operations: [
          { sequence: 10, name: "Cut", resourceId: saw, setupMinutes: "30", minutesPerUnit: "6" },
          { sequence: 20, name: "Paint", resourceId: paint, minutesPerUnit: "12" },
        ],
        lines: [
          { componentId: ids.LEG, quantity: "4", operationSequence: 10 },
          { componentId: ids.TOP, quantity: "1", operationSequence: 20 },
        ],
      });
      await bom("STOOL", { lines: [{ componentId: ids.WOOD, quantity: "3" }] });
      employees.ada = (await createEmployee(tx, SYSTEM, { name: "Ada" })).id;
      employees.bob = (await createEmployee(tx, SYSTEM, { name: "Bob" })).id;
      await archiveEmployee(tx, SYSTEM, employees.bob);
    });
    for (const sku of ["TOP", "WOOD"]) await addStock(kit, ids[sku] as number, places.shopFloor, "10000");
    return kit;
  }

  /** An order at the shop floor through the API (which must succeed): its global id. */
  async function createOrder(
    lines: [sku: string, quantity: string][],
    extra: Partial<ProductionOrderCreateInput> = {},
  ): Promise<string> {
    const input = {
      locationId: globalId("Location", places.shopFloor),
      lines: lines.map(([sku, quantity]) => ({ bomId: globalId("Bom", boms[sku] as number), quantity })),
      ...extra,
    };
    const payload = succeeded<{ productionOrder: { id: string } }>(
      await kit.execute(productionOrderCreate, { input }),
      "productionOrderCreate",
    );
    return payload.productionOrder.id;
  }

  /** An order with its operations, read through the API. */
  async function orderWithOperations(id: string) {
    const result = await kit.execute(nodeProductionOrderOperations, { id });
    expect(result.errors).toBeUndefined();
    const order = result.data?.node;
    if (!order || !("operations" in order)) throw new Error(`no production order ${id}`);
    return order;
  }

  /** Runs an operation step and returns its payload (no top-level errors). */
  async function step(document: StepDocument, id: string, input?: Record<string, unknown>, key?: string) {
    const result = await kit.execute(document, { id, input }, { key });
    expect(result.errors).toBeUndefined();
    return Object.values(result.data ?? {})[0] as StepPayload;
  }

  /** A RELEASED order of `quantity` tables, released `minutesAgo` minutes ago (see `releasedAgo`). */
  async function releasedTable(quantity = "1", minutesAgo = 120) {
    const id = await createOrder([["TABLE", quantity]], {
      startDate: "2026-01-05T08:00:00Z",
      status: "RELEASED",
    });
    const releasedAt = (await releasedAgo(id, minutesAgo)).getTime();
    const [cut, paint] = (await orderWithOperations(id)).operations.map((operation) => operation.id);
    return { id, releasedAt, cut: cut as string, paint: paint as string };
  }

  /** A state the API does not make: the order released `minutesAgo` minutes ago (steps may then say "earlier"). */
  async function releasedAgo(orderId: string, minutesAgo: number): Promise<Date> {
    const releasedAt = new Date(Date.now() - minutesAgo * 60_000);
    await kit.db.prisma.productionOrder.update({ where: { id: decodeId(orderId) }, data: { releasedAt } });
    return releasedAt;
  }

  return {
    ids,
    boms,
    employees,
    get kit() {
      return kit;
    },
    get places() {
      return places;
    },
    /** Opens the shop for the file; `legsInStock`: so many legs that tables need no nested orders. */
    use(take: (opened: TestKit) => void, options: { legsInStock?: boolean } = {}) {
      forTheFile(async () => {
        const opened = await open();
        if (options.legsInStock) await addStock(opened, ids.LEG as number, places.shopFloor, "10000");
        return opened;
      }, take);
    },
    createOrder,
    orderWithOperations,
    /** The global ids of an order's operations, in run order. */
    async operationIds(orderId: string): Promise<string[]> {
      return (await orderWithOperations(orderId)).operations.map((operation) => operation.id);
    },
    releasedAgo,
    releasedTable,
    step,
    /** A step that must succeed: the operation it returns. */
    async ok(document: StepDocument, id: string, input?: Record<string, unknown>) {
      const payload = await step(document, id, input);
      expect(payload.userErrors).toEqual([]);
      if (!payload.operation) throw new Error("no operation");
      return payload.operation;
    },
    /** Ada's global id: the active employee. */
    ada: () => globalId("Employee", employees.ada),
    setTolerance(percent: string) {
      return kit.db.transaction((tx) =>
        updateSettings(tx, SYSTEM, { overProductionTolerancePercent: percent }),
      );
    },
  };
}
