import { type ExplosionNode, explodeBom, NodeKind, type Requirement } from "../../domain/bom/explosion.ts";
import { dec } from "../../domain/decimal.ts";
import { builder } from "../builder.ts";
import { LocationRef } from "../catalog/locations.ts";
import { ProductRef } from "../catalog/products.ts";
import { bomWideListCost } from "../cost.ts";
import { runRead } from "../payload.ts";
import { BomRef } from "./boms.ts";

/** A BOM exploded down every level: its nodes, what it consumes, its cost. */

const BomNodeKindEnum = builder.enumType("BomNodeKind", {
  values: Object.values(NodeKind),
  description:
    "SIMPLE: nothing exploded below it (bought); PRODUCED / ASSEMBLED: its default production / assembly BOM is " +
    "exploded; PHANTOM: an auto-assembled BOM whose lines count as its parent's.",
});

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
      complexity: bomWideListCost,
      description: "Every node, depth-first, siblings in line order; the top first.",
      resolve: (explosion) => explosion.nodes,
    }),
    requirements: t.field({
      type: [BomRequirementRef],
      complexity: bomWideListCost,
      description: "What the explosion consumes, per component (by SKU).",
      resolve: (explosion) => explosion.requirements,
    }),
    cost: t.field({ type: BomCostRollupRef, resolve: (explosion) => explosion.cost }),
  }),
});

builder.queryFields((t) => ({
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
}));
