import type { Tx } from "../../../../db/database.ts";
import type { Dec } from "../../../decimal.ts";
import { readSettings } from "../../../settings.ts";
import { PlanningFacts } from "./facts.ts";
import { netDemand } from "./policy.ts";

/**
 * What demands from outside a tree (a sales order's lines) net to under the quantity policy, as nested orders do:
 * the stock at the floor and its connected warehouse counts, each product's once across the demands, in their
 * order. Returns the quantity to make for each demand (zero when stock covers it).
 */
export async function netDemandAt(
  tx: Tx,
  floor: { id: number; connectedWarehouseId: number | null },
  demands: readonly { productId: number; quantity: Dec }[],
): Promise<Dec[]> {
  const { quantityPolicy } = await readSettings(tx);
  const facts = new PlanningFacts(
    tx,
    { locationId: floor.id, connectedWarehouseId: floor.connectedWarehouseId },
    { orderIds: [], onOrder: new Map(), awaitingConsumption: new Map() },
  );
  await facts.loadProducts(demands.map((demand) => demand.productId));
  const pools = new Map<number, Dec>();
  return demands.map((demand) => {
    const product = facts.product(demand.productId);
    const stock = facts.stockOf(product.id);
    const { net, poolAfter } = netDemand(quantityPolicy, {
      need: demand.quantity,
      pool: pools.get(product.id) ?? stock.available,
      onOrder: stock.onOrder,
      minBeforeReorder: product.minBeforeReorder,
      reorderQuantity: product.reorderQuantity,
      first: !pools.has(product.id),
    });
    pools.set(product.id, poolAfter);
    return net;
  });
}
