import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { expect } from "vitest";
import type { TestKit } from "../../../kit/app.ts";
import { decodeId, globalId } from "../../../kit/ids.ts";
import { ledgerMismatches, reservationMismatches } from "../../../kit/invariants.ts";
import { bomCreate } from "../../../operations/bom.ts";
import {
  customerCreate,
  locationCreate,
  productCreate,
  resourceCreate,
  supplierCreate,
} from "../../../operations/catalog.ts";
import { settingsUpdate, stockAdjust } from "../../../operations/inventory.ts";
import {
  nodeProductionOrderTreeModelCheck,
  productionOrderAuthorizeModelCheck,
  productionOrderComplete,
  productionOrderCreate,
  productionOrderReleaseModelCheck,
  productionOrderUndo,
  productionOrderVoid,
} from "../../../operations/orders.ts";
import {
  purchaseOrderCreate,
  purchaseOrderPlace,
  purchaseOrderReceive,
} from "../../../operations/purchasing.ts";
import { reorderSuggestionsApply } from "../../../operations/reorder.ts";
import { salesOrderAuthorize, salesOrderCreate } from "../../../operations/sales.ts";
import * as model from "./model.ts";
import { Q } from "./rational.ts";
import type { ApiStep, ApiWorld } from "./worlds.ts";

/**
 * Level (b): a world built through the GraphQL API on the test database, its root orders authorized, released,
 * undone and voided as the steps say; after every step the tree read in one request must be the model's, a
 * release must supply what the model supplies, and the laws must hold:
 * - stock counted as taken across all open trees <= the stock there is (while nothing was voided or removed);
 * - nothing is transferred or bought twice: per order and product, open transfers + purchases linked to it <= its
 *   rows' need their nested orders do not make; none for an assembly order; the warehouse never promises more
 *   than it holds;
 * - every stock level = its ledger sum; allocated = open allocations; on order = open purchases + open output;
 * - orphans (below a voided order) are never released or supplied with their old root;
 * - at the end, completing every released order and undoing all of it restores every figure exactly.
 */

interface UserErrorShape {
  code: string;
  message: string;
  planChanges?:
    | { change: string; product: { sku: string }; before: string | null; after: string | null }[]
    | null;
}

// biome-ignore lint/suspicious/noExplicitAny: the steps send several documents through one helper
type AnyDocument = TypedDocumentNode<any, any>;

/** Runs a mutation; its payload (the document's single field) and its user errors. */
async function send(
  kit: TestKit,
  document: AnyDocument,
  variables: Record<string, unknown>,
): Promise<{ payload: Record<string, unknown>; userErrors: UserErrorShape[] }> {
  const result = await kit.execute(document, variables);
  if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  const payload = Object.values(result.data as Record<string, Record<string, unknown>>)[0] as Record<
    string,
    unknown
  >;
  return { payload, userErrors: (payload.userErrors ?? []) as UserErrorShape[] };
}

async function must(
  kit: TestKit,
  document: AnyDocument,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const { payload, userErrors } = await send(kit, document, variables);
  if (userErrors.length > 0) throw new Error(`refused: ${JSON.stringify(userErrors)}`);
  return payload;
}

let worlds = 0;

/** What the runs did, to show they test something: counted across the worlds of a run. */
export const apiStats = {
  worlds: 0,
  trees: 0,
  nestedOrders: 0,
  planChanged: 0,
  releases: 0,
  transfers: 0,
  purchases: 0,
  unordered: 0,
  undone: 0,
  voided: 0,
  completed: 0,
  drafted: 0,
  sold: 0,
  purchased: 0,
  completedAll: 0,
};

/** Everything the checks know about one world: its ids, and the model's catalog. */
interface Built {
  tag: string;
  floor: number;
  warehouse: number;
  products: Map<string, number>;
  keys: Map<number, string>;
  boms: Map<string, number>;
  roots: number[];
  /** Roots made from a reorder suggestion, with their tree drafted. */
  drafted: number[];
  /** Roots made by authorizing a sales order (by root index, until then 0 in `roots`). */
  sales: Map<number, string>;
  catalog: model.Catalog;
}

