import type { InputObjectRef } from "@pothos/core";
import type { Tx } from "../../../db/database.ts";
import { sum } from "../../../domain/decimal.ts";
import type { Actor } from "../../../domain/events.ts";
import {
  completeOperation,
  describeOperationStep,
  MAX_REASON_LENGTH,
  OPERATION_STEPS,
  type OperationStep,
  PAUSED,
  pauseOperation,
  resumeOperation,
  SKIPPED,
  skipOperation,
  startOperation,
} from "../../../domain/orders/production/operations.ts";
import { SHOP_FLOOR_STATUSES } from "../../../domain/orders/production/shop-floor.ts";
import { CLOCK_SKEW_MS } from "../../../domain/time.ts";
import type { ProductionOrderOperation } from "../../../generated/prisma/client.ts";
import { OperationStatus } from "../../../generated/prisma/enums.ts";
import { builder, type Types } from "../../builder.ts";
import { EmployeeRef } from "../../catalog/partners.ts";
import { nodeOptions } from "../../nodes.ts";
import { type MutationFieldBuilder, payloadType, runAction } from "../../payload.ts";

/**
 * Operations of production orders (domain: src/domain/orders/production/operations.ts): the order's operations
 * and their time logs, the planned and actual minutes next to each other, and one mutation per step.
 */

const VIEW = { permission: "PRODUCTION_VIEW" } as const;

export const OperationStatusEnum = builder.enumType(OperationStatus, {
  name: "OperationStatus",
  description:
    "PENDING: not started. RUNNING: a time log is open. PAUSED: stopped, with a reason. DONE: completed with its " +
    "good and scrapped quantities. SKIPPED: will not run.",
});

/** Minutes of closed logs: a running stretch counts once it ends. */
function closedMinutes(logs: readonly { minutes: { toString(): string } | null }[]) {
  return sum(logs.flatMap((log) => (log.minutes === null ? [] : [log.minutes])));
}

