import type { InputFieldBuilder } from "@pothos/core";
import { deriveReplenishment, productsReplenishedBy } from "../../domain/bom/replenishment.ts";
import {
  archiveProduct,
  createProduct,
  productIdsMatching,
  updateProduct,
} from "../../domain/catalog/products.ts";
import { productByCode } from "../../domain/scan/lookup.ts";
import { likeLiteral } from "../../domain/search.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { Replenishment } from "../../generated/prisma/enums.ts";
import { builder, type Context, type Types } from "../builder.ts";
import { listSort } from "../lists.ts";
import { requestOnce } from "../loaders.ts";
import { nodeOptions } from "../nodes.ts";
import { inputAction, payloadType, rowAction, runRead } from "../payload.ts";
import { SupplierRef } from "./partners.ts";

export const ReplenishmentEnum = builder.enumType(Replenishment, {
  name: "Replenishment",
  description: "How a product is replenished: bought, produced by an order, or assembled.",
});

export const ProductRef = builder.prismaNode("Product", {
  ...nodeOptions,
  fields: (t) => ({
    sku: t.exposeString("sku"),
    name: t.exposeString("name"),
    unit: t.exposeString("unit"),
    cost: t.expose("cost", { type: "Decimal", description: "Cost of one unit." }),
    leadTimeDays: t.exposeInt("leadTimeDays"),
    minBeforeReorder: t.expose("minBeforeReorder", { type: "Decimal" }),
    reorderQuantity: t.expose("reorderQuantity", { type: "Decimal" }),
    maxBatchSize: t.expose("maxBatchSize", {
      type: "Decimal",
      nullable: true,
      description: "Nested orders for it are split into orders of at most this quantity; null: no maximum.",
    }),
    replenishment: t.field({
      type: ReplenishmentEnum,
      description:
        "The explicit choice, else derived from the product's default BOMs: a production BOM -> PRODUCE, " +
        "else an assembly BOM -> ASSEMBLE, else PURCHASE.",
      select: { replenishment: true, defaultBoms: { select: { kind: true } } },
      resolve: (product) =>
        deriveReplenishment(
          product.replenishment,
          product.defaultBoms.map((bomDefault) => bomDefault.kind),
        ),
    }),
    primarySupplier: t.relation("primarySupplier", { nullable: true }),
    barcodes: t.field({
      type: ["String"],
      select: { barcodes: { select: { code: true }, orderBy: { id: "asc" } } },
      resolve: (product) => product.barcodes.map((barcode) => barcode.code),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
  }),
});

const productSort = listSort<"SKU" | "NAME" | "UPDATED_AT", Prisma.ProductOrderByWithRelationInput>(
  { input: "ProductSort", field: "ProductSortField" },
  {
    SKU: { description: "By SKU.", by: (direction) => ({ sku: direction }), unique: true },
    NAME: { description: "By name.", by: (direction) => ({ name: direction }) },
    UPDATED_AT: {
      description: "By the time of the last change.",
      by: (direction) => ({ updatedAt: direction }),
    },
  },
  { field: "SKU", direction: "ASC" },
);

/** The filters of `products` as a Prisma where: its page and its count read it. */
async function productsWhere(
  context: Context,
  args: { search?: string | null; replenishment?: Replenishment | null; includeArchived?: boolean | null },
): Promise<Prisma.ProductWhereInput> {
  const filters: Prisma.ProductWhereInput[] = [
    args.includeArchived ? {} : { archivedAt: null },
    args.replenishment ? productsReplenishedBy(args.replenishment) : {},
  ];
  if (args.search) {
    const term = args.search;
    const ids = await requestOnce(context, `productSearch:${term}`, () =>
      productIdsMatching(context.db.prisma, term),
    );
    filters.push(
      ids
        ? { id: { in: ids } }
        : {
            OR: [
              { sku: { contains: likeLiteral(args.search), mode: "insensitive" } },
              { name: { contains: likeLiteral(args.search), mode: "insensitive" } },
              { barcodes: { some: { code: args.search } } },
            ],
          },
    );
  }
  return { AND: filters };
}

builder.queryFields((t) => ({
  products: t.prismaConnection(
    {
      type: "Product",
      cursor: "id",
      authScopes: { authenticated: true },
      description:
        "Products, by SKU unless `orderBy` says otherwise; `search` matches a part of the SKU or the name " +
        "(ignoring case) or a whole barcode.",
      args: {
        search: t.arg.string({ required: false }),
        orderBy: productSort.arg(t.arg),
        replenishment: t.arg({ type: ReplenishmentEnum, required: false }),
        includeArchived: t.arg.boolean({ required: false, defaultValue: false }),
      },
      resolve: async (query, _root, args, context) =>
        context.db.prisma.product.findMany({
          ...query,
          where: await productsWhere(context, args),
          orderBy: productSort.orderBy(args.orderBy),
        }),
      totalCount: async (_parent, args, context) =>
        context.db.prisma.product.count({ where: await productsWhere(context, args) }),
    },
    { name: "ProductConnection" },
    { name: "ProductEdge" },
  ),
  productByBarcode: t.field({
    type: ProductRef,
    nullable: true,
    authScopes: { authenticated: true },
    description:
      "The product a scanned code names: the barcode as sent, else the SKU (both ignoring case), else a " +
      "barcode of another form of the GTIN the code is or holds (a GS1 element string's (01)); null when none. " +
      "`scan` finds every kind of record.",
    args: { code: t.arg.string() },
    // The product's row comes with the lookup: a scanner's usual selection (scalars) costs one statement. A plain
    // field, not a prismaField: the row holds no selection, so when a field below selects relations (barcodes,
    // stock levels) the Prisma plugin reads the product again by its id with them.
    resolve: (_root, args, context) => runRead(() => productByCode(context.db.prisma, args.code, new Date())),
  }),
}));

const SKU_RULE = "Unique; letters, digits and . _ - /";

/** How a product is costed and replenished: optional when it is created, and changed alike by an update. */
function replenishingFields(t: InputFieldBuilder<Types, "InputObject">) {
  return {
    cost: t.field({ type: "Decimal", required: false }),
    leadTimeDays: t.int({ required: false }),
    minBeforeReorder: t.field({ type: "Decimal", required: false }),
    reorderQuantity: t.field({ type: "Decimal", required: false }),
    maxBatchSize: t.field({
      type: "Decimal",
      required: false,
      description: "Greater than zero; null: no maximum.",
    }),
    primarySupplierId: t.rowID({ for: SupplierRef, required: false }),
  };
}

const ProductPayload = payloadType("ProductPayload", "product", ProductRef);

const ProductCreateInput = builder.inputType("ProductCreateInput", {
  fields: (t) => ({
    sku: t.string({ description: SKU_RULE }),
    name: t.string(),
    unit: t.string({ required: false, description: 'Defaults to "pcs".' }),
    ...replenishingFields(t),
    replenishment: t.field({
      type: ReplenishmentEnum,
      required: false,
      description: "Leave empty to derive it from the product's BOMs.",
    }),
    barcodes: t.stringList({ required: false }),
  }),
});

const ProductUpdateInput = builder.inputType("ProductUpdateInput", {
  description: "Only the fields given change; null clears an optional field.",
  fields: (t) => ({
    sku: t.string({ required: false, description: SKU_RULE }),
    name: t.string({ required: false }),
    unit: t.string({ required: false }),
    ...replenishingFields(t),
    replenishment: t.field({ type: ReplenishmentEnum, required: false }),
    barcodes: t.stringList({ required: false, description: "Replaces the product's barcodes." }),
  }),
});

const MANAGE = "BOM_MANAGE";

builder.mutationFields((t) => ({
  productCreate: inputAction(t, {
    payload: ProductPayload,
    permission: MANAGE,
    input: ProductCreateInput,
    run: createProduct,
  }),
  productUpdate: rowAction(t, {
    payload: ProductPayload,
    permission: MANAGE,
    ref: ProductRef,
    input: ProductUpdateInput,
    run: updateProduct,
  }),
  productArchive: rowAction(t, {
    payload: ProductPayload,
    permission: MANAGE,
    ref: ProductRef,
    run: archiveProduct,
  }),
}));
