import { type Dec, dec, formatDecimal, ZERO } from "../../../../src/domain/decimal.ts";

/**
 * A reference model of one order's operations, written from the rules (docs/rules/orders/production/operations.md)
 * rather than from the code: which step each status allows, which refusal comes first, what every step writes.
 * Times are milliseconds; `release` is when the order was released, `now` the server's time at the step.
 */

export type Kind = "start" | "pause" | "resume" | "complete" | "skip";
export type Status = "PENDING" | "RUNNING" | "PAUSED" | "DONE" | "SKIPPED";

/** When the step says it happened. */
export type When = { delta: number } | "future" | "beforeRelease";
export type Who = "nobody" | "ada" | "bob (archived)" | "missing";

export interface Action {
  kind: Kind;
  operation: 0 | 1;
  /** Seconds after the previous step's clock (which may go backwards), or a time the rules refuse. */
  when: When;
  who: Who;
  version: "none" | "current" | "stale";
  reason: string | null;
  good: string;
  scrap: string | null;
}

export interface ModelLog {
  startedAt: number;
  endedAt: number | null;
  minutes: Dec | null;
  employee: Who | null;
  good: Dec;
  scrap: Dec;
  pauseReason: string | null;
}

export interface ModelOperation {
  status: Status;
  version: number;
  completed: Dec;
  scrapped: Dec;
  reason: string | null;
  logs: ModelLog[];
}

export interface Model {
  orderStatus: "RELEASED" | "IN_PROGRESS";
  orderVersion: number;
  operations: ModelOperation[];
  /** Successful steps so far: each wrote one event. */
  events: number;
}

export const FROM: Record<Kind, Status[]> = {
  start: ["PENDING"],
  pause: ["RUNNING"],
  resume: ["PAUSED"],
  complete: ["RUNNING", "PAUSED"],
  skip: ["PENDING", "PAUSED"],
};
const TO: Record<Kind, Status> = {
  start: "RUNNING",
  pause: "PAUSED",
  resume: "RUNNING",
  complete: "DONE",
  skip: "SKIPPED",
};

export type Refusal = [code: string, field: string[]];
export type Outcome = { refused: Refusal } | { model: Model };

/** Minutes between two times, to the 6 decimals the columns keep. */
export const minutesBetween = (from: number, to: number) =>
  dec(to - from)
    .dividedBy(60_000)
    .toDecimalPlaces(6);

/** One step on the model: the refusal it meets first, or the model after it. `at` is the time the step names. */
export function step(
  model: Model,
  action: Action,
  at: number,
  limits: { release: number; now: number; quantity: Dec; tolerancePercent: Dec },
): Outcome {
  const refuse = (code: string, ...field: string[]): Outcome => ({ refused: [code, field] });
  const operation = model.operations[action.operation] as ModelOperation;
  // The input's own rules first, then the operation's version and status, the employee, the time, the quantity.
  // Reasons are trimmed; an empty one is none (a skip's is optional, a pause's required).
  const reason = action.reason?.trim() || null;
  if (action.kind === "pause" && (!reason || reason.length > 500))
    return refuse("INVALID_INPUT", "input", "reason");
  if (action.kind === "skip" && reason !== null && reason.length > 500) {
    return refuse("INVALID_INPUT", "input", "reason");
  }
  const good = dec(action.good);
  const scrap = dec(action.scrap ?? 0);
  if (action.kind === "complete" && (good.isNegative() || (good.isZero() && scrap.isZero()))) {
    return refuse("INVALID_INPUT", "input", "goodQuantity");
  }
  if (action.version === "stale") return refuse("VERSION_CONFLICT", "input", "expectedVersion");
  if (!FROM[action.kind].includes(operation.status)) return refuse("INVALID_STATUS", "id");
  if (action.who === "missing") return refuse("NOT_FOUND", "input", "employeeId");
  if (action.who === "bob (archived)") return refuse("ARCHIVED", "input", "employeeId");
  if (at > limits.now + 2 * 60_000 || at < limits.release) return refuse("INVALID_INPUT", "input", "at");
  const last = Math.max(-Infinity, ...operation.logs.map((log) => log.endedAt ?? log.startedAt));
  if (at < last) return refuse("INVALID_INPUT", "input", "at");
  const completed = operation.completed.plus(action.kind === "complete" ? good : ZERO);
  if (completed.greaterThan(limits.quantity.times(limits.tolerancePercent.dividedBy(100).plus(1)))) {
    return refuse("INVALID_INPUT", "input", "goodQuantity");
  }

  const employee = action.who === "nobody" ? null : action.who;
  const logs = operation.logs.map((log) => ({ ...log }));
  const open = logs.find((log) => log.endedAt === null);
  const close = (log: ModelLog) => {
    log.endedAt = at;
    log.minutes = minutesBetween(log.startedAt, at);
    log.employee = log.employee ?? employee;
  };
  const fresh = (): ModelLog => ({
    startedAt: at,
    endedAt: null,
    minutes: null,
    employee,
    good: ZERO,
    scrap: ZERO,
    pauseReason: null,
  });
  let kept: string | null = null;
  switch (action.kind) {
    case "start":
    case "resume":
      logs.push(fresh());
      break;
    case "pause":
      close(open as ModelLog);
      (open as ModelLog).pauseReason = reason;
      kept = reason;
      break;
    case "complete": {
      const log = open ?? { ...fresh(), endedAt: at, minutes: ZERO };
      if (open) close(open);
      else logs.push(log);
      log.good = good;
      log.scrap = scrap;
      break;
    }
    case "skip":
      kept = reason;
      break;
  }
  const starts = action.kind !== "skip" && model.orderStatus === "RELEASED";
  const operations = model.operations.map((each, index) =>
    index !== action.operation
      ? each
      : {
          status: TO[action.kind],
          version: each.version + 1,
          completed,
          scrapped: each.scrapped.plus(action.kind === "complete" ? scrap : ZERO),
          reason: kept,
          logs,
        },
  );
  return {
    model: {
      orderStatus: starts ? "IN_PROGRESS" : model.orderStatus,
      orderVersion: model.orderVersion + (starts ? 1 : 0),
      operations,
      events: model.events + 1,
    },
  };
}

/** The model as the API shows an operation (the fields the property compares). */
export function shown(operation: ModelOperation, employeeIds: Record<Who, string | null>) {
  const closed = operation.logs.flatMap((log) => (log.minutes === null ? [] : [log.minutes]));
  return {
    status: operation.status,
    version: operation.version,
    completedQuantity: formatDecimal(operation.completed),
    scrappedQuantity: formatDecimal(operation.scrapped),
    pauseReason: operation.status === "PAUSED" ? operation.reason : null,
    skipReason: operation.status === "SKIPPED" ? operation.reason : null,
    actualMinutes: formatDecimal(closed.reduce((total, minutes) => total.plus(minutes), ZERO)),
    runningSince:
      operation.status === "RUNNING"
        ? new Date(operation.logs.find((log) => log.endedAt === null)?.startedAt as number).toISOString()
        : null,
    timeLogs: operation.logs.map((log) => ({
      employee: log.employee === null ? null : { id: employeeIds[log.employee] },
      startedAt: new Date(log.startedAt).toISOString(),
      endedAt: log.endedAt === null ? null : new Date(log.endedAt).toISOString(),
      minutes: log.minutes === null ? null : formatDecimal(log.minutes),
      goodQuantity: formatDecimal(log.good),
      scrapQuantity: formatDecimal(log.scrap),
      pauseReason: log.pauseReason,
    })),
  };
}