export const ProductionOrderOperationRef = builder.prismaNode("ProductionOrderOperation", {
  ...nodeOptions,
  authScopes: VIEW,
  description:
    "An operation of a production order: its line's BOM operation as it was when the order was made.",
  fields: (t) => ({
    order: t.relation("order"),
    line: t.relation("line", { description: "The line whose BOM it comes from." }),
    position: t.exposeInt("position", {
      description:
        "Run order in the order: lines in position order, each line's operations in sequence order.",
    }),
    sequence: t.exposeInt("sequence", { description: "The BOM operation's sequence." }),
    name: t.exposeString("name"),
    resource: t.relation("resource"),
    status: t.expose("status", { type: OperationStatusEnum }),
    plannedMinutes: t.expose("plannedMinutes", {
      type: "Decimal",
      description: "Setup + minutes per unit x the line's quantity.",
    }),
    plannedStart: t.expose("plannedStart", {
      type: "DateTime",
      nullable: true,
      description:
        "Laid out from the order's start date after the operations before it, each lasting its minutes over its " +
        "resource's capacity per day; null while the order has no start date.",
    }),
    plannedEnd: t.expose("plannedEnd", { type: "DateTime", nullable: true }),
    completedQuantity: t.expose("completedQuantity", { type: "Decimal", description: "Good units made." }),
    scrappedQuantity: t.expose("scrappedQuantity", { type: "Decimal" }),
    pauseReason: t.string({
      nullable: true,
      description: "Why it is PAUSED; null in any other status.",
      select: { status: true, pauseReason: true },
      resolve: (operation) => (operation.status === PAUSED ? operation.pauseReason : null),
    }),
    skipReason: t.string({
      nullable: true,
      description: "Why it was SKIPPED, when a reason was given.",
      select: { status: true, pauseReason: true },
      resolve: (operation) => (operation.status === SKIPPED ? operation.pauseReason : null),
    }),
    timeLogs: t.relation("timeLogs", {
      description: "Its stretches of work, oldest first.",
      query: { orderBy: { id: "asc" } },
    }),
    actualMinutes: t.field({
      type: "Decimal",
      description: "The minutes of its closed time logs.",
      select: { timeLogs: { select: { minutes: true } } },
      resolve: (operation) => closedMinutes(operation.timeLogs),
    }),
    runningSince: t.field({
      type: "DateTime",
      nullable: true,
      description: "When its open time log started, while it is RUNNING.",
      select: { timeLogs: { where: { endedAt: null }, select: { startedAt: true } } },
      resolve: (operation) => operation.timeLogs[0]?.startedAt ?? null,
    }),
    version: t.exposeInt("version", {
      description: "Goes up with every step; pass it as `expectedVersion` to refuse acting on a stale view.",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const OperationTimeLogRef = builder.prismaNode("OperationTimeLog", {
  ...nodeOptions,
  authScopes: VIEW,
  description: "One stretch of work on an operation: opened by start or resume, closed by pause or complete.",
  fields: (t) => ({
    operation: t.relation("operation"),
    employee: t.relation("employee", { nullable: true }),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    endedAt: t.expose("endedAt", { type: "DateTime", nullable: true, description: "Null while it runs." }),
    minutes: t.expose("minutes", {
      type: "Decimal",
      nullable: true,
      description: "From start to end, exact to 6 decimals; null while it runs.",
    }),
    goodQuantity: t.expose("goodQuantity", { type: "Decimal", description: "Reported when it completed." }),
    scrapQuantity: t.expose("scrapQuantity", { type: "Decimal" }),
    pauseReason: t.exposeString("pauseReason", {
      nullable: true,
      description: "The reason given when it ended with a pause.",
    }),
  }),
});

builder.prismaObjectFields("ProductionOrder", (t) => ({
  releasedAt: t.expose("releasedAt", {
    type: "DateTime",
    nullable: true,
    description:
      "When it was last released: no shop-floor step can say it happened before. Null before release.",
  }),
  operations: t.relation("operations", {
    description: "Its operations in run order (position).",
    query: { orderBy: { position: "asc" } },
  }),
  plannedMinutes: t.field({
    type: "Decimal",
    description: "The planned minutes of its operations.",
    select: { operations: { select: { plannedMinutes: true } } },
    resolve: (order) => sum(order.operations.map((operation) => operation.plannedMinutes)),
  }),
  actualMinutes: t.field({
    type: "Decimal",
    description: "The minutes of its operations' closed time logs.",
    select: { operations: { select: { timeLogs: { select: { minutes: true } } } } },
    resolve: (order) => sum(order.operations.map((operation) => closedMinutes(operation.timeLogs))),
  }),
}));

// ---------------------------------------------------------------- mutations

const ProductionOrderOperationPayload = payloadType(
  "ProductionOrderOperationPayload",
  "operation",
  ProductionOrderOperationRef,
);

const AT =
  `When it happened (a scanner that was offline says when); now when absent. Not in the future (a clock up to ` +
  `${CLOCK_SKEW_MS / 60_000} minutes ahead counts as now), not before the order was released, not before the ` +
  "operation's last step.";

/** The fields every step's input has. */
function stepFields(t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) {
  return {
    employeeId: t.rowID({ for: EmployeeRef, required: false, description: "An active employee." }),
    at: t.field({ type: "DateTime", required: false, description: AT }),
    expectedVersion: t.int({ required: false, description: "The operation's version you last read." }),
  };
}

const ProductionOrderOperationStepInput = builder.inputType("ProductionOrderOperationStepInput", {
  fields: (t) => stepFields(t),
});

const ProductionOrderOperationPauseInput = builder.inputType("ProductionOrderOperationPauseInput", {
  fields: (t) => ({
    ...stepFields(t),
    reason: t.string({ description: `Required; at most ${MAX_REASON_LENGTH} characters.` }),
  }),
});

const ProductionOrderOperationCompleteInput = builder.inputType("ProductionOrderOperationCompleteInput", {
  fields: (t) => ({
    ...stepFields(t),
    goodQuantity: t.field({
      type: "Decimal",
      description:
        ">= 0; with what it completed before, at most the line's quantity plus " +
        "Settings.overProductionTolerancePercent.",
    }),
    scrapQuantity: t.field({
      type: "Decimal",
      required: false,
      description: ">= 0 (default 0); goodQuantity and scrapQuantity are not both 0.",
    }),
  }),
});

const ProductionOrderOperationSkipInput = builder.inputType("ProductionOrderOperationSkipInput", {
  fields: (t) => ({
    ...stepFields(t),
    reason: t.string({ required: false, description: `At most ${MAX_REASON_LENGTH} characters.` }),
  }),
});

const ORDER_STATUSES = `Its order must be ${SHOP_FLOOR_STATUSES.join(" or ")}.`;

/** A step's mutation, `(id, input)`: its description is its row of OPERATION_STEPS. */
function operationStep(
  t: MutationFieldBuilder,
  step: OperationStep,
  spec: {
    input: InputObjectRef<Types, unknown>;
    inputRequired: boolean;
    run(tx: Tx, actor: Actor, id: number, input: unknown): Promise<ProductionOrderOperation>;
  },
) {
  return t.field({
    type: ProductionOrderOperationPayload,
    authScopes: { permission: "PRODUCTION_EXECUTE" },
    description: `${describeOperationStep(step)} ${ORDER_STATUSES}`,
    args: {
      id: t.arg.rowID({ for: ProductionOrderOperationRef }),
      input: t.arg({ type: spec.input, required: spec.inputRequired }),
    },
    resolve: (_root, args, context) =>
      runAction(context, (tx, actor) => spec.run(tx, actor, args.id, args.input ?? {})),
  });
}

builder.mutationFields((t) => ({
  productionOrderOperationStart: operationStep(t, OPERATION_STEPS.start, {
    input: ProductionOrderOperationStepInput,
    inputRequired: false,
    run: startOperation,
  }),
  productionOrderOperationPause: operationStep(t, OPERATION_STEPS.pause, {
    input: ProductionOrderOperationPauseInput,
    inputRequired: true,
    run: pauseOperation,
  }),
  productionOrderOperationResume: operationStep(t, OPERATION_STEPS.resume, {
    input: ProductionOrderOperationStepInput,
    inputRequired: false,
    run: resumeOperation,
  }),
  productionOrderOperationComplete: operationStep(t, OPERATION_STEPS.complete, {
    input: ProductionOrderOperationCompleteInput,
    inputRequired: true,
    run: completeOperation,
  }),
  productionOrderOperationSkip: operationStep(t, OPERATION_STEPS.skip, {
    input: ProductionOrderOperationSkipInput,
    inputRequired: false,
    run: skipOperation,
  }),
}));
