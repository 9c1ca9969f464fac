import { dec } from "../../../domain/decimal.ts";
import {
  consumeForProductionOrder,
  reportProductionOutput,
  undoProductionReport,
} from "../../../domain/orders/production/reports.ts";
import { ProductionReportKind } from "../../../generated/prisma/enums.ts";
import { builder } from "../../builder.ts";
import { EmployeeRef } from "../../catalog/partners.ts";
import { ProductRef } from "../../catalog/products.ts";
import { nodeOptions } from "../../nodes.ts";
import { rowArgsAction } from "../../payload.ts";
import {
  ProductionOrderComponentRef,
  ProductionOrderLineRef,
  ProductionOrderPayload,
  ProductionOrderRef,
} from "./order.ts";

/**
 * The shop floor's stock steps on a production order (domain: src/domain/orders/production/reports.ts):
 * scan-to-consume, output reports with back-flush, their exact undo, and the reports as the order shows them.
 */

const VIEW = { permission: "PRODUCTION_VIEW" } as const;
const EXECUTE = "PRODUCTION_EXECUTE" as const;

const ProductionReportKindEnum = builder.enumType(ProductionReportKind, {
  name: "ProductionReportKind",
  description:
    "CONSUMPTION: components taken on the shop floor. OUTPUT: good units and scrap reported, components " +
    "back-flushed. COMPLETION: what remained, at the order's completion.",
});

export const ProductionReportRef = builder.prismaNode("ProductionReport", {
  ...nodeOptions,
  authScopes: VIEW,
  description:
    "One shop-floor stock step of a production order, with exactly what it consumed, produced and released: " +
    "undoing it reverses exactly that.",
  fields: (t) => ({
    order: t.relation("order"),
    kind: t.field({ type: ProductionReportKindEnum, resolve: (report) => report.kind }),
    at: t.expose("at", { type: "DateTime", description: "When it happened on the shop floor." }),
    employee: t.relation("employee", { nullable: true }),
    note: t.exposeString("note", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    undoneAt: t.expose("undoneAt", { type: "DateTime", nullable: true }),
    lines: t.relation("lines", { query: { orderBy: { id: "asc" } } }),
    movements: t.relation("movements", { query: { orderBy: { id: "asc" } } }),
  }),
});

builder.prismaObject("ProductionReportLine", {
  description: "A report's effect on one component (consumed) or one output line (produced and scrapped).",
  fields: (t) => ({
    component: t.relation("component", { nullable: true }),
    orderLine: t.relation("orderLine", { nullable: true }),
    quantity: t.expose("quantity", {
      type: "Decimal",
      description: "Consumed (a component) or good units added to stock (an output line).",
    }),
    scrapQuantity: t.expose("scrapQuantity", { type: "Decimal" }),
    allocationReleased: t.expose("allocationReleased", { type: "Decimal" }),
    onOrderReleased: t.expose("onOrderReleased", { type: "Decimal" }),
  }),
});

builder.prismaObjectFields(ProductionOrderRef, (t) => ({
  reports: t.relation("reports", {
    description: "Its shop-floor stock steps, oldest first (undone ones included, with undoneAt).",
    query: { orderBy: { id: "asc" } },
  }),
}));

builder.prismaObjectFields("ProductionOrderLine", (t) => ({
  scrappedQuantity: t.expose("scrappedQuantity", {
    type: "Decimal",
    description:
      "Units made and thrown away (reported with output): they consumed components, never reached stock.",
  }),
}));

builder.prismaObjectFields("ProductionOrderComponent", (t) => ({
  unplanned: t.exposeBoolean("unplanned", {
    description: "Consumed on the shop floor without being in the BOM (required 0).",
  }),
  variance: t.field({
    type: "Decimal",
    description: "Consumed minus required: positive when more was used than planned.",
    select: { consumedQuantity: true, requiredQuantity: true },
    resolve: (component) => dec(component.consumedQuantity).minus(dec(component.requiredQuantity)),
  }),
}));

const ProductionOrderConsumeInput = builder.inputType("ProductionOrderConsumeInput", {
  fields: (t) => ({
    productId: t.rowID({
      for: ProductRef,
      required: false,
      description:
        "The product scanned: on several component rows, each row's remaining requirement is filled in position " +
        "order, the rest going to the last. Give productId or componentId.",
    }),
    componentId: t.rowID({
      for: ProductionOrderComponentRef,
      required: false,
      description: "One component row of the order, which takes the whole quantity.",
    }),
    quantity: t.field({
      type: "Decimal",
      description: "Greater than 0; beyond the requirement is variance.",
    }),
    unplanned: t.boolean({
      required: false,
      description:
        "Consume a product that is no component of the order (recorded as an unplanned component).",
    }),
    employeeId: t.rowID({ for: EmployeeRef, required: false }),
    at: t.field({ type: "DateTime", required: false, description: "When it happened; now when absent." }),
    note: t.string({ required: false }),
  }),
});

const ProductionOrderReportOutputInput = builder.inputType("ProductionOrderReportOutputInput", {
  fields: (t) => ({
    lineId: t.rowID({
      for: ProductionOrderLineRef,
      required: false,
      description: "Needed when the order has several lines.",
    }),
    goodQuantity: t.field({ type: "Decimal", description: "Good units, added to stock now." }),
    scrapQuantity: t.field({ type: "Decimal", required: false, description: "Units made and thrown away." }),
    employeeId: t.rowID({ for: EmployeeRef, required: false }),
    at: t.field({ type: "DateTime", required: false, description: "When it happened; now when absent." }),
    note: t.string({ required: false }),
  }),
});

builder.mutationFields((t) => ({
  productionOrderConsume: rowArgsAction(t, {
    payload: ProductionOrderPayload,
    permission: EXECUTE,
    description:
      "Scan-to-consume: takes a component at the order's location now, releasing its allocation (a RELEASED " +
      "order starts). Beyond the requirement is allowed (variance); short stock is refused unless negative stock " +
      "is allowed.",
    ref: ProductionOrderRef,
    args: {
      expectedVersion: t.arg.int({ required: false }),
      input: t.arg({ type: ProductionOrderConsumeInput }),
    },
    run: (tx, actor, id, args) => consumeForProductionOrder(tx, actor, id, flatten(args)),
  }),
  productionOrderReportOutput: rowArgsAction(t, {
    payload: ProductionOrderPayload,
    permission: EXECUTE,
    description:
      "Reports good units (added to stock now) and scrap of a line; its components are back-flushed up to what " +
      "the units made so far call for, minus what was already consumed. The order stays IN_PROGRESS.",
    ref: ProductionOrderRef,
    args: {
      expectedVersion: t.arg.int({ required: false }),
      input: t.arg({ type: ProductionOrderReportOutputInput }),
    },
    run: (tx, actor, id, args) => reportProductionOutput(tx, actor, id, flatten(args)),
  }),
  productionReportUndo: rowArgsAction(t, {
    payload: ProductionOrderPayload,
    permission: EXECUTE,
    description:
      "Reverses a consumption or output report exactly (its order RELEASED or IN_PROGRESS). A completion is " +
      "undone with productionOrderUndo. expectedVersion is the order's.",
    ref: ProductionReportRef,
    args: { expectedVersion: t.arg.int({ required: false }) },
    run: undoProductionReport,
  }),
}));

/** The domain takes one input object: the order's expected version beside the step's fields. */
function flatten(args: unknown) {
  const { expectedVersion, input } = args as { expectedVersion?: number | null; input: object };
  return { ...input, expectedVersion };
}
