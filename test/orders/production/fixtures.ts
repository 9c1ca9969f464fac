import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { expect } from "vitest";
import { createBom } from "../../../src/domain/bom/boms.ts";
import { dec } from "../../../src/domain/decimal.ts";
import { postMovements } from "../../../src/domain/inventory/ledger.ts";
import type { ProductionOrderCreateInput } from "../../graphql/graphql.ts";
import { createTestKit, forTheFile, type TestKit } from "../../kit/app.ts";
import { seedProducts } from "../../kit/bom-trees.ts";
import { written } from "../../kit/checks.ts";
import { globalId } from "../../kit/ids.ts";
import { expectReservationsMatchOrders, expectStockLevelsMatchLedger } from "../../kit/invariants.ts";
import { seedWorld, type World } from "../../kit/world.ts";
import { productionOrderComplete, productionOrderCreateWithDetails } from "../../operations/orders.ts";

/**
 * The production order tests' bicycle shop: a BIKE of a FRAME, 2 WHEELs (made by their own BOM of 32 SPOKEs but
 * taken from stock) and a phantom SEAT-KIT (SADDLE and POST, exploded into the order); a TRIKE made 3 per run
 * from 1 THIRD; a GADGET of 1 SCARCE, of which there are only 5. Stock sits at the shop floor.
 */

type Lines = [sku: string, quantity: string][];

/** What a status step reports: the order's status and version, or the refusal. */
export interface StepResult {
  productionOrder: { status: string; version: number } | null;
  userErrors: unknown[];
}

/** A status mutation: it takes the order's id and, optionally, the version the client last saw. */
export type StepDocument = TypedDocumentNode<unknown, { id: string; expectedVersion?: number | null }>;

