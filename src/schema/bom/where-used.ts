import { type WhereUsed, whereUsed } from "../../domain/bom/where-used.ts";
import { builder } from "../builder.ts";
import { ProductRef } from "../catalog/products.ts";
import { bomWideListCost } from "../cost.ts";
import { loaderAt, rowsInOrderOf } from "../loaders.ts";
import { runRead } from "../payload.ts";

/** Where a component is used: every product containing it, once per path. */

const BomWhereUsedRef = builder.objectRef<WhereUsed>("BomWhereUsed").implement({
  description: "A product that contains the component, on one path.",
  fields: (t) => ({
    product: t.field({ type: ProductRef, resolve: (used) => used.product }),
    bom: t.prismaField({
      type: "Bom",
      description: "The product's BOM on the path. One query reads the BOMs of every path, each once.",
      // One statement for every path's BOM, each BOM once: a shared part's paths name the same few BOMs many
      // times, and an IN list of every path's id made PostgreSQL plan for that many rows and read Bom whole.
      resolve: (query, used, _args, context, info) =>
        loaderAt(context, info, async (ids) => {
          const boms = await context.db.prisma.bom.findMany({ ...query, where: { id: { in: [...ids] } } });
          return rowsInOrderOf(ids, boms, "BOM");
        }).load(used.bomId),
    }),
    level: t.exposeInt("level", {
      description: "1: a line of the product's BOM; 2: one level further down...",
    }),
    path: t.exposeString("path", {
      description: 'SKUs from the product down to the component: "BIKE > HUB > BOLT".',
    }),
    quantityPerUnit: t.expose("quantityPerUnit", {
      type: "Decimal",
      description: "How much of the component one unit of the product needs along this path.",
    }),
  }),
});

builder.queryFields((t) => ({
  bomWhereUsed: t.field({
    type: [BomWhereUsedRef],
    complexity: bomWideListCost,
    authScopes: { authenticated: true },
    description:
      "Every product that contains the component at any depth, once per path, through the BOMs explosions use.",
    args: { componentId: t.arg.rowID({ for: ProductRef }) },
    resolve: (_root, args, context) => runRead(() => whereUsed(context.db.prisma, args)),
  }),
}));
