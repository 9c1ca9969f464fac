import { builder } from "./builder.ts";
import "./access.ts";
import "./boms.ts";
import "./inventory.ts";
import "./locations.ts";
import "./nodes.ts";
import "./order-tree.ts";
import "./partners.ts";
import "./production-orders.ts";
import "./products.ts";
import "./purchasing.ts";
import "./reorder.ts";
import "./sales.ts";
import "./schedule.ts";
import "./subscriptions.ts";
import "./transfers.ts";

/** The whole API; each imported module adds its domain's types, queries and mutations to the builder. */
export const schema = builder.toSchema({ sortSchema: true });
