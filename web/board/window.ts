/**
 * The board's window: a first day and a number of days, kept in the address (`/board?from=2031-03-03&days=7`)
 * so a board can be bookmarked or opened on a given week. The server widens the window to the whole local days
 * it touches: noon UTC of each date falls on that date in every zone from UTC-11 to UTC+11.
 */
export interface BoardWindow {
  /** The first day, YYYY-MM-DD. */
  from: string;
  days: number;
}

export const WINDOW_DAYS = [7, 14, 28] as const;
const DAY_MS = 86_400_000;

export function windowFromSearch(search: string, today: Date): BoardWindow {
  const params = new URLSearchParams(search);
  const from = params.get("from");
  const days = Number(params.get("days"));
  return {
    from: from && /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : today.toISOString().slice(0, 10),
    days: (WINDOW_DAYS as readonly number[]).includes(days) ? days : 14,
  };
}

export function windowSearch(window: BoardWindow): string {
  return `?from=${window.from}&days=${window.days}`;
}

/** The `schedule` arguments: noon UTC of the first and the last day. */
export function windowRange(window: BoardWindow): { from: string; to: string } {
  const first = Date.parse(`${window.from}T12:00:00.000Z`);
  return {
    from: new Date(first).toISOString(),
    to: new Date(first + (window.days - 1) * DAY_MS).toISOString(),
  };
}

/** The window moved by whole windows (-1: the previous one). */
export function shiftedWindow(window: BoardWindow, by: number): BoardWindow {
  const first = Date.parse(`${window.from}T12:00:00.000Z`) + by * window.days * DAY_MS;
  return { ...window, from: new Date(first).toISOString().slice(0, 10) };
}
