import {
  addBomLine,
  addBomOperation,
  archiveBom,
  createBom,
  removeBomLine,
  removeBomOperation,
  setDefaultBom,
  updateBom,
  updateBomLine,
  updateBomOperation,
} from "../../domain/bom/boms.ts";
import { usedBomWhere } from "../../domain/bom/replenishment.ts";
import { BomKind } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { ResourceRef } from "../catalog/locations.ts";
import { ProductRef } from "../catalog/products.ts";
import { nodeOptions } from "../nodes.ts";
import { inputAction, payloadType, rowAction, runAction } from "../payload.ts";

/** Bills of materials: their types, the list and one mutation per BOM action. */

export const BomKindEnum = builder.enumType(BomKind, {
  name: "BomKind",
  description:
    "PRODUCTION BOMs are made by production orders and may have operations; ASSEMBLY BOMs are assembled.",
});

export const BomRef = builder.prismaNode("Bom", {
  ...nodeOptions,
  description: "Makes `outputQuantity` of `product` from its lines.",
  fields: (t) => ({
    product: t.relation("product"),
    kind: t.expose("kind", { type: BomKindEnum }),
    name: t.exposeString("name"),
    outputQuantity: t.expose("outputQuantity", {
      type: "Decimal",
      description: "How much of the product one run of the BOM makes; line quantities are per this amount.",
    }),
    autoAssemble: t.exposeBoolean("autoAssemble", {
      description: "An assembly BOM that is auto-assembled is a phantom: exploded into the BOMs that use it.",
    }),
    isDefault: t.boolean({
      description: "Whether it is its product's default BOM of its kind.",
      select: { defaultFor: { select: { bomId: true } } },
      resolve: (bom) => bom.defaultFor !== null,
    }),
    lines: t.relation("lines", { query: { orderBy: [{ position: "asc" }, { id: "asc" }] } }),
    operations: t.relation("operations", { query: { orderBy: { sequence: "asc" } } }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    archivedAt: t.expose("archivedAt", {
      type: "DateTime",
      nullable: true,
      description: "Archived BOMs stay readable but are never exploded, run or edited.",
    }),
  }),
});

export const BomLineRef = builder.prismaNode("BomLine", {
  ...nodeOptions,
  fields: (t) => ({
    bom: t.relation("bom"),
    position: t.exposeInt("position"),
    component: t.relation("component"),
    quantity: t.expose("quantity", { type: "Decimal", description: "Per `outputQuantity` of the BOM." }),
    operation: t.relation("operation", {
      nullable: true,
      description: "The operation the component is consumed at; null: at the start.",
    }),
  }),
});

export const BomOperationRef = builder.prismaNode("BomOperation", {
  ...nodeOptions,
  description: "A step of a production BOM, run on a resource.",
  fields: (t) => ({
    bom: t.relation("bom"),
    sequence: t.exposeInt("sequence", { description: "Unique within the BOM; lines name operations by it." }),
    name: t.exposeString("name"),
    resource: t.relation("resource"),
    setupMinutes: t.expose("setupMinutes", { type: "Decimal", description: "Once per run." }),
    minutesPerUnit: t.expose("minutesPerUnit", { type: "Decimal", description: "Per unit of the product." }),
  }),
});

builder.prismaObjectFields("Product", (t) => ({
  bom: t.field({
    type: BomRef,
    nullable: true,
    description:
      "The BOM its replenishment uses: its default BOM of the kind the replenishment names (none when purchased).",
    select: (_args, _context, nestedSelection) => ({
      boms: nestedSelection({ where: usedBomWhere, take: 1 }),
    }),
    resolve: (product) => product.boms[0] ?? null,
  }),
  boms: t.relation("boms", {
    description: "Its BOMs, oldest first.",
    args: {
      kind: t.arg({ type: BomKindEnum, required: false }),
      includeArchived: t.arg.boolean({ required: false, defaultValue: false }),
    },
    query: (args) => ({
      where: {
        ...(args.kind ? { kind: args.kind } : {}),
        ...(args.includeArchived ? {} : { archivedAt: null }),
      },
      orderBy: { id: "asc" },
    }),
  }),
}));

/** The filters of `boms` as a Prisma where: its page and its count read it. */
function bomsWhere(args: {
  productId?: number | null;
  kind?: BomKind | null;
  includeArchived?: boolean | null;
}) {
  return {
    ...(args.productId ? { productId: args.productId } : {}),
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.includeArchived ? {} : { archivedAt: null }),
  };
}

builder.queryFields((t) => ({
  boms: t.prismaConnection(
    {
      type: "Bom",
      cursor: "id",
      authScopes: { authenticated: true },
      description: "BOMs, oldest first; filter by product and kind.",
      args: {
        productId: t.arg.rowID({ for: ProductRef, required: false }),
        kind: t.arg({ type: BomKindEnum, required: false }),
        includeArchived: t.arg.boolean({ required: false, defaultValue: false }),
      },
      resolve: (query, _root, args, context) =>
        context.db.prisma.bom.findMany({ ...query, where: bomsWhere(args), orderBy: { id: "asc" } }),
      totalCount: (_parent, args, context) => context.db.prisma.bom.count({ where: bomsWhere(args) }),
    },
    { name: "BomConnection" },
    { name: "BomEdge" },
  ),
}));

// ---------------------------------------------------------------- mutations

const BomPayload = payloadType("BomPayload", "bom", BomRef);
const BomLinePayload = payloadType("BomLinePayload", "bomLine", BomLineRef);
const BomOperationPayload = payloadType("BomOperationPayload", "bomOperation", BomOperationRef);