async function build(kit: TestKit, world: ApiWorld): Promise<Built> {
  const tag = `w${++worlds}${Math.random().toString(36).slice(2, 6)}`;
  await must(kit, settingsUpdate, {
    input: { quantityPolicy: world.policy, allowNegativeStock: false, salesOrderProductionStatus: "PLANNED" },
  });
  const warehouse = (
    await must(kit, locationCreate, { input: { name: `${tag} warehouse`, kind: "WAREHOUSE" } })
  ).location as { id: string };
  const floor = (
    await must(kit, locationCreate, {
      input: { name: `${tag} floor`, kind: "SHOP_FLOOR", connectedWarehouseId: warehouse.id },
    })
  ).location as { id: string };
  const supplier = (await must(kit, supplierCreate, { input: { name: `${tag} supplier` } })).supplier as {
    id: string;
  };
  // A BOM repeats a component only at different operations: each line of a production BOM gets its own.
  const resource = (
    await must(kit, resourceCreate, { input: { name: `${tag} bench`, capacityMinutesPerDay: 480 } })
  ).resource as { id: string };
  const products = new Map<string, number>();
  for (const product of world.products) {
    const created = (
      await must(kit, productCreate, {
        input: {
          sku: `${tag}-${product.key}`,
          name: product.key,
          ...(product.make === "BUY" && product.supplier ? { primarySupplierId: supplier.id } : {}),
          maxBatchSize: product.maxBatch,
          minBeforeReorder: product.min,
          reorderQuantity: product.reorder,
        },
      })
    ).product as { id: string };
    products.set(product.key, decodeId(created.id));
  }
  const boms = new Map<string, number>();
  for (const product of world.products) {
    if (!product.bom) continue;
    const created = (
      await must(kit, bomCreate, {
        input: {
          productId: globalId("Product", products.get(product.key) as number),
          kind: product.make === "PRODUCE" ? "PRODUCTION" : "ASSEMBLY",
          autoAssemble: product.make === "PHANTOM",
          name: `${tag} ${product.key}`,
          outputQuantity: product.bom.output,
          ...(product.make === "PRODUCE"
            ? {
                operations: product.bom.lines.map((_, line) => ({
                  sequence: line + 1,
                  name: `step ${line + 1}`,
                  resourceId: resource.id,
                  minutesPerUnit: "1",
                })),
              }
            : {}),
          lines: product.bom.lines.map(([component, quantity], line) => ({
            componentId: globalId("Product", products.get(component) as number),
            quantity,
            ...(product.make === "PRODUCE" ? { operationSequence: line + 1 } : {}),
          })),
        },
      })
    ).bom as { id: string };
    boms.set(product.key, decodeId(created.id));
  }
  const stockLines = Object.entries(world.stock).flatMap(([key, figures]) =>
    (
      [
        [figures.floor, floor.id],
        [figures.warehouse, warehouse.id],
      ] as const
    )
      .filter(([quantity]) => Q.dec(quantity).isPositive())
      .map(([quantity, locationId]) => ({
        locationId,
        productId: globalId("Product", products.get(key) as number),
        quantity,
      })),
  );
  if (stockLines.length > 0) await must(kit, stockAdjust, { input: { type: "OTHER", lines: stockLines } });
  for (const purchase of world.purchases) {
    const created = (
      await must(kit, purchaseOrderCreate, {
        input: {
          supplierId: supplier.id,
          locationId: purchase.at === "FLOOR" ? floor.id : warehouse.id,
          lines: [
            {
              productId: globalId("Product", products.get(purchase.product) as number),
              quantity: purchase.quantity,
            },
          ],
        },
      })
    ).purchaseOrder as { id: string };
    await must(kit, purchaseOrderPlace, { id: created.id });
  }
  const roots: number[] = [];
  const drafted: number[] = [];
  const sales = new Map<number, string>();
  for (const root of world.roots) {
    if (root.fromSale) {
      const customer = (await must(kit, customerCreate, { input: { name: `${tag} customer ${sales.size}` } }))
        .customer as { id: string };
      const sale = (
        await must(kit, salesOrderCreate, {
          input: {
            customerId: customer.id,
            locationId: floor.id,
            lines: [
              {
                productId: globalId("Product", products.get(root.product) as number),
                quantity: root.quantity,
              },
            ],
          },
        })
      ).salesOrder as { id: string };
      // The root exists once the sales order is authorized (the root's first "authorize" step).
      sales.set(roots.length, sale.id);
      roots.push(0);
      continue;
    }
    if (root.fromReorder) {
      // No suggestion when the floor has enough (INVALID_INPUT): then the root is made by hand.
      const applied = await send(kit, reorderSuggestionsApply, {
        locationId: floor.id,
        productIds: [globalId("Product", products.get(root.product) as number)],
      });
      if (applied.userErrors.some((error) => error.code !== "INVALID_INPUT"))
        fail("reorder", applied.userErrors);
      const [made] = (applied.payload.productionOrders ?? []) as { id: string }[];
      if (made) {
        roots.push(decodeId(made.id));
        drafted.push(decodeId(made.id));
        continue;
      }
    }
    const created = (
      await must(kit, productionOrderCreate, {
        input: {
          locationId: floor.id,
          lines: [{ bomId: globalId("Bom", boms.get(root.product) as number), quantity: root.quantity }],
        },
      })
    ).productionOrder as { id: string };
    roots.push(decodeId(created.id));
  }
  return {
    tag,
    floor: decodeId(floor.id),
    warehouse: decodeId(warehouse.id),
    products,
    keys: new Map([...products].map(([key, id]) => [id, key])),
    boms,
    roots,
    drafted,
    sales,
    catalog: new model.Catalog(world.products),
  };
}

// ---------------------------------------------------------------- reading the stored world

type Snapshot = model.StoredWorld & {
  levels: Map<string, { onHand: Q; allocated: Q; onOrder: Q }>;
  supplyIds: Map<string, model.StoredSupply>;
};

