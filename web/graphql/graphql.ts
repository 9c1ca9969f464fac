/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** COUNT: the quantity is the counted on hand; WASTE and DAMAGE: the quantity removed; OTHER: a signed change. */
export type AdjustmentType =
  | 'COUNT'
  | 'DAMAGE'
  | 'OTHER'
  | 'WASTE';

export type ApiKeyCreateInput = {
  /** What the key is for, e.g. 'scanner 3'. */
  name: string;
  /** Name of an active role: admin, planner, shop-floor, viewer or one you created. */
  role: string;
  /** Limit the key to the server's trusted documents (TRUSTED_DOCUMENTS), e.g. a handheld's: it is refused any other document. Defaults to false. */
  trustedDocumentsOnly?: boolean | null | undefined;
};

/** SIMPLE: nothing exploded below it (bought); PRODUCED / ASSEMBLED: its default production / assembly BOM is exploded; PHANTOM: an auto-assembled BOM whose lines count as its parent's. */
export type BomNodeKind =
  | 'ASSEMBLED'
  | 'PHANTOM'
  | 'PRODUCED'
  | 'SIMPLE';

/** PENDING: not started. RUNNING: a time log is open. PAUSED: stopped, with a reason. DONE: completed with its good and scrapped quantities. SKIPPED: will not run. */
export type OperationStatus =
  | 'DONE'
  | 'PAUSED'
  | 'PENDING'
  | 'RUNNING'
  | 'SKIPPED';

/** The statuses of every kind of order, for `Order.orderStatus`; a kind's own `status` (ProductionOrderStatus, SalesOrderStatus, PurchaseOrderStatus, TransferOrderStatus) says which it can have. */
export type OrderStatus =
  | 'AUTHORIZED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'FULFILLED'
  | 'IN_PROGRESS'
  | 'ORDERED'
  | 'PLANNED'
  | 'RECEIVED'
  | 'RELEASED'
  | 'VOIDED';

export type Permission =
  | 'ADMIN'
  | 'BOM_MANAGE'
  | 'INVENTORY_ADJUST'
  | 'INVENTORY_RECEIVE'
  | 'PRODUCTION_ADJUST'
  | 'PRODUCTION_EXECUTE'
  | 'PRODUCTION_FULFILL'
  | 'PRODUCTION_UNDO'
  | 'PRODUCTION_VIEW'
  | 'PRODUCTION_VOID'
  | 'PURCHASING'
  | 'SALES';

export type ProductionOrderConsumeInput = {
  /** When it happened; now when absent. */
  at?: string | null | undefined;
  /** One component row of the order, which takes the whole quantity. */
  componentId?: string | number | null | undefined;
  employeeId?: string | number | null | undefined;
  note?: string | null | undefined;
  /** The product scanned: on several component rows, each row's remaining requirement is filled in position order, the rest going to the last. Give productId or componentId. */
  productId?: string | number | null | undefined;
  /** Greater than 0; beyond the requirement is variance. */
  quantity: string;
  /** Consume a product that is no component of the order (recorded as an unplanned component). */
  unplanned?: boolean | null | undefined;
};

export type ProductionOrderOperationCompleteInput = {
  /** When it happened (a scanner that was offline says when); now when absent. Not in the future (a clock up to 2 minutes ahead counts as now), not before the order was released, not before the operation's last step. */
  at?: string | null | undefined;
  /** An active employee. */
  employeeId?: string | number | null | undefined;
  /** The operation's version you last read. */
  expectedVersion?: number | null | undefined;
  /** >= 0; with what it completed before, at most the line's quantity plus Settings.overProductionTolerancePercent. */
  goodQuantity: string;
  /** >= 0 (default 0); goodQuantity and scrapQuantity are not both 0. */
  scrapQuantity?: string | null | undefined;
};

export type ProductionOrderOperationPauseInput = {
  /** When it happened (a scanner that was offline says when); now when absent. Not in the future (a clock up to 2 minutes ahead counts as now), not before the order was released, not before the operation's last step. */
  at?: string | null | undefined;
  /** An active employee. */
  employeeId?: string | number | null | undefined;
  /** The operation's version you last read. */
  expectedVersion?: number | null | undefined;
  /** Required; at most 500 characters. */
  reason: string;
};

export type ProductionOrderOperationStepInput = {
  /** When it happened (a scanner that was offline says when); now when absent. Not in the future (a clock up to 2 minutes ahead counts as now), not before the order was released, not before the operation's last step. */
  at?: string | null | undefined;
  /** An active employee. */
  employeeId?: string | number | null | undefined;
  /** The operation's version you last read. */
  expectedVersion?: number | null | undefined;
};

export type ProductionOrderReportOutputInput = {
  /** When it happened; now when absent. */
  at?: string | null | undefined;
  employeeId?: string | number | null | undefined;
  /** Good units, added to stock now. */
  goodQuantity: string;
  /** Needed when the order has several lines. */
  lineId?: string | number | null | undefined;
  note?: string | null | undefined;
  /** Units made and thrown away. */
  scrapQuantity?: string | null | undefined;
};

/** DRAFT: nothing reserved. PLANNED, RELEASED, IN_PROGRESS: components allocated, output on order. COMPLETED: components consumed, output in stock. VOIDED: nothing held. */
export type ProductionOrderStatus =
  | 'COMPLETED'
  | 'DRAFT'
  | 'IN_PROGRESS'
  | 'PLANNED'
  | 'RELEASED'
  | 'VOIDED';

export type PurchaseOrderReceiptInput = {
  lineId: string | number;
  /** Received now; greater than zero. */
  quantity: string;
};

