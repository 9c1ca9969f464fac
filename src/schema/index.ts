import { builder } from "./builder.ts";
import "./locations.ts";
import "./partners.ts";
import "./products.ts";

/** The whole API; each imported module adds its domain's types, queries and mutations to the builder. */
export const schema = builder.toSchema({ sortSchema: true });
