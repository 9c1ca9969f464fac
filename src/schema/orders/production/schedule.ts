import { productionOrderNumber } from "../../../domain/orders/production/order.ts";
import {
  type DayLoad,
  displayMinutes,
  MAX_WINDOW_DAYS,
  type ResourceSchedule,
  readSchedule,
  type Schedule,
  type ScheduledOrder,
  type ScheduleOperation,
} from "../../../domain/orders/production/schedule/resources.ts";
import { builder } from "../../builder.ts";
import { LocationRef, ResourceRef } from "../../catalog/locations.ts";
import { runRead } from "../../payload.ts";
import { OperationStatusEnum } from "./operations.ts";
import { ProductionOrderStatusEnum } from "./order.ts";

/**
 * The scheduler board: orders and their operations per resource in a date window, and each day's load against
 * capacity, in the calendar days of a time zone.
 */

const ScheduledOrderRef = builder.objectRef<ScheduledOrder>("ScheduledOrder").implement({
  description: "An open order on a resource's board.",
  fields: (t) => ({
    order: t.prismaField({
      type: "ProductionOrder",
      description: "Prisma batches these lookups into one query per board.",
      resolve: (query, scheduled, _args, context) =>
        context.db.prisma.productionOrder.findUniqueOrThrow({ ...query, where: { id: scheduled.orderId } }),
    }),
    number: t.string({ resolve: (scheduled) => productionOrderNumber(scheduled.orderId) }),
    start: t.expose("start", { type: "DateTime" }),
    end: t.expose("end", { type: "DateTime", description: "Its expected (completion) date." }),
    status: t.expose("status", { type: ProductionOrderStatusEnum }),
    late: t.exposeBoolean("late", { description: "Backward scheduling put its start in the past." }),
    minutes: t.field({
      type: "Decimal",
      description:
        "Its planned work on this resource: its operations' planned minutes here (SKIPPED ones left out); for " +
        "an order without operations, setup + minutes per unit x line quantity of every operation of its " +
        "lines' BOMs that runs here.",
      resolve: (scheduled) => displayMinutes(scheduled.minutes),
    }),
  }),
});

const ScheduledOperationRef = builder.objectRef<ScheduleOperation>("ScheduledOperation").implement({
  description:
    "An operation of an order on a resource's board: planned against what its time logs say happened.",
  fields: (t) => ({
    operation: t.prismaField({
      type: "ProductionOrderOperation",
      description: "Prisma batches these lookups into one query per board.",
      resolve: (query, scheduled, _args, context) =>
        context.db.prisma.productionOrderOperation.findUniqueOrThrow({
          ...query,
          where: { id: scheduled.id },
        }),
    }),
    number: t.string({
      description: "Its order's number.",
      resolve: (scheduled) => productionOrderNumber(scheduled.orderId),
    }),
    status: t.expose("status", { type: OperationStatusEnum }),
    plannedStart: t.field({ type: "DateTime", resolve: (scheduled) => scheduled.plannedStart as Date }),
    plannedEnd: t.field({ type: "DateTime", resolve: (scheduled) => scheduled.plannedEnd as Date }),
    plannedMinutes: t.field({ type: "Decimal", resolve: (scheduled) => scheduled.plannedMinutes }),
    actualMinutes: t.field({
      type: "Decimal",
      description: "The minutes of its closed time logs.",
      resolve: (scheduled) => scheduled.actualMinutes,
    }),
    actualStart: t.expose("actualStart", {
      type: "DateTime",
      nullable: true,
      description: "When its first time log started; null before it ran.",
    }),
    actualEnd: t.expose("actualEnd", {
      type: "DateTime",
      nullable: true,
      description: "When its last closed time log ended; null before one closed.",
    }),
  }),
});