const q = (value: { toString(): string } | null | undefined) => Q.dec(value ? value.toString() : "0");

async function snapshot(kit: TestKit, built: Built): Promise<Snapshot> {
  const prisma = kit.db.prisma;
  const keyOf = (id: number) => built.keys.get(id) ?? `#${id}`;
  const orders = await prisma.productionOrder.findMany({
    where: { locationId: built.floor },
    include: { lines: true, components: true },
    orderBy: { id: "asc" },
  });
  const transfers = await prisma.transferOrder.findMany({
    where: { OR: [{ fromLocationId: built.warehouse }, { toLocationId: built.floor }] },
    include: { lines: true },
  });
  const purchases = await prisma.purchaseOrder.findMany({
    where: { locationId: { in: [built.floor, built.warehouse] } },
    include: { lines: true },
  });
  const levelRows = await prisma.stockLevel.findMany({
    where: { locationId: { in: [built.floor, built.warehouse] } },
  });
  const levels = new Map(
    levelRows.map((row) => [
      `${keyOf(row.productId)}@${row.locationId}`,
      { onHand: q(row.onHand), allocated: q(row.allocated), onOrder: q(row.onOrder) },
    ]),
  );
  const supplyIds = new Map<string, model.StoredSupply>();
  for (const transfer of transfers) {
    supplyIds.set(`TO${transfer.id}`, {
      kind: "TRANSFER",
      status: transfer.status,
      orderId: transfer.productionOrderId,
      from: transfer.fromLocationId,
      to: transfer.toLocationId,
      lines: transfer.lines.map((line) => ({ product: keyOf(line.productId), open: q(line.quantity) })),
    });
  }
  for (const purchase of purchases) {
    supplyIds.set(`PO${purchase.id}`, {
      kind: "PURCHASE",
      status: purchase.status,
      orderId: purchase.productionOrderId,
      from: null,
      to: purchase.locationId,
      lines: purchase.lines.map((line) => ({
        product: keyOf(line.productId),
        open: Q.max(q(line.quantity).minus(q(line.receivedQuantity)), Q.ZERO),
      })),
    });
  }
  return {
    floor: built.floor,
    warehouse: built.warehouse,
    orders: orders.map((order) => ({
      id: order.id,
      status: order.status as model.Status,
      kind: order.kind as model.OrderKind,
      surplus: order.surplus,
      parentId: order.parentId,
      parentRowId: order.parentComponentId,
      ancestorIds: order.ancestorIds,
      product: keyOf(order.lines[0]?.productId ?? 0),
      quantity: q(order.lines[0]?.quantity),
      produced: q(order.lines[0]?.producedQuantity),
      rows: [...order.components]
        .sort((a, b) => a.position - b.position)
        .map((row) => ({
          id: row.id,
          position: row.position,
          product: keyOf(row.productId),
          required: q(row.requiredQuantity),
          allocated: q(row.allocatedQuantity),
          shortage: q(row.shortageQuantity),
        })),
    })),
    supplies: [...supplyIds.values()],
    supplyIds,
    levels,
    level(product, location) {
      return levels.get(`${product}@${location}`) ?? { onHand: Q.ZERO, allocated: Q.ZERO, onOrder: Q.ZERO };
    },
  };
}

/** The tree read through the API in one request, as the model's lines (in-tree, non-surplus orders). */
async function treeLines(kit: TestKit, built: Built, rootId: number, kept: Set<number>): Promise<string[]> {
  const result = await kit.execute(nodeProductionOrderTreeModelCheck, {
    id: globalId("ProductionOrder", rootId),
  });
  if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  const node = result.data?.node;
  const tree = node && "tree" in node ? node.tree : [];
  const key = (sku: string) => sku.slice(built.tag.length + 1);
  const byId = new Map(tree.map((order) => [order.id, order]));
  const inTree = (order: (typeof tree)[number]): boolean => {
    if (order.status === "VOIDED") return false;
    const parent = order.parent ? byId.get(order.parent.id) : undefined;
    return !parent || inTree(parent);
  };
  const rowsOf = (order: (typeof tree)[number]): model.Row[] =>
    order.components.map((row, position) => ({
      position,
      product: key(row.product.sku),
      required: Q.dec(row.requiredQuantity),
      shortage: Q.dec(row.shortageQuantity),
      existingId: null,
      nested: tree
        .filter((kid) => kid.parentComponent?.id === row.id && !kid.surplus && inTree(kid))
        .map((kid) => ({
          product: key(kid.lines[0]?.product.sku ?? ""),
          kind: kid.kind as model.OrderKind,
          quantity: Q.dec(kid.lines[0]?.quantity ?? "0"),
          rows: kept.has(decodeId(kid.id)) ? [] : rowsOf(kid),
          fixed: kept.has(decodeId(kid.id)),
          existingId: decodeId(kid.id),
        })),
    }));
  const root = tree.find((order) => decodeId(order.id) === rootId);
  if (!root) throw new Error(`the tree of ${rootId} does not start with it`);
  return model.planLines(rowsOf(root)).sort();
}

