import { builder } from "./builder.ts";
import "./access.ts";
import "./bom/boms.ts";
import "./bom/explosion.ts";
import "./bom/run.ts";
import "./bom/where-used.ts";
import "./catalog/locations.ts";
import "./catalog/partners.ts";
import "./catalog/products.ts";
import "./inventory/adjustments.ts";
import "./inventory/ledger.ts";
import "./live.ts";
import "./nodes.ts";
import "./orders/production/operations.ts";
import "./orders/production/order.ts";
import "./orders/production/schedule.ts";
import "./orders/production/reports.ts";
import "./orders/production/tree.ts";
import "./orders/purchasing.ts";
import "./orders/reorder.ts";
import "./orders/sales.ts";
import "./orders/transfers.ts";
import "./scan.ts";
import "./settings.ts";

/**
 * The whole API; each imported module adds its area's types, queries and mutations to the builder. The folders
 * are named as src/domain's: what a module's fields call lives under the same path there.
 */
export const schema = builder.toSchema({ sortSchema: true });