const ResourceDayLoadRef = builder.objectRef<DayLoad>("ResourceDayLoad").implement({
  description:
    "One day of a resource's board: a calendar day of the board's time zone (23 or 25 hours when daylight " +
    "saving starts or ends; its capacity is the resource's all the same).",
  fields: (t) => ({
    date: t.expose("date", { type: "DateTime", description: "Its first instant: local midnight." }),
    loadMinutes: t.field({
      type: "Decimal",
      description:
        "The minutes its orders need that day (rounded to 6 decimals): each operation's planned minutes spread " +
        "evenly over the days of its planned span; for an order without operations, its minutes spread evenly " +
        "over the days from its start to its expected date.",
      resolve: (day) => displayMinutes(day.loadMinutes),
    }),
    capacityMinutes: t.exposeInt("capacityMinutes"),
    overloaded: t.exposeBoolean("overloaded", { description: "The load is above the capacity." }),
  }),
});

const ResourceScheduleRef = builder.objectRef<ResourceSchedule>("ResourceSchedule").implement({
  fields: (t) => ({
    resource: t.field({
      type: ResourceRef,
      resolve: (board, _args, context) =>
        context.db.prisma.resource.findUniqueOrThrow({ where: { id: board.resource.id } }),
    }),
    capacityMinutesPerDay: t.int({ resolve: (board) => board.resource.capacityMinutesPerDay }),
    orders: t.field({
      type: [ScheduledOrderRef],
      description: "Its orders on the board, by start date.",
      resolve: (board) => board.orders,
    }),
    operations: t.field({
      type: [ScheduledOperationRef],
      description:
        "The operations planned on it whose planned span meets the window's days (SKIPPED ones left out), by " +
        "planned start.",
      resolve: (board) => board.operations,
    }),
    days: t.field({ type: [ResourceDayLoadRef], resolve: (board) => board.days }),
  }),
});

const ScheduleRef = builder.objectRef<Schedule>("Schedule").implement({
  fields: (t) => ({
    from: t.expose("from", { type: "DateTime" }),
    to: t.expose("to", { type: "DateTime" }),
    timeZone: t.exposeString("timeZone", {
      description: "The IANA time zone whose calendar days the board's days are.",
    }),
    days: t.field({
      type: ["DateTime"],
      description:
        "The days the window touches, each its local midnight: the days every resource's load lists.",
      resolve: (schedule) => schedule.days,
    }),
    resources: t.field({
      type: [ResourceScheduleRef],
      description: "By resource name.",
      resolve: (schedule) => schedule.resources,
    }),
  }),
});

builder.queryFields((t) => ({
  schedule: t.field({
    type: ScheduleRef,
    authScopes: { permission: "PRODUCTION_VIEW" },
    description:
      "A scheduler board: per resource, the open orders (PLANNED, RELEASED, IN_PROGRESS; DRAFT too with " +
      "`includeDrafts`) with an operation on it on a day of the window (their operations' planned spans; for " +
      "an order without operations, its start-to-expected span and its lines' BOMs), those operations, and the " +
      "daily load against its capacity. Days are calendar days of `timeZone`, else of the location's zone with " +
      "`locationId`, else of the server's TIME_ZONE; the window is widened to the whole days it touches. Orders " +
      `without a start or expected date are not scheduled. The window may span at most ${MAX_WINDOW_DAYS} days.`,
    args: {
      from: t.arg({ type: "DateTime" }),
      to: t.arg({ type: "DateTime", description: "After `from`." }),
      resourceIds: t.arg.rowIDList({
        for: ResourceRef,
        required: false,
        description: "These resources (archived ones too); default: every active resource.",
      }),
      locationId: t.arg.rowID({
        for: LocationRef,
        required: false,
        description: "Orders made here only.",
      }),
      timeZone: t.arg.string({
        required: false,
        description: 'The IANA time zone of the days ("America/Chicago"); default: see the field.',
      }),
      includeDrafts: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "DRAFT orders hold nothing and may never run, so they are left out unless asked for.",
      }),
    },
    resolve: (_root, args, context) => runRead(() => readSchedule(context.db.prisma, args, context.timeZone)),
  }),
}));
