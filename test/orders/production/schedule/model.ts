/**
 * Reference models of the board's rules, written the plain way and independently of src/: local days as the date
 * text Intl's en-CA format gives ("2026-03-08"), counted by calendar arithmetic; day loads as each span's minutes
 * over the dates it touches; backward scheduling by recursion up the parent links.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/** The local date ("2026-03-08") of `instant` in `zone`. */
export function localDate(instant: number, zone: string): string {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formats.set(zone, format);
  }
  return format.format(new Date(instant));
}

/** Every date from `first` to `last`, both included. */
export function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let day = Date.parse(`${first}T00:00:00Z`); ; day += 86_400_000) {
    const date = new Date(day).toISOString().slice(0, 10);
    dates.push(date);
    if (date >= last) return dates;
  }
}

/** The local dates [start, end) touches; the start's date when it has no length. */
export function datesOf(start: number, end: number, zone: string): string[] {
  return datesBetween(localDate(start, zone), localDate(end > start ? end - 1 : start, zone));
}

export interface ModelSpan {
  resource: number;
  start: number;
  end: number;
  minutes: number;
}

/** Each resource's load per date of the window: every span's minutes spread evenly over its dates. */
export function modelLoads(
  window: { from: number; to: number },
  zone: string,
  spans: readonly ModelSpan[],
  resources: readonly number[],
): Map<number, Map<string, number>> {
  const windowDates = datesOf(window.from, window.to, zone);
  const loads = new Map(resources.map((resource) => [resource, new Map(windowDates.map((d) => [d, 0]))]));
  for (const span of spans) {
    const dates = datesOf(span.start, span.end, zone);
    const load = loads.get(span.resource);
    for (const date of dates) {
      const sofar = load?.get(date);
      if (sofar !== undefined) load?.set(date, sofar + span.minutes / dates.length);
    }
  }
  return loads;
}

export interface ModelOrder {
  id: number;
  /** null: a child of the moved order. */
  parentId: number | null;
  durationMs: number;
}

/** Each order's start, required-by date and lateness: required when its parent starts, started its duration earlier. */
export function modelBackward(orders: readonly ModelOrder[], topStart: number, now: number) {
  const byId = new Map(orders.map((order) => [order.id, order]));
  const startOf = (order: ModelOrder): number => requiredByOf(order) - order.durationMs;
  const requiredByOf = (order: ModelOrder): number => {
    const parent = order.parentId === null ? undefined : byId.get(order.parentId);
    return parent ? startOf(parent) : topStart;
  };
  return new Map(
    orders.map((order) => [
      order.id,
      { start: startOf(order), requiredBy: requiredByOf(order), late: startOf(order) < now },
    ]),
  );
}