// ---------------------------------------------------------------- the laws

function fail(what: string, details: unknown): never {
  throw new Error(
    `${what}: ${JSON.stringify(details, (_, value) => (value instanceof Q ? `${value}` : value), 1)}`,
  );
}

export interface ApiCheckOptions {
  /**
   * Count what surplus orders hold as taken from stock in the law "taken <= stock there is" (on by default:
   * surplus orders are set aside holding nothing; they once kept stock their tree's new plan gave to another
   * order, see regressions.test.ts).
   */
  surplusTakes: boolean;
}

async function expectLaws(
  kit: TestKit,
  built: Built,
  state: Snapshot,
  settled: boolean,
  policy: model.Policy,
  options: ApiCheckOptions,
) {
  // Every stock level = its ledger; allocated and on order = what open orders hold.
  const ledger = await ledgerMismatches(kit.db);
  if (ledger.length > 0) fail("stock levels differ from the ledger", ledger);
  const reservations = await reservationMismatches(kit.db);
  if (reservations.length > 0) fail("allocated / on order differ from the open orders", reservations);

  const products = [...built.products.keys()];
  for (const product of products) {
    // Stock counted as taken across all open trees <= the stock there is (plus, under REQUIRED_PLUS_MIN_STOCK,
    // the on order a first demand may count as covering it). Taken: what rows hold beyond their nested orders'
    // output and their planned shortage (a released order's shortage nobody could buy still counts as drawn
    // for later plans, rightly: stock that arrives is first its; it was never taken from stock there was).
    if (settled) {
      const drawn = takenFromStock(state, product, options.surplusTakes);
      const floor = state.level(product, state.floor);
      const warehouse = state.level(product, state.warehouse);
      let there = floor.onHand.plus(warehouse.onHand);
      if (policy === "REQUIRED_PLUS_MIN_STOCK") there = there.plus(floor.onOrder).plus(warehouse.onOrder);
      if (drawn.gt(Q.max(there, Q.ZERO)))
        fail(`${product}: open trees take more stock than there is`, { drawn, there });
      // The warehouse never promises more than it holds.
      const promised = Q.sum(
        state.supplies
          .filter(
            (supply) =>
              supply.kind === "TRANSFER" && supply.status === "DRAFT" && supply.from === state.warehouse,
          )
          .flatMap((supply) =>
            supply.lines.filter((line) => line.product === product).map((line) => line.open),
          ),
      );
      if (promised.gt(Q.max(warehouse.onHand, Q.ZERO))) {
        fail(`${product}: open transfers take more from the warehouse than it holds`, {
          promised,
          there: warehouse.onHand,
        });
      }
    }
  }
  // Nothing transferred or bought twice, nothing for an assembly order.
  for (const order of state.orders) {
    if (order.status === "VOIDED" || order.status === "COMPLETED") continue;
    for (const product of new Set(order.rows.map((row) => row.product))) {
      // Each row's need beyond what its own nested orders make: a row whose orders make more (a top-up for
      // minimum stock) leaves that to stock, not to another row of the product (docs/rules/orders/production/tree.md).
      const rest = Q.sum(
        order.rows
          .filter((row) => row.product === product)
          .map((row) => {
            const made = state.orders.filter(
              (kid) => kid.parentRowId === row.id && kid.status !== "VOIDED" && !kid.surplus,
            );
            return Q.max(row.required.minus(Q.sum(made.map((kid) => kid.quantity))), Q.ZERO);
          }),
      );
      const supplied = Q.sum(
        state.supplies
          .filter(
            (supply) =>
              supply.orderId === order.id &&
              (supply.kind === "TRANSFER"
                ? supply.status === "DRAFT"
                : ["DRAFT", "ORDERED"].includes(supply.status)),
          )
          .flatMap((supply) =>
            supply.lines.filter((line) => line.product === product).map((line) => line.open),
          ),
      );
      if (order.kind === "ASSEMBLY" && supplied.isPositive()) {
        fail(`an assembly order (${order.id}) got transfers or purchases for ${product}`, { supplied });
      }
      if (supplied.gt(rest)) {
        fail(`order ${order.id} gets more ${product} than its rows need beyond their nested orders`, {
          supplied,
          rest,
        });
      }
    }
  }
}

/**
 * Per open order, its rows' allocation of `product` less their open nested output and planned shortage: what
 * plans count it as taking from stock. `surplus`: count surplus orders too (they still hold their allocation).
 */
function takenFromStock(state: Snapshot, product: string, surplus: boolean): Q {
  let taken = Q.ZERO;
  for (const order of state.orders) {
    if (!["PLANNED", "RELEASED", "IN_PROGRESS"].includes(order.status)) continue;
    if (order.surplus && !surplus) continue;
    const rows = order.rows.filter((row) => row.product === product);
    const made = state.orders.filter(
      (kid) =>
        rows.some((row) => row.id === kid.parentRowId) &&
        !kid.surplus &&
        ["DRAFT", "PLANNED", "RELEASED", "IN_PROGRESS"].includes(kid.status),
    );
    const held = Q.sum(rows.map((row) => row.allocated.minus(row.shortage)));
    taken = taken.plus(Q.max(held.minus(Q.sum(made.map((kid) => kid.quantity.minus(kid.produced)))), Q.ZERO));
  }
  return taken;
}