/** DRAFT -> ORDERED (on order at the receiving location) -> RECEIVED (every line fully received); DRAFT or ORDERED -> VOIDED. */
export type PurchaseOrderStatus =
  | 'DRAFT'
  | 'ORDERED'
  | 'RECEIVED'
  | 'VOIDED';

/** DRAFT -> AUTHORIZED -> FULFILLED (shipped); DRAFT or AUTHORIZED -> VOIDED. */
export type SalesOrderStatus =
  | 'AUTHORIZED'
  | 'DRAFT'
  | 'FULFILLED'
  | 'VOIDED';

export type StockAdjustInput = {
  /** 1 to 200 lines, at most one per product and location. */
  lines: Array<StockAdjustLineInput>;
  /** At most 1000 characters. */
  note?: string | null | undefined;
  type: AdjustmentType;
};

export type StockAdjustLineInput = {
  locationId: string | number;
  productId: string | number;
  /** COUNT: counted on hand (>= 0); WASTE, DAMAGE: removed (> 0); OTHER: signed change (not 0). */
  quantity: string;
};

/** DRAFT (lines may move in parts) -> COMPLETED (every line moved) or VOIDED. */
export type TransferOrderStatus =
  | 'COMPLETED'
  | 'DRAFT'
  | 'VOIDED';

export type UserErrorCode =
  | 'ALREADY_EXISTS'
  | 'ARCHIVED'
  | 'CYCLE'
  | 'DEPTH_EXCEEDED'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_INPUT'
  | 'INVALID_STATUS'
  | 'IN_USE'
  | 'MISSING_BOM'
  | 'NOT_FOUND'
  | 'PLAN_CHANGED'
  | 'RETRYABLE_CONFLICT'
  | 'VERSION_CONFLICT'
  | 'WRONG_LOCATION_KIND';

export type BoardBarOrderFragment = { id: string, number: string, status: ProductionOrderStatus, version: number, late: boolean, startDate: string | null, expectedDate: string | null, operations: Array<{ id: string, name: string, status: OperationStatus, plannedStart: string | null, plannedEnd: string | null, plannedMinutes: string, resource: { id: string } }>, lines: Array<{ bom: { operations: Array<{ resource: { id: string } }> } }> };

export type BoardDayLoadFragment = { date: string, capacityMinutes: number, loadMinutes: string, overloaded: boolean };

export type BoardQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type BoardQuery = { liveCursor: string, schedule: { days: Array<string>, to: string, timeZone: string, resources: Array<{ capacityMinutesPerDay: number, resource: { id: string, name: string }, days: Array<{ date: string, capacityMinutes: number, loadMinutes: string, overloaded: boolean }>, orders: Array<{ order: { id: string, number: string, status: ProductionOrderStatus, version: number, late: boolean, startDate: string | null, expectedDate: string | null, operations: Array<{ id: string, name: string, status: OperationStatus, plannedStart: string | null, plannedEnd: string | null, plannedMinutes: string, resource: { id: string } }>, lines: Array<{ bom: { operations: Array<{ resource: { id: string } }> } }> } }> }> } };

export type BoardResourceDaysQueryVariables = Exact<{
  from: string;
  to: string;
  resourceIds: Array<string | number> | string | number;
}>;


export type BoardResourceDaysQuery = { schedule: { resources: Array<{ resource: { id: string }, days: Array<{ date: string, capacityMinutes: number, loadMinutes: string, overloaded: boolean }> }> } };

export type BoardChangesSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type BoardChangesSubscription = { productionOrderEvents: { cursor: string, type: string, afterStatus: ProductionOrderStatus | null, operationAfterStatus: OperationStatus | null, productionOrder: { id: string, number: string, status: ProductionOrderStatus, version: number, late: boolean, startDate: string | null, expectedDate: string | null, operations: Array<{ id: string, name: string, status: OperationStatus, plannedStart: string | null, plannedEnd: string | null, plannedMinutes: string, resource: { id: string } }>, lines: Array<{ bom: { operations: Array<{ resource: { id: string } }> } }> } | null } };

export type BoardCurrentOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type BoardCurrentOrderQuery = { node:
    | { id: string, number: string, status: ProductionOrderStatus, version: number, late: boolean, startDate: string | null, expectedDate: string | null, operations: Array<{ id: string, name: string, status: OperationStatus, plannedStart: string | null, plannedEnd: string | null, plannedMinutes: string, resource: { id: string } }>, lines: Array<{ bom: { operations: Array<{ resource: { id: string } }> } }> }
    | Record<PropertyKey, never>
   | null };

export type BoardRescheduleMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  startDate: string;
  expectedDate: string;
  resourceId?: string | number | null | undefined;
}>;