/** `use` makes the file's kit and the catalog before its first test; the rest may run after it. */
export function productionFixtures() {
  let kit: TestKit;
  let places: World;
  const ids: Record<string, number> = {};
  const boms: Record<string, string> = {};
  const gid = {
    product: (sku: string) => globalId("Product", ids[sku] as number),
    shop: () => globalId("Location", places.shopFloor),
  };

  /** Puts stock of each SKU on hand at the shop floor. */
  const stock = (quantities: Record<string, string>) =>
    kit.db.transaction((tx) =>
      postMovements(
        tx,
        null,
        Object.entries(quantities).map(([sku, quantity]) => ({
          productId: ids[sku] as number,
          locationId: places.shopFloor,
          quantity: dec(quantity),
          reason: "ADJUSTMENT" as const,
        })),
      ),
    );

  const allStock = async () => {
    const levels = await kit.db.prisma.stockLevel.findMany({
      orderBy: [{ productId: "asc" }, { locationId: "asc" }],
    });
    return levels.map((level) => ({
      key: `${level.productId}@${level.locationId}`,
      onHand: dec(level.onHand).toFixed(),
      allocated: dec(level.allocated).toFixed(),
      onOrder: dec(level.onOrder).toFixed(),
    }));
  };

  const createInput = (lines: Lines, extra: Partial<ProductionOrderCreateInput> = {}) => ({
    locationId: gid.shop(),
    lines: lines.map(([sku, quantity]) => ({ bomId: boms[sku] as string, quantity })),
    ...extra,
  });

  /** Runs a status mutation and returns what it reports. */
  const step = async (
    document: StepDocument,
    id: string,
    expectedVersion?: number,
    key?: string,
  ): Promise<StepResult> => {
    const result = await kit.execute(document, { id, expectedVersion }, { key });
    expect(result.errors).toBeUndefined();
    const payload = Object.values(result.data ?? {})[0] as StepResult;
    const order = payload.productionOrder;
    return {
      productionOrder: order && { status: order.status, version: order.version },
      userErrors: payload.userErrors,
    };
  };

  return {
    ids,
    boms,
    gid,
    get kit() {
      return kit;
    },
    get places() {
      return places;
    },
    /** Opens the kit and the catalog for the test file (see `forTheFile`), handing `take` the kit. */
    use(take: (kit: TestKit) => void) {
      forTheFile(async () => {
        kit = await createTestKit();
        places = await seedWorld(kit);
        Object.assign(
          ids,
          await seedProducts(kit.db, [
            "BIKE",
            "FRAME",
            "WHEEL",
            "SPOKE",
            "SEAT-KIT",
            "SADDLE",
            "POST",
            "TRIKE",
            "THIRD",
            "GADGET",
            "SCARCE",
          ]),
        );
        const bom = (sku: string, lines: Lines, extra: Record<string, unknown> = {}) =>
          kit.db.transaction(async (tx) => {
            const created = await createBom(tx, null, {
              productId: ids[sku],
              kind: "PRODUCTION",
              name: sku,
              lines: lines.map(([component, quantity]) => ({ componentId: ids[component], quantity })),
              ...extra,
            });
            boms[sku] = globalId("Bom", created.id);
          });
        // WHEEL is produced by its own BOM but taken from stock; SEAT-KIT is a phantom, exploded into the order.
        await bom("WHEEL", [["SPOKE", "32"]]);
        await bom(
          "SEAT-KIT",
          [
            ["SADDLE", "1"],
            ["POST", "1"],
          ],
          { kind: "ASSEMBLY", autoAssemble: true },
        );
        await bom("BIKE", [
          ["FRAME", "1"],
          ["WHEEL", "2"],
          ["SEAT-KIT", "1"],
        ]);
        // Makes 3 per run from 1 THIRD: 1/3 per unit, which a snapshot must round up.
        await bom("TRIKE", [["THIRD", "1"]], { outputQuantity: "3" });
        await bom("GADGET", [["SCARCE", "1"]]);
        await stock({ FRAME: "100", WHEEL: "100", SADDLE: "100", POST: "100", THIRD: "100", SCARCE: "5" });
        return kit;
      }, take);
    },
    stock,
    /** onHand / allocated / available / onOrder of a product at the shop floor. */
    async figures(sku: string) {
      const level = await kit.db.prisma.stockLevel.findUnique({
        where: { productId_locationId: { productId: ids[sku] as number, locationId: places.shopFloor } },
      });
      const onHand = dec(level?.onHand ?? 0);
      const allocated = dec(level?.allocated ?? 0);
      return {
        onHand: onHand.toFixed(),
        allocated: allocated.toFixed(),
        available: onHand.minus(allocated).toFixed(),
        onOrder: dec(level?.onOrder ?? 0).toFixed(),
      };
    },
    allStock,
    /** Stock levels that hold anything: voiding may leave rows at zero that did not exist before. */
    withoutEmpty(levels: Awaited<ReturnType<typeof allStock>>) {
      return levels.filter(
        (level) => level.onHand !== "0" || level.allocated !== "0" || level.onOrder !== "0",
      );
    },
    async expectInvariants() {
      await expectStockLevelsMatchLedger(kit.db);
      await expectReservationsMatchOrders(kit.db);
    },
    createInput,
    /** Creates an order at the shop floor through the API, which must succeed; the order, whole. */
    async createOrder(lines: Lines, extra: Partial<ProductionOrderCreateInput> = {}) {
      const result = await kit.execute(productionOrderCreateWithDetails, {
        input: createInput(lines, extra),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.productionOrderCreate.userErrors).toEqual([]);
      const order = result.data?.productionOrderCreate.productionOrder;
      if (!order) throw new Error("no order");
      return order;
    },
    step,
    async stepOk(document: StepDocument, id: string) {
      const payload = await step(document, id);
      expect(payload.userErrors).toEqual([]);
      return payload.productionOrder;
    },
    async complete(id: string, consumption?: { componentId: string; quantity: string }[]) {
      const result = await kit.execute(productionOrderComplete, { id, consumption });
      expect(result.errors).toBeUndefined();
      return result.data?.productionOrderComplete as StepResult;
    },
    /** Everything a refused mutation must leave as it was: every table's rows. */
    written: () => written(kit),
  };
}