// ---------------------------------------------------------------- the steps

interface Outcome {
  /** The model's plan was checked against the tree. */
  checked: boolean;
}

function changesText(
  changes: { change: string; product: string; before: string | null; after: string | null }[],
) {
  return changes
    .map((change) => `${change.change} ${change.product} ${change.before}->${change.after}`)
    .sort();
}

/** Authorize or release with the re-check: PLAN_CHANGED exactly when the model's plan differs from the tree. */
async function planningStep(
  kit: TestKit,
  built: Built,
  world: ApiWorld,
  rootId: number,
  step: "authorize" | "release",
  choice: "RECALCULATE" | "KEEP",
): Promise<
  Outcome & { unordered?: { orderId: number; product: string; quantity: string; reason: string }[] }
> {
  const before = await snapshot(kit, built);
  const root = before.orders.find((order) => order.id === rootId) as model.StoredOrder;
  if (root.status !== (step === "authorize" ? "DRAFT" : "PLANNED")) return { checked: false };
  const tree = model.treeOrders(before, rootId);
  const below = tree.filter((order) => order.id !== rootId);
  const expected = model.planStored(before, built.catalog, rootId, world.policy);
  const first = step === "authorize" && below.length === 0;
  const changed = !first && expected.changes.length > 0;
  const keptBefore = new Set(
    below.filter((order) => !["DRAFT", "PLANNED"].includes(order.status)).map((order) => order.id),
  );
  const treeBefore = await treeLines(kit, built, rootId, keptBefore);
  const document =
    step === "authorize" ? productionOrderAuthorizeModelCheck : productionOrderReleaseModelCheck;
  const id = globalId("ProductionOrder", rootId);
  let { payload, userErrors } = await send(kit, document, { id });
  const planChanged = userErrors.find((error) => error.code === "PLAN_CHANGED");
  if (userErrors.length > 0 && !planChanged) fail(`${step} ${rootId} was refused`, userErrors);
  const skus = (list: UserErrorShape["planChanges"]) =>
    (list ?? []).map((change) => ({ ...change, product: change.product.sku.slice(built.tag.length + 1) }));
  if (Boolean(planChanged) !== changed) {
    fail(
      `${step} ${rootId}: ${changed ? "the model re-plans differently but the code asked nothing" : "PLAN_CHANGED where the model finds the same plan"}`,
      {
        model: changesText(expected.changes),
        code: changesText(skus(planChanged?.planChanges)),
        tree: model.planLines(expected.rows),
      },
    );
  }
  if (planChanged) {
    apiStats.planChanged++;
    const code = changesText(skus(planChanged.planChanges));
    const want = changesText(expected.changes);
    if (JSON.stringify(code) !== JSON.stringify(want))
      fail(`${step} ${rootId}: the plan changes differ`, { model: want, code });
    ({ payload, userErrors } = await send(kit, document, { id, planChoice: choice }));
    if (userErrors.length > 0) fail(`${step} ${rootId} with ${choice} was refused`, userErrors);
  }
  const after = await snapshot(kit, built);
  const checked = !(planChanged && choice === "KEEP");
  if (!checked) {
    // KEEP changes no nested order (shortages may be re-planned).
    const unshort = (lines: string[]) => lines.map((line) => line.replace(/ short \S+$/, ""));
    const keptLines = unshort(await treeLines(kit, built, rootId, keptBefore));
    if (JSON.stringify(keptLines) !== JSON.stringify(unshort(treeBefore))) {
      fail(`${step} ${rootId} with KEEP changed the tree`, { before: treeBefore, after: keptLines });
    }
  }
  if (checked) {
    const got = await treeLines(kit, built, rootId, keptBefore);
    const want = model.planLines(expected.rows).sort();
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      const width = Math.max(10, ...want.map((line) => line.length));
      const rows = Array.from({ length: Math.max(got.length, want.length) }, (_, index) => {
        const left = want[index] ?? "";
        const right = got[index] ?? "";
        return `${left === right ? " " : "≠"} ${left.padEnd(width)} | ${right}`;
      });
      throw new Error(
        `${step} ${rootId}: the model's tree (left) and the API's (right) differ\n${rows.join("\n")}`,
      );
    }
    apiStats.trees++;
    apiStats.nestedOrders += got.filter((line) => line.includes(" => ")).length;
    const surplus = new Set(after.orders.filter((order) => order.surplus).map((order) => order.id));
    const missing = expected.surplus.filter((orderId) => !surplus.has(orderId));
    if (missing.length > 0) fail(`${step} ${rootId}: orders the model finds surplus are not`, missing);
  }
  // Orphans (below a voided order) keep their status, and nothing new is linked to them.
  const inTreeAfter = new Set(model.treeOrders(after, rootId).map((order) => order.id));
  for (const order of after.orders) {
    if (!order.ancestorIds.includes(rootId) || inTreeAfter.has(order.id)) continue;
    const was = before.orders.find((old) => old.id === order.id);
    if (was && was.status !== order.status)
      fail(`${step} ${rootId} moved orphan ${order.id}`, { was: was.status, now: order.status });
  }
  if (step === "authorize") return { checked };

  // The release's supply: what it created against what the model would, on the state it supplied from.
  const created = [...after.supplyIds]
    .filter(([supplyId]) => !before.supplyIds.has(supplyId))
    .map(([, supply]) => supply);
  for (const supply of created) {
    if (supply.orderId !== null && !inTreeAfter.has(supply.orderId)) {
      fail(`release ${rootId} supplied order ${supply.orderId}, which is not in its tree`, supply);
    }
  }
  const unordered = (
    (payload.unorderedComponents ?? []) as {
      order: { id: string };
      product: { sku: string };
      quantity: string;
      reason: string;
    }[]
  ).map((entry) => ({
    orderId: decodeId(entry.order.id),
    product: entry.product.sku.slice(built.tag.length + 1),
    quantity: entry.quantity,
    reason: entry.reason,
  }));
  // Under KEEP the release supplies the tree as it is, by its stored shortages: the model's supply all the same.
  const released = after.orders.filter(
    (order) =>
      inTreeAfter.has(order.id) &&
      order.status === "RELEASED" &&
      (order.id === rootId ||
        ["DRAFT", "PLANNED"].includes(before.orders.find((old) => old.id === order.id)?.status ?? "PLANNED")),
  );
  const atSupply: model.StoredWorld = {
    ...after,
    supplies: [...after.supplyIds]
      .filter(([supplyId]) => before.supplyIds.has(supplyId))
      .map(([, supply]) => supply),
  };
  const shortage = new Map(
    after.orders.flatMap((order) => order.rows.map((row) => [row.id, row.shortage] as const)),
  );
  const supply = model.supplyRelease(
    atSupply,
    built.catalog,
    released,
    (_, rowId) => shortage.get(rowId) ?? Q.ZERO,
  );
  const perOrder = (kind: "TRANSFER" | "PURCHASE") => {
    const result: string[] = [];
    for (const entry of created.filter((candidate) => candidate.kind === kind)) {
      for (const line of entry.lines) result.push(`${entry.orderId} ${line.product} ${line.open}`);
    }
    return result.sort();
  };
  const modelLines = (map: Map<number, Map<string, Q>>) =>
    [...map]
      .flatMap(([orderId, lines]) =>
        [...lines].map(([product, quantity]) => `${orderId} ${product} ${quantity}`),
      )
      .sort();
  const wantUnordered = supply.unordered
    .map((entry) => `${entry.orderId} ${entry.product} ${entry.quantity} ${entry.reason}`)
    .sort();
  const gotUnordered = unordered
    .map((entry) => `${entry.orderId} ${entry.product} ${Q.dec(entry.quantity)} ${entry.reason}`)
    .sort();
  const want = {
    transfers: mergeLines(modelLines(supply.transfers)),
    purchases: mergeLines(modelLines(supply.purchases)),
    unordered: wantUnordered,
  };
  const got = {
    transfers: mergeLines(perOrder("TRANSFER")),
    purchases: mergeLines(perOrder("PURCHASE")),
    unordered: gotUnordered,
  };
  if (JSON.stringify(want) !== JSON.stringify(got))
    fail(`release ${rootId}: the supply differs from the model's`, { model: want, code: got });
  apiStats.releases++;
  apiStats.transfers += got.transfers.length;
  apiStats.purchases += got.purchases.length;
  apiStats.unordered += got.unordered.length;
  return { checked, unordered };
}