const OPERATION_SEQUENCE = "The sequence of one of the BOM's operations: the component is consumed there.";

const BomLineInput = builder.inputType("BomLineInput", {
  fields: (t) => ({
    componentId: t.rowID({ for: ProductRef }),
    quantity: t.field({ type: "Decimal", description: "Per output quantity of the BOM; greater than zero." }),
    operationSequence: t.int({ required: false, description: OPERATION_SEQUENCE }),
  }),
});

const BomLineUpdateInput = builder.inputType("BomLineUpdateInput", {
  description: "Only the fields given change; a null operationSequence moves the line to the start.",
  fields: (t) => ({
    componentId: t.rowID({ for: ProductRef, required: false }),
    quantity: t.field({ type: "Decimal", required: false }),
    operationSequence: t.int({ required: false, description: OPERATION_SEQUENCE }),
  }),
});

const BomOperationInput = builder.inputType("BomOperationInput", {
  fields: (t) => ({
    sequence: t.int({ description: "Unique within the BOM, e.g. 10, 20, 30." }),
    name: t.string(),
    resourceId: t.rowID({ for: ResourceRef }),
    setupMinutes: t.field({ type: "Decimal", required: false, description: "Defaults to 0." }),
    minutesPerUnit: t.field({ type: "Decimal", required: false, description: "Defaults to 0." }),
  }),
});

const BomOperationUpdateInput = builder.inputType("BomOperationUpdateInput", {
  description: "Only the fields given change.",
  fields: (t) => ({
    sequence: t.int({ required: false }),
    name: t.string({ required: false }),
    resourceId: t.rowID({ for: ResourceRef, required: false }),
    setupMinutes: t.field({ type: "Decimal", required: false }),
    minutesPerUnit: t.field({ type: "Decimal", required: false }),
  }),
});

const BomCreateInput = builder.inputType("BomCreateInput", {
  fields: (t) => ({
    productId: t.rowID({ for: ProductRef }),
    kind: t.field({ type: BomKindEnum }),
    name: t.string(),
    outputQuantity: t.field({ type: "Decimal", required: false, description: "Defaults to 1." }),
    autoAssemble: t.boolean({
      required: false,
      description: "Assembly BOMs only: makes it a phantom. Defaults to false.",
    }),
    makeDefault: t.boolean({
      required: false,
      description: "Defaults to true when the product has no default BOM of this kind yet.",
    }),
    operations: t.field({ type: [BomOperationInput], required: false, description: "Production BOMs only." }),
    lines: t.field({ type: [BomLineInput], required: false }),
  }),
});

const BomUpdateInput = builder.inputType("BomUpdateInput", {
  description: "Only the fields given change. The product and kind of a BOM are fixed.",
  fields: (t) => ({
    name: t.string({ required: false }),
    outputQuantity: t.field({ type: "Decimal", required: false }),
    autoAssemble: t.boolean({ required: false }),
  }),
});

const MANAGE = "BOM_MANAGE";

builder.mutationFields((t) => ({
  bomCreate: inputAction(t, {
    payload: BomPayload,
    permission: MANAGE,
    description: "Creates a BOM with its operations and lines. A change that would make a cycle is refused.",
    input: BomCreateInput,
    run: createBom,
  }),
  bomUpdate: rowAction(t, {
    payload: BomPayload,
    permission: MANAGE,
    ref: BomRef,
    input: BomUpdateInput,
    run: updateBom,
  }),
  bomLineAdd: t.field({
    type: BomLinePayload,
    authScopes: { permission: MANAGE },
    args: { bomId: t.arg.rowID({ for: BomRef }), input: t.arg({ type: BomLineInput }) },
    resolve: (_root, { bomId, input }, context) =>
      runAction(context, (tx, actor) => addBomLine(tx, actor, bomId, input)),
  }),
  bomLineUpdate: rowAction(t, {
    payload: BomLinePayload,
    permission: MANAGE,
    ref: BomLineRef,
    input: BomLineUpdateInput,
    run: updateBomLine,
  }),
  bomLineRemove: rowAction(t, {
    payload: BomPayload,
    permission: MANAGE,
    ref: BomLineRef,
    run: removeBomLine,
  }),
  bomOperationAdd: t.field({
    type: BomOperationPayload,
    authScopes: { permission: MANAGE },
    args: { bomId: t.arg.rowID({ for: BomRef }), input: t.arg({ type: BomOperationInput }) },
    resolve: (_root, { bomId, input }, context) =>
      runAction(context, (tx, actor) => addBomOperation(tx, actor, bomId, input)),
  }),
  bomOperationUpdate: rowAction(t, {
    payload: BomOperationPayload,
    permission: MANAGE,
    ref: BomOperationRef,
    input: BomOperationUpdateInput,
    run: updateBomOperation,
  }),
  bomOperationRemove: rowAction(t, {
    payload: BomPayload,
    permission: MANAGE,
    description: "Lines consumed at the operation are consumed at the start instead.",
    ref: BomOperationRef,
    run: removeBomOperation,
  }),
  bomSetDefault: rowAction(t, {
    payload: BomPayload,
    permission: MANAGE,
    description: "Makes the BOM its product's default of its kind (replacing the previous one).",
    ref: BomRef,
    run: setDefaultBom,
  }),
  bomArchive: rowAction(t, {
    payload: BomPayload,
    permission: MANAGE,
    description: "Archives the BOM; if it was a default, its product has no default of that kind afterwards.",
    ref: BomRef,
    run: archiveBom,
  }),
}));
