import { QuantityPolicy } from "../../../../generated/prisma/enums.ts";
import { Dec, ZERO } from "../../../decimal.ts";

/**
 * How much a nested order makes for one demand, under the quantity policy (a setting), and what stock is left
 * for the demands after it. Pure: the planner walks the demands in order and threads `pool` through.
 */

export interface Demand {
  /** What the parent's component line needs. */
  need: Dec;
  /** Available at the order's location plus its connected warehouse, after the earlier demands took theirs. */
  pool: Dec;
  /** Open purchases and production of the product at those locations (REQUIRED_PLUS_MIN_STOCK only). */
  onOrder: Dec;
  minBeforeReorder: Dec;
  reorderQuantity: Dec;
  /** The product's first demand in this plan (REQUIRED_PLUS_MIN_STOCK tops stock up once). */
  first: boolean;
}

export interface Netted {
  /** What to make (0: stock covers it). */
  net: Dec;
  /** The pool for the next demand of the same product. */
  poolAfter: Dec;
}

export function netDemand(policy: QuantityPolicy, demand: Demand): Netted {
  const { need, pool } = demand;
  let net: Dec;
  // The on order REQUIRED_PLUS_MIN_STOCK counts for the first demand: it covers that demand as stock would.
  let countedOnOrder = ZERO;
  switch (policy) {
    case QuantityPolicy.QUANTITY_REQUIRED:
      net = need.minus(pool);
      break;
    case QuantityPolicy.SHORTAGE_ONLY:
      net = need.minus(Dec.max(pool, ZERO));
      break;
    case QuantityPolicy.REQUIRED_PLUS_MIN_STOCK:
      if (demand.first) {
        countedOnOrder = demand.onOrder;
        net = need
          .plus(demand.minBeforeReorder)
          .plus(demand.reorderQuantity)
          .minus(pool.plus(countedOnOrder));
      } else {
        net = need.minus(pool);
      }
      break;
  }
  net = Dec.max(net, ZERO);
  // What the demand leaves: the stock it did not take, plus what it (and the on order it counted) brings beyond
  // its own shortfall only when that covers a negative balance (SHORTAGE_ONLY leaves a negative balance as it
  // was). A top-up for minimum stock stays in stock: later demands never count it; and what on order covered is
  // covered, so a later demand does not make it up again.
  const poolAfter = Dec.min(pool.plus(countedOnOrder).plus(net).minus(need), Dec.max(pool.minus(need), ZERO));
  return { net, poolAfter };
}

/** `net` split into orders of at most `maxBatchSize` (full batches first); one order without a maximum. */
export function splitIntoBatches(net: Dec, maxBatchSize: Dec | null): Dec[] {
  if (net.lte(ZERO)) return [];
  if (!maxBatchSize || maxBatchSize.lte(ZERO) || net.lte(maxBatchSize)) return [net];
  const full = net.dividedToIntegerBy(maxBatchSize).toNumber();
  const rest = net.minus(maxBatchSize.times(full));
  const batches: Dec[] = Array.from({ length: full }, () => maxBatchSize);
  if (rest.gt(ZERO)) batches.push(rest);
  return batches;
}
