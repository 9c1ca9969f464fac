import { type ExplosionNode, explodeBom, NodeKind, type Requirement } from "../../domain/bom/explosion.ts";
import { dec, formatDecimal } from "../../domain/decimal.ts";
import { builder } from "../builder.ts";
import { LocationRef } from "../catalog/locations.ts";
import { ProductRef } from "../catalog/products.ts";
import { bomWideListCost } from "../cost.ts";
import { cacheId } from "../nodes.ts";
import { runRead } from "../payload.ts";
import { BomRef } from "./boms.ts";

/** A BOM exploded down every level: its nodes, what it consumes, its cost. */

const BomNodeKindEnum = builder.enumType("BomNodeKind", {
  values: Object.values(NodeKind),
  description:
    "SIMPLE: nothing exploded below it (bought); PRODUCED / ASSEMBLED: its default production / assembly BOM is " +
    "exploded; PHANTOM: an auto-assembled BOM whose lines count as its parent's.",
});

/** An explosion, with the key that names it among every explosion a client may read (`explosionKey`). */
type ExplosionResult = Awaited<ReturnType<typeof explodeBom>> & { key: string };

/**
 * What names an explosion's figures: its product, the BOM exploded at the top, the quantity (as the Decimal
 * scalar writes it, so 5 and 5.000 are one explosion) and the location stock was counted at. Two explosions
 * with the same key show the same figures, read at different times.
 */
function explosionKey(explosion: Awaited<ReturnType<typeof explodeBom>>): string {
  const bom = explosion.bom?.id ?? "default";
  const location = explosion.locationId ?? "all";
  return `${explosion.product.id}:${bom}:${formatDecimal(explosion.quantity)}:${location}`;
}

/** A node, with the key of its explosion: its id is the explosion's key and its own path. */
type KeyedNode = ExplosionNode & { explosionKey: string };

/** The node id `path` would have in the explosion named `key`. */
const nodeId = (key: string, path: string) => cacheId("BomExplosionNode", `${key}:${path}`);

const BomExplosionNodeRef = builder.objectRef<KeyedNode>("BomExplosionNode").implement({
  description: "One component on one path of an explosion. Quantities are exact, shown to 6 decimals.",
  fields: (t) => ({
    id: t.id({
      description:
        "Unique to this explosion (its product, BOM, quantity and location) and this path (the top product's " +
        "id, then the BOM line ids down to here): two explosions on one page never share a node.",
      resolve: (node) => nodeId(node.explosionKey, node.id),
    }),
    parentId: t.id({
      nullable: true,
      description: "The node this one is consumed by; a phantom's children name the phantom's parent.",
      resolve: (node) => (node.parentId === null ? null : nodeId(node.explosionKey, node.parentId)),
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
    id: t.id({
      description:
        "Names the explosion by what changes its figures: product, BOM, quantity and location. Reading it again " +
        "with the same arguments gives the same id (and today's figures).",
      resolve: (explosion) => cacheId("BomExplosion", explosion.key),
    }),
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
      resolve: (explosion) => explosion.nodes.map((node) => ({ ...node, explosionKey: explosion.key })),
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
    resolve: async (_root, args, context) => {
      const explosion = await runRead(() => explodeBom(context.db.prisma, args));
      return { ...explosion, key: explosionKey(explosion) };
    },
  }),
}));
