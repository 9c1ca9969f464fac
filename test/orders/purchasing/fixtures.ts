import { createTestKit, forTheFile, succeeded, type TestKit } from "../../kit/app.ts";
import { globalId } from "../../kit/ids.ts";
import { createProduct, seedWorld, type World } from "../../kit/world.ts";
import {
  purchaseOrderCreate,
  purchaseOrderPlace,
  purchaseOrderReceive,
  purchaseOrders,
} from "../../operations/purchasing.ts";

/**
 * The purchase order tests' catalog: BOLT (0.25, bought from Acme), NUT (0.1, from Bolt & Co) and an archived
 * OLD, over the order tests' places and partners.
 */

type Lines = { sku: string; quantity: string; unitCost?: string }[];

/** `open` in beforeAll makes the kit, the world and the catalog; the rest may run after it. */
export function purchasingFixtures() {
  let kit: TestKit;
  let world: World;
  const ids: Record<string, number> = {};
  const product = (sku: string) => globalId("Product", ids[sku] as number);
  const at = (location: number) => globalId("Location", location);

  /** Sends purchaseOrderCreate for these lines, from supplier A to the warehouse unless told otherwise. */
  function create(lines: Lines, extra: { supplier?: number; location?: number } = {}) {
    return kit.execute(purchaseOrderCreate, {
      input: {
        supplierId: globalId("Supplier", extra.supplier ?? world.supplierA),
        locationId: at(extra.location ?? world.warehouse),
        lines: lines.map((line) => ({
          productId: product(line.sku),
          quantity: line.quantity,
          unitCost: line.unitCost,
        })),
      },
    });
  }

  /** A new DRAFT order of these lines. */
  async function createOk(lines: Lines, extra: { supplier?: number; location?: number } = {}) {
    const payload = succeeded<{ purchaseOrder: { id: string; version: number } }>(
      await create(lines, extra),
      "purchaseOrderCreate",
    );
    return payload.purchaseOrder;
  }

  /** A new order of these lines, placed (ORDERED), read back as the list shows it. */
  async function placed(lines: Lines) {
    const order = await createOk(lines);
    succeeded(await kit.execute(purchaseOrderPlace, { id: order.id }), "purchaseOrderPlace");
    const read = await kit.execute(purchaseOrders, { first: 1 });
    return read.data?.purchaseOrders.edges[0]?.node as NonNullable<
      typeof read.data
    >["purchaseOrders"]["edges"][number]["node"];
  }

  /** Receives [line id, quantity] pairs of an order. */
  const receive = (id: string, lines: [string, string][], expectedVersion?: number) =>
    kit.execute(purchaseOrderReceive, {
      id,
      lines: lines.map(([lineId, quantity]) => ({ lineId, quantity })),
      expectedVersion,
    });

  async function open(): Promise<TestKit> {
    kit = await createTestKit();
    world = await seedWorld(kit);
    ids.BOLT = await createProduct(kit, "BOLT", { cost: "0.25", primarySupplierId: world.supplierA });
    ids.NUT = await createProduct(kit, "NUT", { cost: "0.1", primarySupplierId: world.supplierB });
    ids.OLD = await createProduct(kit, "OLD", { archivedAt: new Date() });
    return kit;
  }

  return {
    open,
    /** Opens the fixtures for the test file (see `forTheFile`), handing `take` the kit and the world. */
    use(take: (opened: { kit: TestKit; world: World }) => void) {
      forTheFile(open, (opened) => take({ kit: opened, world }));
    },
    ids,
    product,
    at,
    create,
    createOk,
    placed,
    receive,
  };
}
