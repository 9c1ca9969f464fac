/**
 * The board's state, free of any framework: the `schedule` query read into resources x days, live events applied
 * to it (each once, in cursor order), and the grid layout of the bars. The page (main.tsx) only draws it.
 *
 * Bars follow the orders as the events carry them (their dates, status, version and operations); the daily load
 * stays the server's figure (`ResourceDayLoad`): a resource an event touched has its days read again
 * (`changedResources`), so the page never computes a load the server would round differently.
 */

export type OrderStatus = "DRAFT" | "PLANNED" | "RELEASED" | "IN_PROGRESS" | "COMPLETED" | "VOIDED";

/** The statuses `schedule` shows (DRAFT only when asked, which this board does not). */
const ON_BOARD: ReadonlySet<string> = new Set(["PLANNED", "RELEASED", "IN_PROGRESS"]);

export interface OperationState {
  id: string;
  name: string;
  status: string;
  resourceId: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  plannedMinutes: string;
}

export interface OrderState {
  id: string;
  number: string;
  status: string;
  version: number;
  late: boolean;
  startDate: string | null;
  expectedDate: string | null;
  operations: OperationState[];
  /** For an order without operations: the resources its lines' BOMs' operations run on (the schedule's rule). */
  bomResourceIds: string[];
}

export interface DayLoad {
  date: string;
  capacityMinutes: number;
  loadMinutes: string;
  overloaded: boolean;
}

export interface ResourceRow {
  id: string;
  name: string;
  capacityMinutesPerDay: number;
  days: DayLoad[];
}

/** An event the board applied, as its "recent changes" list shows it. */
export interface AppliedChange {
  cursor: string;
  number: string | null;
  /** What happened: the order's new status, or the operation step. */
  what: string;
}

export interface BoardState {
  /** Each day's first instant (local midnight), as `schedule.days`; the window ends a day after the last. */
  days: string[];
  /** The end of the window: the instant after the last day. */
  windowEnd: string;
  timeZone: string;
  resources: ResourceRow[];
  orders: ReadonlyMap<string, OrderState>;
  /** The newest event the view shows: the query's `liveCursor`, then each applied event's. */
  cursor: string;
  /** Newest first, at most `RECENT_CHANGES`. */
  recent: AppliedChange[];
  /** Every event applied since the page loaded (a replay must never count one twice). */
  appliedCount: number;
}

export const RECENT_CHANGES = 50;

/** What `schedule` answers, as far as the board reads it. */
export interface ScheduleAnswer {
  days: readonly string[];
  to: string;
  timeZone: string;
  resources: readonly {
    capacityMinutesPerDay: number;
    resource: { id: string; name: string };
    days: readonly DayLoad[];
    orders: readonly { order: OrderAnswer }[];
  }[];
}

/** An order as the board's documents select it (`BoardOrder` fragment's fields). */
export interface OrderAnswer {
  id: string;
  number: string;
  status: string;
  version: number;
  late: boolean;
  startDate?: string | null;
  expectedDate?: string | null;
  operations: readonly {
    id: string;
    name: string;
    status: string;
    plannedStart?: string | null;
    plannedEnd?: string | null;
    plannedMinutes: string;
    resource: { id: string };
  }[];
  lines: readonly { bom: { operations: readonly { resource: { id: string } }[] } }[];
}

/** A live event as the board's subscription selects it. */
export interface EventAnswer {
  cursor: string;
  afterStatus?: string | null;
  operationAfterStatus?: string | null;
  /** What happened, e.g. PRODUCTION_ORDER_RESCHEDULED. */
  type: string;
  productionOrder?: OrderAnswer | null;
}

export function orderState(answer: OrderAnswer): OrderState {
  return {
    id: answer.id,
    number: answer.number,
    status: answer.status,
    version: answer.version,
    late: answer.late,
    startDate: answer.startDate ?? null,
    expectedDate: answer.expectedDate ?? null,
    operations: answer.operations.map((operation) => ({
      id: operation.id,
      name: operation.name,
      status: operation.status,
      resourceId: operation.resource.id,
      plannedStart: operation.plannedStart ?? null,
      plannedEnd: operation.plannedEnd ?? null,
      plannedMinutes: operation.plannedMinutes,
    })),
    bomResourceIds: [
      ...new Set(answer.lines.flatMap((line) => line.bom.operations.map((step) => step.resource.id))),
    ],
  };
}