/** Lines per order and product summed (how transfers and purchases split them into lines is theirs). */
function mergeLines(lines: string[]): string[] {
  const totals = new Map<string, Q>();
  for (const line of lines) {
    const [orderId, product, quantity] = line.split(" ") as [string, string, string];
    const key = `${orderId} ${product}`;
    totals.set(key, (totals.get(key) ?? Q.ZERO).plus(Q.dec(quantity)));
  }
  return [...totals].map(([key, quantity]) => `${key} ${quantity}`).sort();
}

/**
 * A tree drafted from a reorder suggestion is the tree authorizing would plan (the model's first planning), every
 * order DRAFT and holding nothing.
 */
async function expectDraftedTree(kit: TestKit, built: Built, world: ApiWorld, rootId: number) {
  const state = await snapshot(kit, built);
  const root = state.orders.find((order) => order.id === rootId) as model.StoredOrder;
  const expected = model.planTree({
    catalog: built.catalog,
    rows: root.rows.map((row) => ({ product: row.product, required: row.required, existingId: row.id })),
    stock: model.stockForPlanning(state, [root]),
    policy: world.policy,
  });
  const got = await treeLines(kit, built, rootId, new Set());
  const want = model.planLines(expected.rows).sort();
  if (JSON.stringify(got) !== JSON.stringify(want))
    fail(`the tree drafted for ${rootId} differs from the model's`, { model: want, code: got });
  const tree = model.treeOrders(state, rootId);
  const holding = tree.filter(
    (order) => order.status !== "DRAFT" || order.rows.some((row) => !row.allocated.isZero()),
  );
  if (holding.length > 0)
    fail(
      `the drafted tree of ${rootId} holds stock or is not DRAFT`,
      holding.map((order) => order.id),
    );
  apiStats.drafted++;
}

