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
import { type ExplosionNode, explodeBom, NodeKind, type Requirement } from "../../domain/bom/explosion.ts";
import { usedBomWhere } from "../../domain/bom/replenishment.ts";
import { runBom } from "../../domain/bom/run.ts";
import { type WhereUsed, whereUsed } from "../../domain/bom/where-used.ts";
import { dec } from "../../domain/decimal.ts";
import { BomKind } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { LocationRef, ResourceRef } from "../catalog/locations.ts";
import { ProductRef } from "../catalog/products.ts";
import { payloadType, runAction, runRead } from "../payload.ts";

/** Bills of materials: their types, the explosion and where-used reads, and one mutation per BOM action. */

export const BomKindEnum = builder.enumType(BomKind, {
  name: "BomKind",
  description:
    "PRODUCTION BOMs are made by production orders and may have operations; ASSEMBLY BOMs are assembled.",
});

const BomNodeKindEnum = builder.enumType("BomNodeKind", {
  values: Object.values(NodeKind),
  description:
    "SIMPLE: nothing exploded below it (bought); PRODUCED / ASSEMBLED: its default production / assembly BOM is " +
    "exploded; PHANTOM: an auto-assembled BOM whose lines count as its parent's.",
});

export const BomRef = builder.prismaNode("Bom", {
  id: { field: "id" },
  nullable: true,
  authScopes: { authenticated: true },
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
  id: { field: "id" },
  nullable: true,
  authScopes: { authenticated: true },
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
  id: { field: "id" },
  nullable: true,
  authScopes: { authenticated: true },
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

export const BomRunRef = builder.prismaNode("BomRun", {
  id: { field: "id" },
  nullable: true,
  authScopes: { authenticated: true },
  description: 'An "add to inventory" on a BOM: made (or, negative, reversed) at once without an order.',
  fields: (t) => ({
    bom: t.relation("bom"),
    location: t.relation("location"),
    quantity: t.expose("quantity", { type: "Decimal" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    movements: t.relation("movements", {
      description: "The ledger movements it posted: the output and each consumed component.",
      query: { orderBy: { id: "asc" } },
    }),
  }),
});

builder.prismaObjectFields("StockMovement", (t) => ({
  bomRun: t.relation("bomRun", { nullable: true, description: "The BOM run that posted it, if one did." }),
}));

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

// ---------------------------------------------------------------- explosion and where-used

type ExplosionResult = Awaited<ReturnType<typeof explodeBom>>;

const BomExplosionNodeRef = builder.objectRef<ExplosionNode>("BomExplosionNode").implement({
  description: "One component on one path of an explosion. Quantities are exact, shown to 6 decimals.",
  fields: (t) => ({
    id: t.exposeID("id", {
      description: "The path: the top product's id, then the BOM line ids down to here.",
    }),
    parentId: t.exposeID("parentId", {
      nullable: true,
      description: "The node this one is consumed by; a phantom's children name the phantom's parent.",
    }),
    level: t.exposeInt("level", {
      description: "0 at the top; a phantom's children share the phantom's level.",
    }),
    path: t.exposeString("path", {
      description: 'SKUs from the top down to here, phantoms included: "BIKE > WHEEL > SPOKE".',
    }),
    component: t.field({ type: ProductRef, resolve: (node) => node.component }),
    kind: t.field({ type: BomNodeKindEnum, resolve: (node) => node.kind }),
    bom: t.prismaField({
      type: "Bom",
      nullable: true,
      description:
        "The BOM exploded for it: the default its replenishment names (the given one at the top). " +
        "One more SQL statement per request, for all nodes together.",
      resolve: (query, node, _args, context) =>
        node.bomId === null
          ? null
          : context.db.prisma.bom.findUnique({ ...query, where: { id: node.bomId } }),
    }),
    quantityPerParent: t.expose("quantityPerParent", {
      type: "Decimal",
      nullable: true,
      description: "Per one unit of the parent node; null at the top.",
    }),
    totalQuantity: t.expose("totalQuantity", {
      type: "Decimal",
      description: "For the whole exploded quantity, through every level's output quantity.",
    }),
    onHand: t.expose("onHand", {
      type: "Decimal",
      description: "At the location and its connected warehouse.",
    }),
    available: t.expose("available", {
      type: "Decimal",
      description: "On hand minus allocated, same places.",
    }),
    shortage: t.expose("shortage", {
      type: "Decimal",
      description: "What stock cannot cover: max(0, total - max(available, 0)); 0 for phantoms.",
    }),
  }),
});

const BomRequirementRef = builder.objectRef<Requirement>("BomRequirement").implement({
  description: "One component the explosion consumes, summed over every path it is on.",
  fields: (t) => ({
    component: t.field({ type: ProductRef, resolve: (requirement) => requirement.component }),
    quantity: t.expose("quantity", { type: "Decimal" }),
    onHand: t.expose("onHand", { type: "Decimal" }),
    available: t.expose("available", { type: "Decimal" }),
    shortage: t.expose("shortage", { type: "Decimal" }),
  }),
});

const BomCostRollupRef = builder.objectRef<ExplosionResult["cost"]>("BomCostRollup").implement({
  description: "Material cost of the requirements (product cost) and operation time of every BOM exploded.",
  fields: (t) => ({
    materialCostPerUnit: t.expose("materialCostPerUnit", { type: "Decimal" }),
    materialCost: t.expose("materialCost", { type: "Decimal", description: "For the whole quantity." }),
    setupMinutes: t.expose("setupMinutes", { type: "Decimal", description: "Once per exploded BOM." }),
    runMinutesPerUnit: t.expose("runMinutesPerUnit", { type: "Decimal" }),
    operationMinutesPerUnit: t.expose("operationMinutesPerUnit", {
      type: "Decimal",
      description: "Operation minutes divided by the quantity (setup shared out).",
    }),
    operationMinutes: t.expose("operationMinutes", {
      type: "Decimal",
      description: "Setup plus run minutes per unit times the quantity.",
    }),
  }),
});

const BomExplosionRef = builder.objectRef<ExplosionResult>("BomExplosion").implement({
  description: "A whole multi-level explosion, read in one round of SQL whatever its depth.",
  fields: (t) => ({
    product: t.field({ type: ProductRef, resolve: (explosion) => explosion.product }),
    bom: t.field({
      type: BomRef,
      nullable: true,
      description:
        "The BOM exploded at the top: the given one, or the product's default its replenishment names.",
      resolve: (explosion) => explosion.bom,
    }),
    quantity: t.expose("quantity", { type: "Decimal" }),
    location: t.prismaField({
      type: "Location",
      nullable: true,
      description: "Where stock was counted (with its connected warehouse); null: every location.",
      resolve: (query, explosion, _args, context) =>
        explosion.locationId === null
          ? null
          : context.db.prisma.location.findUnique({ ...query, where: { id: explosion.locationId } }),
    }),
    nodes: t.field({
      type: [BomExplosionNodeRef],
      description: "Every node, depth-first, siblings in line order; the top first.",
      resolve: (explosion) => explosion.nodes,
    }),
    requirements: t.field({
      type: [BomRequirementRef],
      description: "What the explosion consumes, per component (by SKU).",
      resolve: (explosion) => explosion.requirements,
    }),
    cost: t.field({ type: BomCostRollupRef, resolve: (explosion) => explosion.cost }),
  }),
});

const BomWhereUsedRef = builder.objectRef<WhereUsed>("BomWhereUsed").implement({
  description: "A product that contains the component, on one path.",
  fields: (t) => ({
    product: t.field({ type: ProductRef, resolve: (used) => used.product }),
    bom: t.prismaField({
      type: "Bom",
      description: "The product's BOM on the path. Prisma batches these lookups into one query.",
      resolve: (query, used, _args, context) =>
        context.db.prisma.bom.findUniqueOrThrow({ ...query, where: { id: used.bomId } }),
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
  boms: t.prismaConnection({
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
      context.db.prisma.bom.findMany({
        ...query,
        where: {
          ...(args.productId ? { productId: args.productId } : {}),
          ...(args.kind ? { kind: args.kind } : {}),
          ...(args.includeArchived ? {} : { archivedAt: null }),
        },
        orderBy: { id: "asc" },
      }),
  }),
  bomExplosion: t.field({
    type: BomExplosionRef,
    authScopes: { authenticated: true },
    description:
      "Explodes a product (through the default BOM its replenishment names) or a given BOM for `quantity` " +
      "units, down every level. Stock is counted at the location plus its connected warehouse (every " +
      "location when none is given). Archived products and BOMs are not exploded.",
    args: {
      productId: t.arg.rowID({ for: ProductRef, required: false }),
      bomId: t.arg.rowID({ for: BomRef, required: false }),
      quantity: t.arg({ type: "Decimal", required: false, defaultValue: dec(1) }),
      locationId: t.arg.rowID({ for: LocationRef, required: false }),
    },
    resolve: (_root, args, context) => runRead(() => explodeBom(context.db.prisma, args)),
  }),
  bomWhereUsed: t.field({
    type: [BomWhereUsedRef],
    authScopes: { authenticated: true },
    description:
      "Every product that contains the component at any depth, once per path, through the BOMs explosions use.",
    args: { componentId: t.arg.rowID({ for: ProductRef }) },
    resolve: (_root, args, context) => runRead(() => whereUsed(context.db.prisma, args)),
  }),
}));

// ---------------------------------------------------------------- mutations

const BomPayload = payloadType("BomPayload", "bom", BomRef);
const BomLinePayload = payloadType("BomLinePayload", "bomLine", BomLineRef);
const BomOperationPayload = payloadType("BomOperationPayload", "bomOperation", BomOperationRef);
const BomRunPayload = payloadType("BomRunPayload", "bomRun", BomRunRef);

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

const BomRunInput = builder.inputType("BomRunInput", {
  fields: (t) => ({
    bomId: t.rowID({ for: BomRef }),
    locationId: t.rowID({ for: LocationRef }),
    quantity: t.field({ type: "Decimal", description: "Units to make now; negative reverses that many." }),
  }),
});

const manage = { permission: "BOM_MANAGE" } as const;

builder.mutationFields((t) => ({
  bomCreate: t.field({
    type: BomPayload,
    authScopes: manage,
    description: "Creates a BOM with its operations and lines. A change that would make a cycle is refused.",
    args: { input: t.arg({ type: BomCreateInput }) },
    resolve: (_root, { input }, context) => runAction(context, (tx) => createBom(tx, context.viewer, input)),
  }),
  bomUpdate: t.field({
    type: BomPayload,
    authScopes: manage,
    args: { id: t.arg.rowID({ for: BomRef }), input: t.arg({ type: BomUpdateInput }) },
    resolve: (_root, { id, input }, context) =>
      runAction(context, (tx) => updateBom(tx, context.viewer, id, input)),
  }),
  bomLineAdd: t.field({
    type: BomLinePayload,
    authScopes: manage,
    args: { bomId: t.arg.rowID({ for: BomRef }), input: t.arg({ type: BomLineInput }) },
    resolve: (_root, { bomId, input }, context) =>
      runAction(context, (tx) => addBomLine(tx, context.viewer, bomId, input)),
  }),
  bomLineUpdate: t.field({
    type: BomLinePayload,
    authScopes: manage,
    args: { id: t.arg.rowID({ for: BomLineRef }), input: t.arg({ type: BomLineUpdateInput }) },
    resolve: (_root, { id, input }, context) =>
      runAction(context, (tx) => updateBomLine(tx, context.viewer, id, input)),
  }),
  bomLineRemove: t.field({
    type: BomPayload,
    authScopes: manage,
    args: { id: t.arg.rowID({ for: BomLineRef }) },
    resolve: (_root, { id }, context) => runAction(context, (tx) => removeBomLine(tx, context.viewer, id)),
  }),
  bomOperationAdd: t.field({
    type: BomOperationPayload,
    authScopes: manage,
    args: { bomId: t.arg.rowID({ for: BomRef }), input: t.arg({ type: BomOperationInput }) },
    resolve: (_root, { bomId, input }, context) =>
      runAction(context, (tx) => addBomOperation(tx, context.viewer, bomId, input)),
  }),
  bomOperationUpdate: t.field({
    type: BomOperationPayload,
    authScopes: manage,
    args: { id: t.arg.rowID({ for: BomOperationRef }), input: t.arg({ type: BomOperationUpdateInput }) },
    resolve: (_root, { id, input }, context) =>
      runAction(context, (tx) => updateBomOperation(tx, context.viewer, id, input)),
  }),
  bomOperationRemove: t.field({
    type: BomPayload,
    authScopes: manage,
    description: "Lines consumed at the operation are consumed at the start instead.",
    args: { id: t.arg.rowID({ for: BomOperationRef }) },
    resolve: (_root, { id }, context) =>
      runAction(context, (tx) => removeBomOperation(tx, context.viewer, id)),
  }),
  bomSetDefault: t.field({
    type: BomPayload,
    authScopes: manage,
    description: "Makes the BOM its product's default of its kind (replacing the previous one).",
    args: { id: t.arg.rowID({ for: BomRef }) },
    resolve: (_root, { id }, context) => runAction(context, (tx) => setDefaultBom(tx, context.viewer, id)),
  }),
  bomArchive: t.field({
    type: BomPayload,
    authScopes: manage,
    description: "Archives the BOM; if it was a default, its product has no default of that kind afterwards.",
    args: { id: t.arg.rowID({ for: BomRef }) },
    resolve: (_root, { id }, context) => runAction(context, (tx) => archiveBom(tx, context.viewer, id)),
  }),
  bomRun: t.field({
    type: BomRunPayload,
    authScopes: { permission: "INVENTORY_ADJUST" },
    description:
      "Add to inventory: makes the quantity at the location now, without an order, consuming the components " +
      "there (phantoms exploded); a negative quantity reverses it. Short stock is refused unless negative " +
      "stock is allowed; nothing is written then.",
    args: { input: t.arg({ type: BomRunInput }) },
    resolve: (_root, { input }, context) => runAction(context, (tx) => runBom(tx, context.viewer, input)),
  }),
}));
