/**
 * Order numbers are derived from the id, never stored: a prefix per order kind and the id padded to five
 * digits ("PO-00042"; the 100,000th order reads "PO-100000"). They are unique and stable because ids are.
 */
export const ORDER_PREFIX = {
  SalesOrder: "SO",
  PurchaseOrder: "PO",
  TransferOrder: "TO",
  ProductionOrder: "MO",
} as const;

export function orderNumber(prefix: string, id: number): string {
  return `${prefix}-${String(id).padStart(5, "0")}`;
}

/** The four kinds of order, named as their models. */
export type OrderKind = keyof typeof ORDER_PREFIX;

/** Ids are PostgreSQL INTEGERs: a number naming a larger one names no order. */
const MAX_ORDER_ID = 2_147_483_647;

/** A printed number's prefix (optional where `kind` is known), an optional dash, and its digits. */
const NUMBER_FORM = /^(?:([A-Za-z]{2})-?)?(\d+)$/;

function kindOfPrefix(prefix: string): OrderKind | null {
  const upper = prefix.toUpperCase();
  return (Object.keys(ORDER_PREFIX) as OrderKind[]).find((kind) => ORDER_PREFIX[kind] === upper) ?? null;
}

/** The id `digits` name, leading zeros or not; null for 0 and for ids beyond an INTEGER. */
function idOf(digits: string): number | null {
  const id = Number(digits);
  return id >= 1 && id <= MAX_ORDER_ID ? id : null;
}

/**
 * The order a printed number names, as people and scanners write it: any case, with or without the dash and
 * the leading zeros ("MO-00004", "mo4", "MO00004"). Null when the text is not an order number.
 */
export function parseOrderNumber(text: string): { kind: OrderKind; id: number } | null {
  const [, prefix, digits] = NUMBER_FORM.exec(text) ?? [];
  const kind = prefix ? kindOfPrefix(prefix) : null;
  const id = kind && digits ? idOf(digits) : null;
  return kind && id ? { kind, id } : null;
}

/**
 * The id of the order of `kind` that `text` numbers: as `parseOrderNumber` reads it, or its digits alone ("4",
 * "00004") since the kind is known. Null when it names no order of this kind.
 */
export function orderIdOf(kind: OrderKind, text: string): number | null {
  const [, prefix, digits] = NUMBER_FORM.exec(text.trim()) ?? [];
  if (!digits || (prefix && kindOfPrefix(prefix) !== kind)) return null;
  return idOf(digits);
}

/** Ids from `from` to `to`, both included. */
export interface IdRange {
  from: number;
  to: number;
}

/**
 * The ids of the orders of `kind` whose printed number starts with `text` (any case, dash optional, the prefix
 * optional): "MO-001" and "001" name MO-00100 to MO-00199 (and nothing longer: a number of 6 digits and more has
 * no leading zero), "MO-12" names MO-12000 to MO-12999, MO-120000 to MO-129999 and so on. "every" when the text
 * is the start of the prefix itself ("M", "mo-"); null when no number starts with it.
 */
export function idsNumberedFrom(kind: OrderKind, text: string): IdRange[] | "every" | null {
  const prefix = ORDER_PREFIX[kind];
  const typed = text.trim().toUpperCase();
  if (typed.length > 0 && `${prefix}-`.startsWith(typed)) return "every";
  const [, typedPrefix, digits] = NUMBER_FORM.exec(typed) ?? [];
  if (!digits || (typedPrefix && typedPrefix !== prefix)) return null;
  const padded = String(MAX_ORDER_ID).length;
  const ranges: IdRange[] = [];
  // Every length a number can have: 5 digits (zero-padded) up to an INTEGER's 10.
  for (let length = Math.max(5, digits.length); length <= padded; length++) {
    if (length > 5 && digits.startsWith("0")) break;
    const scale = 10 ** (length - digits.length);
    const from = Math.max(1, Number(digits) * scale);
    const to = Math.min(MAX_ORDER_ID, (Number(digits) + 1) * scale - 1);
    if (from <= to) ranges.push({ from, to });
  }
  return ranges.length > 0 ? ranges : null;
}