export type BoardRescheduleMutation = { productionOrderReschedule: { productionOrder: { id: string, number: string, status: ProductionOrderStatus, version: number, late: boolean, startDate: string | null, expectedDate: string | null, operations: Array<{ id: string, name: string, status: OperationStatus, plannedStart: string | null, plannedEnd: string | null, plannedMinutes: string, resource: { id: string } }>, lines: Array<{ bom: { operations: Array<{ resource: { id: string } }> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type BoardOrderTreeQueryVariables = Exact<{
  id: string | number;
}>;


export type BoardOrderTreeQuery = { node:
    | { id: string, number: string, location: { id: string }, root: { tree: Array<{ id: string, number: string, status: ProductionOrderStatus, version: number, level: number, late: boolean, startDate: string | null, expectedDate: string | null, lines: Array<{ quantity: string, product: { id: string, sku: string, name: string } }>, components: Array<{ id: string, requiredQuantity: string, allocatedQuantity: string, shortageQuantity: string, product: { sku: string } }>, relatedOrders: Array<
            | { __typename: 'ProductionOrder', id: string, number: string, orderStatus: OrderStatus }
            | { __typename: 'PurchaseOrder', id: string, number: string, orderStatus: OrderStatus }
            | { __typename: 'SalesOrder', id: string, number: string, orderStatus: OrderStatus }
            | { __typename: 'TransferOrder', id: string, number: string, orderStatus: OrderStatus }
          > }> } }
    | Record<PropertyKey, never>
   | null };

export type BoardAuthorizeMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type BoardAuthorizeMutation = { productionOrderAuthorize: { productionOrder: { id: string, number: string, status: ProductionOrderStatus, version: number, late: boolean, startDate: string | null, expectedDate: string | null, operations: Array<{ id: string, name: string, status: OperationStatus, plannedStart: string | null, plannedEnd: string | null, plannedMinutes: string, resource: { id: string } }>, lines: Array<{ bom: { operations: Array<{ resource: { id: string } }> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type BoardReleaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type BoardReleaseMutation = { productionOrderRelease: { productionOrder: { id: string, number: string, status: ProductionOrderStatus, version: number, late: boolean, startDate: string | null, expectedDate: string | null, operations: Array<{ id: string, name: string, status: OperationStatus, plannedStart: string | null, plannedEnd: string | null, plannedMinutes: string, resource: { id: string } }>, lines: Array<{ bom: { operations: Array<{ resource: { id: string } }> } }> } | null, unorderedComponents: Array<{ quantity: string, product: { sku: string } }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type BoardExplosionQueryVariables = Exact<{
  productId: string | number;
  quantity: string;
  locationId?: string | number | null | undefined;
}>;


export type BoardExplosionQuery = { bomExplosion: { id: string, nodes: Array<{ id: string, level: number, kind: BomNodeKind, totalQuantity: string, available: string, shortage: string, component: { sku: string, name: string } }> } };

export type ScannerScanQueryVariables = Exact<{
  code: string;
}>;


export type ScannerScanQuery = { scan: { code: string, gs1Problem: string | null, gs1: { gtin: string | null, lot: string | null } | null, matches: Array<
      | { __typename: 'Location', id: string, code: string | null, name: string }
      | { __typename: 'Product', id: string, sku: string, name: string, unit: string, stockLevels: Array<{ onHand: string, location: { id: string, name: string } }> }
      | { __typename: 'ProductionOrder', id: string, number: string, productionStatus: ProductionOrderStatus, lines: Array<{ id: string, quantity: string, producedQuantity: string, scrappedQuantity: string, product: { sku: string } }>, operations: Array<{ id: string, name: string, status: OperationStatus, pauseReason: string | null, completedQuantity: string }>, components: Array<{ id: string, requiredQuantity: string, consumedQuantity: string, product: { id: string, sku: string, name: string } }> }
      | { __typename: 'PurchaseOrder', id: string, number: string, purchaseStatus: PurchaseOrderStatus, supplier: { name: string }, lines: Array<{ id: string, quantity: string, openQuantity: string, product: { sku: string } }> }
      | { __typename: 'SalesOrder', id: string, number: string, salesStatus: SalesOrderStatus }
      | { __typename: 'TransferOrder', id: string, number: string, transferStatus: TransferOrderStatus, fromLocation: { name: string }, toLocation: { name: string }, lines: Array<{ id: string, openQuantity: string, product: { sku: string } }> }
    > } };

export type ScannerProductFragment = { id: string, sku: string, name: string, unit: string, stockLevels: Array<{ onHand: string, location: { id: string, name: string } }> };

export type ScannerProductionOrderFragment = { id: string, number: string, productionStatus: ProductionOrderStatus, lines: Array<{ id: string, quantity: string, producedQuantity: string, scrappedQuantity: string, product: { sku: string } }>, operations: Array<{ id: string, name: string, status: OperationStatus, pauseReason: string | null, completedQuantity: string }>, components: Array<{ id: string, requiredQuantity: string, consumedQuantity: string, product: { id: string, sku: string, name: string } }> };

export type ScannerPurchaseOrderFragment = { id: string, number: string, purchaseStatus: PurchaseOrderStatus, supplier: { name: string }, lines: Array<{ id: string, quantity: string, openQuantity: string, product: { sku: string } }> };

export type ScannerTransferOrderFragment = { id: string, number: string, transferStatus: TransferOrderStatus, fromLocation: { name: string }, toLocation: { name: string }, lines: Array<{ id: string, openQuantity: string, product: { sku: string } }> };

export type ScannerUserErrorFragment = { code: UserErrorCode, field: Array<string> | null, message: string };

export type ScannerOperationStartMutationVariables = Exact<{
  id: string | number;
  input?: ProductionOrderOperationStepInput | null | undefined;
}>;


export type ScannerOperationStartMutation = { productionOrderOperationStart: { operation: { order: { id: string, number: string, productionStatus: ProductionOrderStatus, lines: Array<{ id: string, quantity: string, producedQuantity: string, scrappedQuantity: string, product: { sku: string } }>, operations: Array<{ id: string, name: string, status: OperationStatus, pauseReason: string | null, completedQuantity: string }>, components: Array<{ id: string, requiredQuantity: string, consumedQuantity: string, product: { id: string, sku: string, name: string } }> } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ScannerOperationPauseMutationVariables = Exact<{
  id: string | number;
  input: ProductionOrderOperationPauseInput;
}>;


export type ScannerOperationPauseMutation = { productionOrderOperationPause: { operation: { order: { id: string, number: string, productionStatus: ProductionOrderStatus, lines: Array<{ id: string, quantity: string, producedQuantity: string, scrappedQuantity: string, product: { sku: string } }>, operations: Array<{ id: string, name: string, status: OperationStatus, pauseReason: string | null, completedQuantity: string }>, components: Array<{ id: string, requiredQuantity: string, consumedQuantity: string, product: { id: string, sku: string, name: string } }> } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ScannerOperationResumeMutationVariables = Exact<{
  id: string | number;
  input?: ProductionOrderOperationStepInput | null | undefined;
}>;


export type ScannerOperationResumeMutation = { productionOrderOperationResume: { operation: { order: { id: string, number: string, productionStatus: ProductionOrderStatus, lines: Array<{ id: string, quantity: string, producedQuantity: string, scrappedQuantity: string, product: { sku: string } }>, operations: Array<{ id: string, name: string, status: OperationStatus, pauseReason: string | null, completedQuantity: string }>, components: Array<{ id: string, requiredQuantity: string, consumedQuantity: string, product: { id: string, sku: string, name: string } }> } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ScannerOperationCompleteMutationVariables = Exact<{
  id: string | number;
  input: ProductionOrderOperationCompleteInput;
}>;


export type ScannerOperationCompleteMutation = { productionOrderOperationComplete: { operation: { order: { id: string, number: string, productionStatus: ProductionOrderStatus, lines: Array<{ id: string, quantity: string, producedQuantity: string, scrappedQuantity: string, product: { sku: string } }>, operations: Array<{ id: string, name: string, status: OperationStatus, pauseReason: string | null, completedQuantity: string }>, components: Array<{ id: string, requiredQuantity: string, consumedQuantity: string, product: { id: string, sku: string, name: string } }> } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ScannerConsumeMutationVariables = Exact<{
  id: string | number;
  input: ProductionOrderConsumeInput;
}>;


export type ScannerConsumeMutation = { productionOrderConsume: { productionOrder: { id: string, number: string, productionStatus: ProductionOrderStatus, lines: Array<{ id: string, quantity: string, producedQuantity: string, scrappedQuantity: string, product: { sku: string } }>, operations: Array<{ id: string, name: string, status: OperationStatus, pauseReason: string | null, completedQuantity: string }>, components: Array<{ id: string, requiredQuantity: string, consumedQuantity: string, product: { id: string, sku: string, name: string } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ScannerReportOutputMutationVariables = Exact<{
  id: string | number;
  input: ProductionOrderReportOutputInput;
}>;


export type ScannerReportOutputMutation = { productionOrderReportOutput: { productionOrder: { id: string, number: string, productionStatus: ProductionOrderStatus, lines: Array<{ id: string, quantity: string, producedQuantity: string, scrappedQuantity: string, product: { sku: string } }>, operations: Array<{ id: string, name: string, status: OperationStatus, pauseReason: string | null, completedQuantity: string }>, components: Array<{ id: string, requiredQuantity: string, consumedQuantity: string, product: { id: string, sku: string, name: string } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ScannerPurchaseReceiveMutationVariables = Exact<{
  id: string | number;
  lines: Array<PurchaseOrderReceiptInput> | PurchaseOrderReceiptInput;
}>;


export type ScannerPurchaseReceiveMutation = { purchaseOrderReceive: { purchaseOrder: { id: string, number: string, purchaseStatus: PurchaseOrderStatus, supplier: { name: string }, lines: Array<{ id: string, quantity: string, openQuantity: string, product: { sku: string } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ScannerTransferCompleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ScannerTransferCompleteMutation = { transferOrderComplete: { transferOrder: { id: string, number: string, transferStatus: TransferOrderStatus, fromLocation: { name: string }, toLocation: { name: string }, lines: Array<{ id: string, openQuantity: string, product: { sku: string } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ScannerStockCountMutationVariables = Exact<{
  input: StockAdjustInput;
}>;


export type ScannerStockCountMutation = { stockAdjust: { adjustment: { movements: Array<{ product: { id: string, sku: string, name: string, unit: string, stockLevels: Array<{ onHand: string, location: { id: string, name: string } }> } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ScannerKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ScannerKeyCreateMutation = { apiKeyCreate: { secret: string | null, apiKey: { name: string } | null, userErrors: Array<{ field: Array<string> | null, message: string }> } };

export type SignedInQueryVariables = Exact<{ [key: string]: never; }>;


export type SignedInQuery = { me: { permissions: Array<Permission>, apiKey: { id: string, name: string, role: { name: string } } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BoardBarOrderFragmentDoc = new TypedDocumentString(`
    fragment BoardBarOrder on ProductionOrder {
  id
  number
  status
  version
  late
  startDate
  expectedDate
  operations {
    id
    name
    status
    plannedStart
    plannedEnd
    plannedMinutes
    resource {
      id
    }
  }
  lines {
    bom {
      operations {
        resource {
          id
        }
      }
    }
  }
}
    `, {"fragmentName":"BoardBarOrder"}) as unknown as TypedDocumentString<BoardBarOrderFragment, unknown>;
export const BoardDayLoadFragmentDoc = new TypedDocumentString(`
    fragment BoardDayLoad on ResourceDayLoad {
  date
  capacityMinutes
  loadMinutes
  overloaded
}
    `, {"fragmentName":"BoardDayLoad"}) as unknown as TypedDocumentString<BoardDayLoadFragment, unknown>;
export const ScannerProductFragmentDoc = new TypedDocumentString(`
    fragment ScannerProduct on Product {
  id
  sku
  name
  unit
  stockLevels {
    onHand
    location {
      id
      name
    }
  }
}
    `, {"fragmentName":"ScannerProduct"}) as unknown as TypedDocumentString<ScannerProductFragment, unknown>;
export const ScannerProductionOrderFragmentDoc = new TypedDocumentString(`
    fragment ScannerProductionOrder on ProductionOrder {
  id
  number
  productionStatus: status
  lines {
    id
    quantity
    producedQuantity
    scrappedQuantity
    product {
      sku
    }
  }
  operations {
    id
    name
    status
    pauseReason
    completedQuantity
  }
  components {
    id
    requiredQuantity
    consumedQuantity
    product {
      id
      sku
      name
    }
  }
}
    `, {"fragmentName":"ScannerProductionOrder"}) as unknown as TypedDocumentString<ScannerProductionOrderFragment, unknown>;
export const ScannerPurchaseOrderFragmentDoc = new TypedDocumentString(`
    fragment ScannerPurchaseOrder on PurchaseOrder {
  id
  number
  purchaseStatus: status
  supplier {
    name
  }
  lines {
    id
    quantity
    openQuantity
    product {
      sku
    }
  }
}
    `, {"fragmentName":"ScannerPurchaseOrder"}) as unknown as TypedDocumentString<ScannerPurchaseOrderFragment, unknown>;
export const ScannerTransferOrderFragmentDoc = new TypedDocumentString(`
    fragment ScannerTransferOrder on TransferOrder {
  id
  number
  transferStatus: status
  fromLocation {
    name
  }
  toLocation {
    name
  }
  lines {
    id
    openQuantity
    product {
      sku
    }
  }
}
    `, {"fragmentName":"ScannerTransferOrder"}) as unknown as TypedDocumentString<ScannerTransferOrderFragment, unknown>;
export const ScannerUserErrorFragmentDoc = new TypedDocumentString(`
    fragment ScannerUserError on UserError {
  code
  field
  message
}
    `, {"fragmentName":"ScannerUserError"}) as unknown as TypedDocumentString<ScannerUserErrorFragment, unknown>;
export const BoardDocument = new TypedDocumentString(`
    query Board($from: DateTime!, $to: DateTime!) {
  liveCursor
  schedule(from: $from, to: $to) {
    days
    to
    timeZone
    resources {
      capacityMinutesPerDay
      resource {
        id
        name
      }
      days {
        ...BoardDayLoad
      }
      orders {
        order {
          ...BoardBarOrder
        }
      }
    }
  }
}
    fragment BoardBarOrder on ProductionOrder {
  id
  number
  status
  version
  late
  startDate
  expectedDate
  operations {
    id
    name
    status
    plannedStart
    plannedEnd
    plannedMinutes
    resource {
      id
    }
  }
  lines {
    bom {
      operations {
        resource {
          id
        }
      }
    }
  }
}
fragment BoardDayLoad on ResourceDayLoad {
  date
  capacityMinutes
  loadMinutes
  overloaded
}`, {"hash":"sha256:8d7afa7106af04fea41a05ac0668507b09526fca05a1e0ba447287ba962025e4"}) as unknown as TypedDocumentString<BoardQuery, BoardQueryVariables>;
export const BoardResourceDaysDocument = new TypedDocumentString(`
    query BoardResourceDays($from: DateTime!, $to: DateTime!, $resourceIds: [ID!]!) {
  schedule(from: $from, to: $to, resourceIds: $resourceIds) {
    resources {
      resource {
        id
      }
      days {
        ...BoardDayLoad
      }
    }
  }
}
    fragment BoardDayLoad on ResourceDayLoad {
  date
  capacityMinutes
  loadMinutes
  overloaded
}`, {"hash":"sha256:80769e4173a29ca4f83ee26f038749d6e36e8740e8b8b886afd5175c872242a1"}) as unknown as TypedDocumentString<BoardResourceDaysQuery, BoardResourceDaysQueryVariables>;
export const BoardChangesDocument = new TypedDocumentString(`
    subscription BoardChanges($after: String) {
  productionOrderEvents(after: $after) {
    cursor
    type
    afterStatus
    operationAfterStatus
    productionOrder {
      ...BoardBarOrder
    }
  }
}
    fragment BoardBarOrder on ProductionOrder {
  id
  number
  status
  version
  late
  startDate
  expectedDate
  operations {
    id
    name
    status
    plannedStart
    plannedEnd
    plannedMinutes
    resource {
      id
    }
  }
  lines {
    bom {
      operations {
        resource {
          id
        }
      }
    }
  }
}`, {"hash":"sha256:b93d182b1b64c88511d43ca6c38f8ff93bf9c32861fc4a5f916724b2bf3f23be"}) as unknown as TypedDocumentString<BoardChangesSubscription, BoardChangesSubscriptionVariables>;
export const BoardCurrentOrderDocument = new TypedDocumentString(`
    query BoardCurrentOrder($id: ID!) {
  node(id: $id) {
    ... on ProductionOrder {
      ...BoardBarOrder
    }
  }
}
    fragment BoardBarOrder on ProductionOrder {
  id
  number
  status
  version
  late
  startDate
  expectedDate
  operations {
    id
    name
    status
    plannedStart
    plannedEnd
    plannedMinutes
    resource {
      id
    }
  }
  lines {
    bom {
      operations {
        resource {
          id
        }
      }
    }
  }
}`, {"hash":"sha256:2505892dec2d07d7e85089ab71fddf9b83c189255cb5195a766fc3bcfddd67c2"}) as unknown as TypedDocumentString<BoardCurrentOrderQuery, BoardCurrentOrderQueryVariables>;
export const BoardRescheduleDocument = new TypedDocumentString(`
    mutation BoardReschedule($id: ID!, $expectedVersion: Int!, $startDate: DateTime!, $expectedDate: DateTime!, $resourceId: ID) {
  productionOrderReschedule(
    id: $id
    expectedVersion: $expectedVersion
    startDate: $startDate
    expectedDate: $expectedDate
    resourceId: $resourceId
  ) {
    productionOrder {
      ...BoardBarOrder
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment BoardBarOrder on ProductionOrder {
  id
  number
  status
  version
  late
  startDate
  expectedDate
  operations {
    id
    name
    status
    plannedStart
    plannedEnd
    plannedMinutes
    resource {
      id
    }
  }
  lines {
    bom {
      operations {
        resource {
          id
        }
      }
    }
  }
}`, {"hash":"sha256:6e7a78167953617553dc66d6aaad03e3bae98ae1b6e309bc8fc1fa8ae5bb8a1f"}) as unknown as TypedDocumentString<BoardRescheduleMutation, BoardRescheduleMutationVariables>;
export const BoardOrderTreeDocument = new TypedDocumentString(`
    query BoardOrderTree($id: ID!) {
  node(id: $id) {
    ... on ProductionOrder {
      id
      number
      location {
        id
      }
      root {
        tree {
          id
          number
          status
          version
          level
          late
          startDate
          expectedDate
          lines {
            quantity
            product {
              id
              sku
              name
            }
          }
          components {
            id
            product {
              sku
            }
            requiredQuantity
            allocatedQuantity
            shortageQuantity
          }
          relatedOrders {
            __typename
            ... on Order {
              id
              number
              orderStatus
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:a0d1109fccf319d52d0d8a8fc0573ae9e6d20b5a1daba305c10edd94043b1fe8"}) as unknown as TypedDocumentString<BoardOrderTreeQuery, BoardOrderTreeQueryVariables>;
export const BoardAuthorizeDocument = new TypedDocumentString(`
    mutation BoardAuthorize($id: ID!, $expectedVersion: Int) {
  productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion) {
    productionOrder {
      ...BoardBarOrder
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment BoardBarOrder on ProductionOrder {
  id
  number
  status
  version
  late
  startDate
  expectedDate
  operations {
    id
    name
    status
    plannedStart
    plannedEnd
    plannedMinutes
    resource {
      id
    }
  }
  lines {
    bom {
      operations {
        resource {
          id
        }
      }
    }
  }
}`, {"hash":"sha256:6e3c0e04466c9afd3cb2f70660d5da9507286d256345226e2423a6ae27f226c8"}) as unknown as TypedDocumentString<BoardAuthorizeMutation, BoardAuthorizeMutationVariables>;
export const BoardReleaseDocument = new TypedDocumentString(`
    mutation BoardRelease($id: ID!, $expectedVersion: Int) {
  productionOrderRelease(id: $id, expectedVersion: $expectedVersion) {
    productionOrder {
      ...BoardBarOrder
    }
    unorderedComponents {
      product {
        sku
      }
      quantity
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment BoardBarOrder on ProductionOrder {
  id
  number
  status
  version
  late
  startDate
  expectedDate
  operations {
    id
    name
    status
    plannedStart
    plannedEnd
    plannedMinutes
    resource {
      id
    }
  }
  lines {
    bom {
      operations {
        resource {
          id
        }
      }
    }
  }
}`, {"hash":"sha256:afa5dcd799ff1daea7669c3015678dd6ab2c3fb3ad15f837cfd12a7401eab94d"}) as unknown as TypedDocumentString<BoardReleaseMutation, BoardReleaseMutationVariables>;
export const BoardExplosionDocument = new TypedDocumentString(`
    query BoardExplosion($productId: ID!, $quantity: Decimal!, $locationId: ID) {
  bomExplosion(
    productId: $productId
    quantity: $quantity
    locationId: $locationId
  ) {
    id
    nodes {
      id
      level
      kind
      totalQuantity
      available
      shortage
      component {
        sku
        name
      }
    }
  }
}
    `, {"hash":"sha256:6e93407174aa1e893af54a73d8114100601414f1d01b106e638acc7e6a34b23c"}) as unknown as TypedDocumentString<BoardExplosionQuery, BoardExplosionQueryVariables>;
export const ScannerScanDocument = new TypedDocumentString(`
    query ScannerScan($code: String!) {
  scan(code: $code) {
    code
    gs1Problem
    gs1 {
      gtin
      lot
    }
    matches {
      __typename
      ... on Product {
        ...ScannerProduct
      }
      ... on Location {
        id
        code
        name
      }
      ... on ProductionOrder {
        ...ScannerProductionOrder
      }
      ... on PurchaseOrder {
        ...ScannerPurchaseOrder
      }
      ... on TransferOrder {
        ...ScannerTransferOrder
      }
      ... on SalesOrder {
        id
        number
        salesStatus: status
      }
    }
  }
}
    fragment ScannerProduct on Product {
  id
  sku
  name
  unit
  stockLevels {
    onHand
    location {
      id
      name
    }
  }
}
fragment ScannerProductionOrder on ProductionOrder {
  id
  number
  productionStatus: status
  lines {
    id
    quantity
    producedQuantity
    scrappedQuantity
    product {
      sku
    }
  }
  operations {
    id
    name
    status
    pauseReason
    completedQuantity
  }
  components {
    id
    requiredQuantity
    consumedQuantity
    product {
      id
      sku
      name
    }
  }
}
fragment ScannerPurchaseOrder on PurchaseOrder {
  id
  number
  purchaseStatus: status
  supplier {
    name
  }
  lines {
    id
    quantity
    openQuantity
    product {
      sku
    }
  }
}
fragment ScannerTransferOrder on TransferOrder {
  id
  number
  transferStatus: status
  fromLocation {
    name
  }
  toLocation {
    name
  }
  lines {
    id
    openQuantity
    product {
      sku
    }
  }
}`, {"hash":"sha256:66735ade3ae0d43fc55fbbc7de6b47ff5f7b72c3af52454537ebed26314e679c"}) as unknown as TypedDocumentString<ScannerScanQuery, ScannerScanQueryVariables>;
export const ScannerOperationStartDocument = new TypedDocumentString(`
    mutation ScannerOperationStart($id: ID!, $input: ProductionOrderOperationStepInput) {
  productionOrderOperationStart(id: $id, input: $input) {
    operation {
      order {
        ...ScannerProductionOrder
      }
    }
    userErrors {
      ...ScannerUserError
    }
  }
}
    fragment ScannerProductionOrder on ProductionOrder {
  id
  number
  productionStatus: status
  lines {
    id
    quantity
    producedQuantity
    scrappedQuantity
    product {
      sku
    }
  }
  operations {
    id
    name
    status
    pauseReason
    completedQuantity
  }
  components {
    id
    requiredQuantity
    consumedQuantity
    product {
      id
      sku
      name
    }
  }
}
fragment ScannerUserError on UserError {
  code
  field
  message
}`, {"hash":"sha256:2e57acad46261ebc285d905f159d79f665e9769a43d3c413e6d5d84b540db58c"}) as unknown as TypedDocumentString<ScannerOperationStartMutation, ScannerOperationStartMutationVariables>;
export const ScannerOperationPauseDocument = new TypedDocumentString(`
    mutation ScannerOperationPause($id: ID!, $input: ProductionOrderOperationPauseInput!) {
  productionOrderOperationPause(id: $id, input: $input) {
    operation {
      order {
        ...ScannerProductionOrder
      }
    }
    userErrors {
      ...ScannerUserError
    }
  }
}
    fragment ScannerProductionOrder on ProductionOrder {
  id
  number
  productionStatus: status
  lines {
    id
    quantity
    producedQuantity
    scrappedQuantity
    product {
      sku
    }
  }
  operations {
    id
    name
    status
    pauseReason
    completedQuantity
  }
  components {
    id
    requiredQuantity
    consumedQuantity
    product {
      id
      sku
      name
    }
  }
}
fragment ScannerUserError on UserError {
  code
  field
  message
}`, {"hash":"sha256:6430e518ff75696360ad89fae64f0a9fa7b3f9d5b02ee59868951a498640cc36"}) as unknown as TypedDocumentString<ScannerOperationPauseMutation, ScannerOperationPauseMutationVariables>;
export const ScannerOperationResumeDocument = new TypedDocumentString(`
    mutation ScannerOperationResume($id: ID!, $input: ProductionOrderOperationStepInput) {
  productionOrderOperationResume(id: $id, input: $input) {
    operation {
      order {
        ...ScannerProductionOrder
      }
    }
    userErrors {
      ...ScannerUserError
    }
  }
}
    fragment ScannerProductionOrder on ProductionOrder {
  id
  number
  productionStatus: status
  lines {
    id
    quantity
    producedQuantity
    scrappedQuantity
    product {
      sku
    }
  }
  operations {
    id
    name
    status
    pauseReason
    completedQuantity
  }
  components {
    id
    requiredQuantity
    consumedQuantity
    product {
      id
      sku
      name
    }
  }
}
fragment ScannerUserError on UserError {
  code
  field
  message
}`, {"hash":"sha256:6597408bef547293880623332160f4663c7ff0d4821ebed276620aeb0f688117"}) as unknown as TypedDocumentString<ScannerOperationResumeMutation, ScannerOperationResumeMutationVariables>;
export const ScannerOperationCompleteDocument = new TypedDocumentString(`
    mutation ScannerOperationComplete($id: ID!, $input: ProductionOrderOperationCompleteInput!) {
  productionOrderOperationComplete(id: $id, input: $input) {
    operation {
      order {
        ...ScannerProductionOrder
      }
    }
    userErrors {
      ...ScannerUserError
    }
  }
}
    fragment ScannerProductionOrder on ProductionOrder {
  id
  number
  productionStatus: status
  lines {
    id
    quantity
    producedQuantity
    scrappedQuantity
    product {
      sku
    }
  }
  operations {
    id
    name
    status
    pauseReason
    completedQuantity
  }
  components {
    id
    requiredQuantity
    consumedQuantity
    product {
      id
      sku
      name
    }
  }
}
fragment ScannerUserError on UserError {
  code
  field
  message
}`, {"hash":"sha256:805f5567101e8265ace3e8458ac194ef828efe6a2bb61b41d0769121e05a4835"}) as unknown as TypedDocumentString<ScannerOperationCompleteMutation, ScannerOperationCompleteMutationVariables>;
export const ScannerConsumeDocument = new TypedDocumentString(`
    mutation ScannerConsume($id: ID!, $input: ProductionOrderConsumeInput!) {
  productionOrderConsume(id: $id, input: $input) {
    productionOrder {
      ...ScannerProductionOrder
    }
    userErrors {
      ...ScannerUserError
    }
  }
}
    fragment ScannerProductionOrder on ProductionOrder {
  id
  number
  productionStatus: status
  lines {
    id
    quantity
    producedQuantity
    scrappedQuantity
    product {
      sku
    }
  }
  operations {
    id
    name
    status
    pauseReason
    completedQuantity
  }
  components {
    id
    requiredQuantity
    consumedQuantity
    product {
      id
      sku
      name
    }
  }
}
fragment ScannerUserError on UserError {
  code
  field
  message
}`, {"hash":"sha256:5a5259f7207fbe9a308816c3470c900d432c7e57189fa33132eb4d0280ac299b"}) as unknown as TypedDocumentString<ScannerConsumeMutation, ScannerConsumeMutationVariables>;
export const ScannerReportOutputDocument = new TypedDocumentString(`
    mutation ScannerReportOutput($id: ID!, $input: ProductionOrderReportOutputInput!) {
  productionOrderReportOutput(id: $id, input: $input) {
    productionOrder {
      ...ScannerProductionOrder
    }
    userErrors {
      ...ScannerUserError
    }
  }
}
    fragment ScannerProductionOrder on ProductionOrder {
  id
  number
  productionStatus: status
  lines {
    id
    quantity
    producedQuantity
    scrappedQuantity
    product {
      sku
    }
  }
  operations {
    id
    name
    status
    pauseReason
    completedQuantity
  }
  components {
    id
    requiredQuantity
    consumedQuantity
    product {
      id
      sku
      name
    }
  }
}
fragment ScannerUserError on UserError {
  code
  field
  message
}`, {"hash":"sha256:ccf462323be61c9d77a47c93d1e1c85a2c982f4aa1d82c693443e22269a6c36d"}) as unknown as TypedDocumentString<ScannerReportOutputMutation, ScannerReportOutputMutationVariables>;
export const ScannerPurchaseReceiveDocument = new TypedDocumentString(`
    mutation ScannerPurchaseReceive($id: ID!, $lines: [PurchaseOrderReceiptInput!]!) {
  purchaseOrderReceive(id: $id, lines: $lines) {
    purchaseOrder {
      ...ScannerPurchaseOrder
    }
    userErrors {
      ...ScannerUserError
    }
  }
}
    fragment ScannerPurchaseOrder on PurchaseOrder {
  id
  number
  purchaseStatus: status
  supplier {
    name
  }
  lines {
    id
    quantity
    openQuantity
    product {
      sku
    }
  }
}
fragment ScannerUserError on UserError {
  code
  field
  message
}`, {"hash":"sha256:765ddaf7381d8749ae26391a8770302711f762a8c5d35e402c116a7d6cca9fa9"}) as unknown as TypedDocumentString<ScannerPurchaseReceiveMutation, ScannerPurchaseReceiveMutationVariables>;
export const ScannerTransferCompleteDocument = new TypedDocumentString(`
    mutation ScannerTransferComplete($id: ID!) {
  transferOrderComplete(id: $id) {
    transferOrder {
      ...ScannerTransferOrder
    }
    userErrors {
      ...ScannerUserError
    }
  }
}
    fragment ScannerTransferOrder on TransferOrder {
  id
  number
  transferStatus: status
  fromLocation {
    name
  }
  toLocation {
    name
  }
  lines {
    id
    openQuantity
    product {
      sku
    }
  }
}
fragment ScannerUserError on UserError {
  code
  field
  message
}`, {"hash":"sha256:5646099017b0c5f8a4cfd6a928f305a0d123bc90d834c2006a627e88acaed746"}) as unknown as TypedDocumentString<ScannerTransferCompleteMutation, ScannerTransferCompleteMutationVariables>;
export const ScannerStockCountDocument = new TypedDocumentString(`
    mutation ScannerStockCount($input: StockAdjustInput!) {
  stockAdjust(input: $input) {
    adjustment {
      movements {
        product {
          ...ScannerProduct
        }
      }
    }
    userErrors {
      ...ScannerUserError
    }
  }
}
    fragment ScannerProduct on Product {
  id
  sku
  name
  unit
  stockLevels {
    onHand
    location {
      id
      name
    }
  }
}
fragment ScannerUserError on UserError {
  code
  field
  message
}`, {"hash":"sha256:73cf62becc948dcf96620ff4b4a5488621c2b0ad80c352bf21e05c8d4382d077"}) as unknown as TypedDocumentString<ScannerStockCountMutation, ScannerStockCountMutationVariables>;
export const ScannerKeyCreateDocument = new TypedDocumentString(`
    mutation ScannerKeyCreate($input: ApiKeyCreateInput!) {
  apiKeyCreate(input: $input) {
    secret
    apiKey {
      name
    }
    userErrors {
      field
      message
    }
  }
}
    `, {"hash":"sha256:563b7b5d8d25ce40e5f62497b2835d85916f2c4ec22304ac2f0003f18b0af6bf"}) as unknown as TypedDocumentString<ScannerKeyCreateMutation, ScannerKeyCreateMutationVariables>;
export const SignedInDocument = new TypedDocumentString(`
    query SignedIn {
  me {
    apiKey {
      id
      name
      role {
        name
      }
    }
    permissions
  }
}
    `, {"hash":"sha256:a85582af72953f190d49aa39d91ddd3cc608e263b7bb88d0ffc02494a6fcffa8"}) as unknown as TypedDocumentString<SignedInQuery, SignedInQueryVariables>;