/**
 * Authorizing a sales order (Settings.salesOrderProductionStatus PLANNED) makes its line's production order for
 * the quantity the policy gives for the sold product (need = the line, pool and on order as a tree's first
 * demand), none when that is 0; its tree is planned as authorizing plans it. Returns the order's id (0: none).
 */
async function authorizeSale(kit: TestKit, built: Built, world: ApiWorld, index: number): Promise<number> {
  const before = await snapshot(kit, built);
  const root = world.roots[index] as ApiWorld["roots"][number];
  const product = built.catalog.get(root.product);
  const stock = model.stockForPlanning(before, [])(root.product);
  const { net } = model.netDemand(world.policy, {
    need: Q.dec(root.quantity),
    pool: stock.available,
    onOrder: stock.onOrder,
    min: Q.dec(product.min),
    reorder: Q.dec(product.reorder),
    first: true,
  });
  const saleId = built.sales.get(index) as string;
  await must(kit, salesOrderAuthorize, { id: saleId });
  const made = await kit.db.prisma.productionOrder.findMany({
    where: { salesOrderId: decodeId(saleId) },
    include: { lines: true },
  });
  const got = made.map((order) => `${order.status} ${q(order.lines[0]?.quantity)}`);
  const want = net.isPositive() ? [`PLANNED ${net}`] : [];
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    fail(`the sales order of root ${index} made other production orders than the model`, {
      model: want,
      code: got,
    });
  }
  const [order] = made;
  if (!order) return 0;
  const expected = model.planTree({
    catalog: built.catalog,
    rows: built.catalog.snapshot(root.product, net),
    stock: model.stockForPlanning(before, []),
    policy: world.policy,
  });
  const tree = await treeLines(kit, built, order.id, new Set());
  const plan = model.planLines(expected.rows).sort();
  if (JSON.stringify(tree) !== JSON.stringify(plan)) {
    fail(`the tree planned for the sales order of root ${index} differs from the model's`, {
      model: plan,
      code: tree,
    });
  }
  apiStats.sold++;
  return order.id;
}

/** An order of the root's tree (the root included), by a raw pick. */
function pickOrder(state: Snapshot, rootId: number, pick: number): number {
  const tree = model.treeOrders(state, rootId);
  return (tree[pick % tree.length] as model.StoredOrder).id;
}