/** The board as one `schedule` answer and the `liveCursor` of the same query (one snapshot). */
export function boardFromSchedule(schedule: ScheduleAnswer, liveCursor: string): BoardState {
  const orders = new Map<string, OrderState>();
  for (const row of schedule.resources) {
    for (const { order } of row.orders) orders.set(order.id, orderState(order));
  }
  return {
    days: [...schedule.days],
    windowEnd: schedule.to,
    timeZone: schedule.timeZone,
    resources: schedule.resources.map((row) => ({
      id: row.resource.id,
      name: row.resource.name,
      capacityMinutesPerDay: row.capacityMinutesPerDay,
      days: [...row.days],
    })),
    orders,
    cursor: liveCursor,
    recent: [],
    appliedCount: 0,
  };
}

/** Cursors are event ids in decimal: compared as integers, never as text ("9" < "10"). */
export function cursorAfter(cursor: string, than: string): boolean {
  return BigInt(cursor) > BigInt(than);
}

export interface Applied {
  state: BoardState;
  /** Resources whose daily load may have changed: their days are read again. */
  changedResources: string[];
}

/**
 * Applies one live event. An event at or before the board's cursor was already applied (a replay after a
 * reconnect may send it again): it changes nothing. An event older than the order the board shows (its version
 * is lower) is recorded but does not roll the bar back.
 */
export function applyEvent(state: BoardState, event: EventAnswer): Applied {
  if (!cursorAfter(event.cursor, state.cursor)) return { state, changedResources: [] };
  const next: BoardState = {
    ...state,
    cursor: event.cursor,
    appliedCount: state.appliedCount + 1,
    recent: [
      {
        cursor: event.cursor,
        number: event.productionOrder?.number ?? null,
        what: event.operationAfterStatus ?? event.afterStatus ?? event.type,
      },
      ...state.recent,
    ].slice(0, RECENT_CHANGES),
  };
  const answer = event.productionOrder;
  if (!answer) return { state: next, changedResources: [] };
  const known = state.orders.get(answer.id);
  if (known && known.version > answer.version) return { state: next, changedResources: [] };
  const updated = orderState(answer);
  const changedResources = new Set([
    ...(known ? resourcesOf(state, known) : []),
    ...resourcesOf(state, updated),
  ]);
  next.orders = replaced(state.orders, updated.id, updated);
  return { state: next, changedResources: [...changedResources] };
}

/** Puts an order's state in place (a reschedule's answer, or a reverted move). */
export function withOrder(state: BoardState, order: OrderState): Applied {
  const known = state.orders.get(order.id);
  if (known && known.version > order.version) return { state, changedResources: [] };
  const changedResources = new Set([
    ...(known ? resourcesOf(state, known) : []),
    ...resourcesOf(state, order),
  ]);
  return {
    state: { ...state, orders: replaced(state.orders, order.id, order) },
    changedResources: [...changedResources],
  };
}

/** New daily loads of one resource, read from the server after a change. */
export function withDays(state: BoardState, resourceId: string, days: readonly DayLoad[]): BoardState {
  return {
    ...state,
    resources: state.resources.map((row) => (row.id === resourceId ? { ...row, days: [...days] } : row)),
  };
}

function replaced(orders: ReadonlyMap<string, OrderState>, id: string, order: OrderState) {
  const copy = new Map(orders);
  copy.set(id, order);
  return copy;
}

/**
 * The board's resources an order shows on, as `schedule` decides: open, dated, and with an operation (not
 * SKIPPED) on the resource whose planned span meets the window; an order without operations on every resource
 * its lines' BOMs' operations run on, when its start-to-expected span meets the window.
 */
export function resourcesOf(state: BoardState, order: OrderState): string[] {
  if (!ON_BOARD.has(order.status) || !order.startDate || !order.expectedDate) return [];
  const windowStart = state.days[0];
  if (!windowStart) return [];
  const onBoard = new Set(state.resources.map((row) => row.id));
  const meets = (start: string, end: string) =>
    Date.parse(start) < Date.parse(state.windowEnd) &&
    (Date.parse(end) > Date.parse(windowStart) || Date.parse(start) >= Date.parse(windowStart));
  const found = new Set<string>();
  if (order.operations.length > 0) {
    for (const operation of order.operations) {
      if (operation.status === "SKIPPED" || !operation.plannedStart || !operation.plannedEnd) continue;
      if (onBoard.has(operation.resourceId) && meets(operation.plannedStart, operation.plannedEnd))
        found.add(operation.resourceId);
    }
  } else if (meets(order.startDate, order.expectedDate)) {
    for (const id of order.bomResourceIds) if (onBoard.has(id)) found.add(id);
  }
  return [...found];
}

