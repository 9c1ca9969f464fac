import { productionOrderNumber } from "../../../domain/orders/production/order.ts";
import {
  type DayLoad,
  displayMinutes,
  MAX_WINDOW_DAYS,
  type ResourceSchedule,
  readSchedule,
  type Schedule,
  type ScheduledOrder,
} from "../../../domain/orders/production/schedule/resources.ts";
import { builder } from "../../builder.ts";
import { LocationRef, ResourceRef } from "../../catalog/locations.ts";
import { runRead } from "../../payload.ts";
import { ProductionOrderStatusEnum } from "./order.ts";

/** The scheduler board: orders per resource in a date window, and each day's load against capacity. */

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
        "Its work on this resource: setup + minutes per unit x line quantity, for every operation of its " +
        "lines' BOMs that runs here.",
      resolve: (scheduled) => displayMinutes(scheduled.minutes),
    }),
  }),
});

const ResourceDayLoadRef = builder.objectRef<DayLoad>("ResourceDayLoad").implement({
  description: "One UTC day of a resource's board.",
  fields: (t) => ({
    date: t.expose("date", { type: "DateTime", description: "Midnight UTC." }),
    loadMinutes: t.field({
      type: "Decimal",
      description:
        "The minutes its orders need that day: each order's minutes spread evenly over the days from its " +
        "start to its expected date (rounded to 6 decimals).",
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
    days: t.field({ type: [ResourceDayLoadRef], resolve: (board) => board.days }),
  }),
});

const ScheduleRef = builder.objectRef<Schedule>("Schedule").implement({
  fields: (t) => ({
    from: t.expose("from", { type: "DateTime" }),
    to: t.expose("to", { type: "DateTime" }),
    days: t.field({
      type: ["DateTime"],
      description: "The UTC days the window touches (midnight each): the days every resource's load lists.",
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
      "`includeDrafts`) whose start-to-expected span falls on a day of the window and whose lines' BOMs run " +
      "an operation on it, and the daily load against its capacity. Days are UTC; orders without a start or " +
      `expected date are not scheduled. The window may span at most ${MAX_WINDOW_DAYS} days.`,
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
      includeDrafts: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "DRAFT orders hold nothing and may never run, so they are left out unless asked for.",
      }),
    },
    resolve: (_root, args, context) => runRead(() => readSchedule(context.db.prisma, args)),
  }),
}));
