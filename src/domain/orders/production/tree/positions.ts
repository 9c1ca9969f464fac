import { type Status, VOIDED } from "../order.ts";

/**
 * Order trees as stored: every nested order keeps `ancestorIds`, the ids from its root down to its parent, so
 * a subtree is one indexed lookup (`ancestorIds` contains the id) and the tree order needs no recursion.
 */

export interface TreeRow {
  id: number;
  ancestorIds: number[];
}

/** Whether `row` is the order `orderId` or nested below it. */
export function inSubtree(orderId: number, row: TreeRow): boolean {
  return row.id === orderId || row.ancestorIds.includes(orderId);
}

/**
 * Depth first, siblings by id: the rows compared by their paths from the root (ancestors, then the id). A
 * parent's path is a prefix of its children's, so it sorts right before them.
 */
export function compareTreePosition(a: TreeRow, b: TreeRow): number {
  const left = [...a.ancestorIds, a.id];
  const right = [...b.ancestorIds, b.id];
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const difference = (left[index] as number) - (right[index] as number);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/** The rows of `orderId`'s subtree found in `rows`, in tree order. */
export function subtreeInOrder<Row extends TreeRow>(orderId: number, rows: readonly Row[]): Row[] {
  return rows.filter((row) => inSubtree(orderId, row)).sort(compareTreePosition);
}

export interface TimelineRow extends TreeRow {
  status: Status;
  startDate: Date | null;
  expectedDate: Date | null;
}

export interface Timeline {
  start: Date | null;
  end: Date | null;
}

/**
 * The earliest start and the latest expected date over `orderId` and its subtree. Voided nested orders will
 * not run, so they do not stretch it; the order itself always counts.
 */
export function treeTimeline(orderId: number, rows: readonly TimelineRow[]): Timeline {
  let start: Date | null = null;
  let end: Date | null = null;
  for (const row of rows) {
    if (!inSubtree(orderId, row)) continue;
    if (row.id !== orderId && row.status === VOIDED) continue;
    if (row.startDate && (!start || row.startDate < start)) start = row.startDate;
    if (row.expectedDate && (!end || row.expectedDate > end)) end = row.expectedDate;
  }
  return { start, end };
}