/** The day (index into `days`) an instant falls on, clamped to the window. */
export function dayIndex(days: readonly string[], instant: string): number {
  const at = Date.parse(instant);
  let index = 0;
  for (let day = 0; day < days.length; day++) {
    if (Date.parse(days[day] as string) <= at) index = day;
  }
  return index;
}

/** One order's bar in one resource's row: the days it covers and the lane it is drawn in. */
export interface Bar {
  order: OrderState;
  resourceId: string;
  firstDay: number;
  lastDay: number;
  lane: number;
  /** Its planned minutes on this resource (its operations there), exact; null for an order without operations. */
  minutes: string | null;
  /** Its operations on this resource, in run order. */
  operations: OperationState[];
}

export interface RowLayout {
  resource: ResourceRow;
  bars: Bar[];
  lanes: number;
}

/**
 * The grid: each resource's bars, placed in lanes so that bars sharing a day never overlap (first fit, by start).
 * An order with operations spans its operations' days on that resource; one without, its start-to-expected days.
 */
export function layout(state: BoardState): RowLayout[] {
  const rows = new Map<string, Bar[]>(state.resources.map((row) => [row.id, []]));
  for (const order of state.orders.values()) {
    for (const resourceId of resourcesOf(state, order)) {
      const operations = order.operations.filter(
        (operation) => operation.resourceId === resourceId && operation.status !== "SKIPPED",
      );
      const starts = operations.length
        ? operations.map((operation) => operation.plannedStart as string)
        : [order.startDate as string];
      const ends = operations.length
        ? operations.map((operation) => operation.plannedEnd as string)
        : [order.expectedDate as string];
      const firstDay = Math.min(...starts.map((start) => dayIndex(state.days, start)));
      const lastDay = Math.max(...ends.map((end) => dayIndex(state.days, lastInstant(end))));
      rows.get(resourceId)?.push({
        order,
        resourceId,
        firstDay,
        lastDay: Math.max(firstDay, lastDay),
        lane: 0,
        minutes: operations.length
          ? sumDecimals(operations.map((operation) => operation.plannedMinutes))
          : null,
        operations,
      });
    }
  }
  return state.resources.map((resource) => {
    const bars = (rows.get(resource.id) ?? []).sort(
      (a, b) => a.firstDay - b.firstDay || a.order.number.localeCompare(b.order.number),
    );
    const laneEnds: number[] = [];
    for (const bar of bars) {
      let lane = laneEnds.findIndex((end) => end < bar.firstDay);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = bar.lastDay;
      bar.lane = lane;
    }
    return { resource, bars, lanes: Math.max(1, laneEnds.length) };
  });
}

/** An end at midnight belongs to the day before it (an order due at 00:00 on the 5th ends on the 4th). */
function lastInstant(end: string): string {
  return new Date(Date.parse(end) - 1).toISOString();
}

/**
 * The dates a drag asks for: the order moved by whole board days (local days, so a move across a clock change
 * keeps its wall-clock time), its duration kept.
 */
export function movedDates(
  days: readonly string[],
  order: Pick<OrderState, "startDate" | "expectedDate">,
  fromDay: number,
  toDay: number,
): { startDate: string; expectedDate: string } | null {
  if (!order.startDate || !order.expectedDate) return null;
  const from = days[fromDay];
  const to = days[toDay];
  if (from === undefined || to === undefined) return null;
  const shift = Date.parse(to) - Date.parse(from);
  return {
    startDate: new Date(Date.parse(order.startDate) + shift).toISOString(),
    expectedDate: new Date(Date.parse(order.expectedDate) + shift).toISOString(),
  };
}

/**
 * Exact sum of decimal strings ("12.5" + "0.000001"), as the API's Decimal scalars are written: BigInt over
 * the largest scale, never floats.
 */
export function sumDecimals(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map((value) => value.split(".")[1]?.length ?? 0));
  let total = 0n;
  for (const value of values) {
    const negative = value.startsWith("-");
    const [whole = "0", fraction = ""] = value.replace(/^[-+]/, "").split(".");
    const units = BigInt(whole + fraction.padEnd(scale, "0"));
    total += negative ? -units : units;
  }
  const sign = total < 0n ? "-" : "";
  const digits = (total < 0n ? -total : total).toString().padStart(scale + 1, "0");
  if (scale === 0) return sign + digits;
  const fraction = digits.slice(-scale).replace(/0+$/, "");
  return sign + digits.slice(0, -scale) + (fraction ? `.${fraction}` : "");
}
