import { builder } from "./builder.ts";
import "./access.ts";
import "./bom/boms.ts";
import "./inventory/inventory.ts";
import "./catalog/locations.ts";
import "./nodes.ts";
import "./orders/production/tree.ts";
import "./catalog/partners.ts";
import "./orders/production/order.ts";
import "./catalog/products.ts";
import "./orders/purchasing.ts";
import "./orders/reorder.ts";
import "./orders/sales.ts";
import "./orders/production/schedule.ts";
import "./live.ts";
import "./orders/transfers.ts";

/** The whole API; each imported module adds its domain's types, queries and mutations to the builder. */
export const schema = builder.toSchema({ sortSchema: true });
