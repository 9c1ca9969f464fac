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