/** Builds the world, runs its steps and checks the model and the laws after each; then complete-all/undo-all. */
export async function checkApiWorld(
  kit: TestKit,
  world: ApiWorld,
  options: ApiCheckOptions = { surplusTakes: true },
): Promise<void> {
  const built = await build(kit, world);
  apiStats.worlds++;
  for (const rootId of built.drafted) await expectDraftedTree(kit, built, world, rootId);
  let settled = true;
  const log: string[] = [];
  const runStep = async (step: ApiStep) => {
    const index = step.op === "adjust" || step.op === "purchase" ? 0 : step.root % built.roots.length;
    if (step.op === "authorize" && built.sales.has(index)) {
      log.push(`authorize the sales order of root ${index}`);
      built.roots[index] = await authorizeSale(kit, built, world, index);
      built.sales.delete(index);
    } else if (step.op === "purchase") {
      // A purchase order of the world (the releases' and the world's own), by id: placed, and received in full.
      const open = await kit.db.prisma.purchaseOrder.findMany({
        where: { locationId: { in: [built.floor, built.warehouse] }, status: { in: ["DRAFT", "ORDERED"] } },
        include: { lines: true },
        orderBy: { id: "asc" },
      });
      const purchase = open[step.pick % Math.max(open.length, 1)];
      if (purchase) {
        log.push(`purchase ${purchase.id}${step.receive ? " received" : " placed"}`);
        const id = globalId("PurchaseOrder", purchase.id);
        if (purchase.status === "DRAFT") await must(kit, purchaseOrderPlace, { id });
        if (step.receive) {
          const lines = purchase.lines
            .filter((line) => q(line.quantity).gt(q(line.receivedQuantity)))
            .map((line) => ({
              lineId: globalId("PurchaseOrderLine", line.id),
              quantity: `${q(line.quantity).minus(q(line.receivedQuantity))}`,
            }));
          if (lines.length > 0) await must(kit, purchaseOrderReceive, { id, lines });
        }
        apiStats.purchased++;
      }
    } else if (step.op !== "adjust" && !built.roots[index]) {
      // A root its sales order did not need (stock covered the line), or not made yet: nothing to do.
    } else if (step.op === "authorize" || step.op === "release") {
      const rootId = built.roots[step.root % built.roots.length] as number;
      log.push(`${step.op} root ${step.root} (${rootId})`);
      await planningStep(
        kit,
        built,
        world,
        rootId,
        step.op,
        step.op === "release" ? step.choice : "RECALCULATE",
      );
    } else if (step.op === "complete") {
      const rootId = built.roots[step.root % built.roots.length] as number;
      const before = await snapshot(kit, built);
      const target = pickOrder(before, rootId, step.pick);
      log.push(`complete ${target} (tree of root ${step.root})`);
      const { userErrors } = await send(kit, productionOrderComplete, {
        id: globalId("ProductionOrder", target),
      });
      if (userErrors.some((error) => !["INVALID_STATUS", "INSUFFICIENT_STOCK"].includes(error.code))) {
        fail(`complete ${target}`, userErrors);
      }
      if (userErrors.length === 0) {
        apiStats.completed++;
        // Completion consumes what the rows call for, their planned shortage included, from whatever is on hand
        // (the rules check consumption against on hand only): that part is stock the plan gave other orders, taken
        // as a negative adjustment takes it, so "taken <= there is" no longer holds for the plans made before.
        const rows = before.orders.find((order) => order.id === target)?.rows ?? [];
        if (rows.some((row) => row.shortage.gt(Q.ZERO))) settled = false;
      }
    } else if (step.op === "undo" || step.op === "void") {
      const rootId = built.roots[step.root % built.roots.length] as number;
      const target = pickOrder(await snapshot(kit, built), rootId, step.pick);
      log.push(`${step.op} ${target} (tree of root ${step.root})`);
      const { userErrors } = await send(kit, step.op === "undo" ? productionOrderUndo : productionOrderVoid, {
        id: globalId("ProductionOrder", target),
      });
      if (userErrors.some((error) => error.code !== "INVALID_STATUS"))
        fail(`${step.op} ${target}`, userErrors);
      if (userErrors.length === 0) apiStats[step.op === "undo" ? "undone" : "voided"]++;
      if (step.op === "void" && userErrors.length === 0) settled = false;
    } else {
      log.push(`adjust ${step.product} ${step.at} ${step.quantity}`);
      const { userErrors } = await send(kit, stockAdjust, {
        input: {
          type: "OTHER",
          lines: [
            {
              locationId: globalId("Location", step.at === "FLOOR" ? built.floor : built.warehouse),
              productId: globalId("Product", built.products.get(step.product) as number),
              quantity: step.quantity,
            },
          ],
        },
      });
      if (userErrors.some((error) => error.code !== "INSUFFICIENT_STOCK")) fail("adjust", userErrors);
      if (userErrors.length === 0 && Q.dec(step.quantity).lt(Q.ZERO)) settled = false;
    }
    await expectLaws(kit, built, await snapshot(kit, built), settled, world.policy, options);
  };
  try {
    for (const step of world.steps) await runStep(step);
    await expectCompleteAllUndoAll(kit, built);
  } catch (error) {
    if (error instanceof Error) error.message = `${error.message}\nsteps: ${log.join("; ")}`;
    throw error;
  }
}

/**
 * Completing every released order (deepest first) and undoing all of it (in reverse: the completion, then the
 * start the completion made) restores every figure.
 */
async function expectCompleteAllUndoAll(kit: TestKit, built: Built) {
  const figures = async () => {
    const state = await snapshot(kit, built);
    return {
      levels: [...state.levels]
        .map(([key, level]) => `${key} ${level.onHand}/${level.allocated}/${level.onOrder}`)
        .sort(),
      orders: state.orders.map((order) => `${order.id} ${order.status}`),
    };
  };
  const before = await figures();
  const state = await snapshot(kit, built);
  const released = state.orders
    .filter((order) => order.status === "RELEASED")
    .sort((a, b) => b.ancestorIds.length - a.ancestorIds.length || b.id - a.id);
  if (released.length === 0) return;
  await must(kit, settingsUpdate, { input: { allowNegativeStock: true } });
  try {
    const completed: number[] = [];
    for (const order of released) {
      await must(kit, productionOrderComplete, { id: globalId("ProductionOrder", order.id) });
      completed.push(order.id);
    }
    for (const orderId of completed.reverse()) {
      await must(kit, productionOrderUndo, { id: globalId("ProductionOrder", orderId) });
      await must(kit, productionOrderUndo, { id: globalId("ProductionOrder", orderId) });
    }
  } finally {
    await must(kit, settingsUpdate, { input: { allowNegativeStock: false } });
  }
  expect(await figures(), "complete-all then undo-all").toEqual(before);
  apiStats.completedAll++;
  const ledger = await ledgerMismatches(kit.db);
  if (ledger.length > 0) fail("after complete-all/undo-all, stock levels differ from the ledger", ledger);
  const reservations = await reservationMismatches(kit.db);
  if (reservations.length > 0) fail("after complete-all/undo-all, reservations differ", reservations);
}
