import type {
  OperationStatus,
  ScannerProductionOrderFragment,
  ScannerScanQuery,
} from "../graphql/graphql.ts";

/**
 * What a scanned thing offers the person holding the scanner (docs/rules/scanner-page.md): each offer names the
 * fields it asks for and turns their values into an action the queue can keep (plain JSON, sent later, perhaps
 * after a reload). No framework here, so the rules are unit tested under Node (actions.test.ts).
 */
export type Match = ScannerScanQuery["scan"]["matches"][number];
export type ProductionOrder = ScannerProductionOrderFragment;

/** One per mutation the scanner sends (send.ts maps each to its document). */
export type ActionKind =
  | "operationStart"
  | "operationPause"
  | "operationResume"
  | "operationComplete"
  | "consume"
  | "reportOutput"
  | "purchaseReceive"
  | "transferComplete"
  | "stockCount";

export interface ActionRequest {
  kind: ActionKind;
  variables: Record<string, unknown>;
  /** What the queue shows: "Start Assemble on MO-00001". */
  label: string;
}

export interface Field {
  name: string;
  label: string;
  kind: "quantity" | "text" | "choice";
  initial: string;
  /** For a choice: its options, the first chosen at first. */
  choices?: { value: string; label: string }[];
}

export interface Offer {
  /** Stable between renders: which action on which record. */
  key: string;
  label: string;
  fields: Field[];
  /** The action for the values typed, `at` being when it was asked for; a problem when a value will not do. */
  request(values: Record<string, string>, at: string): ActionRequest | { problem: string };
}

/** What the page remembers between scans: the order being worked on and the location last scanned. */
export interface ScanContext {
  order: ProductionOrder | null;
  location: { id: string; name: string } | null;
}

/** Shop-floor steps need the order released or in progress (docs/rules/orders/production/operations.md). */
export function orderIsWorkable(order: ProductionOrder): boolean {
  return order.productionStatus === "RELEASED" || order.productionStatus === "IN_PROGRESS";
}

export function offersFor(match: Match, context: ScanContext): Offer[] {
  switch (match.__typename) {
    case "ProductionOrder":
      return orderIsWorkable(match) ? productionOrderOffers(match) : [];
    case "Product":
      return productOffers(match, context);
    case "PurchaseOrder":
      if (match.purchaseStatus !== "ORDERED") return [];
      return match.lines
        .filter((line) => !isZero(line.openQuantity))
        .map((line) => ({
          key: `receive:${line.id}`,
          label: `Receive ${line.product.sku}`,
          fields: [quantityField("quantity", "Received", line.openQuantity)],
          request: (values) =>
            withQuantities(values, ["quantity"], false, ({ quantity }) => ({
              kind: "purchaseReceive",
              variables: { id: match.id, lines: [{ lineId: line.id, quantity }] },
              label: `Receive ${quantity} ${line.product.sku} on ${match.number}`,
            })),
        }));
    case "TransferOrder":
      if (match.transferStatus !== "DRAFT") return [];
      return [
        {
          key: `transfer:${match.id}`,
          label: `Complete ${match.number}`,
          fields: [],
          request: () => ({
            kind: "transferComplete",
            variables: { id: match.id },
            label: `Complete ${match.number}`,
          }),
        },
      ];
    case "Location":
    case "SalesOrder":
      return [];
  }
}

function productionOrderOffers(order: ProductionOrder): Offer[] {
  const offers: Offer[] = [];
  for (const operation of order.operations) {
    const on = `${operation.name} on ${order.number}`;
    const step = (kind: "operationStart" | "operationResume", verb: string): Offer => ({
      key: `${kind}:${operation.id}`,
      label: `${verb} ${operation.name}`,
      fields: [],
      request: (_values, at) => ({
        kind,
        variables: { id: operation.id, input: { at } },
        label: `${verb} ${on}`,
      }),
    });
    if (operation.status === "PENDING") offers.push(step("operationStart", "Start"));
    if (operation.status === "PAUSED") offers.push(step("operationResume", "Resume"));
    if (operation.status === "RUNNING")
      offers.push({
        key: `operationPause:${operation.id}`,
        label: `Pause ${operation.name}`,
        fields: [{ name: "reason", label: "Reason", kind: "text", initial: "" }],
        request: (values, at) => {
          const reason = values.reason?.trim() ?? "";
          if (!reason) return { problem: "Reason: say why the work stops" };
          return {
            kind: "operationPause",
            variables: { id: operation.id, input: { reason, at } },
            label: `Pause ${on} (${reason})`,
          };
        },
      });
    if (operation.status === "RUNNING" || operation.status === "PAUSED")
      offers.push({
        key: `operationComplete:${operation.id}`,
        label: `Complete ${operation.name}`,
        fields: [quantityField("goodQuantity", "Good", ""), quantityField("scrapQuantity", "Scrap", "0")],
        request: (values, at) =>
          withQuantities(
            values,
            ["goodQuantity", "scrapQuantity"],
            true,
            ({ goodQuantity, scrapQuantity }) => ({
              kind: "operationComplete",
              variables: { id: operation.id, input: { goodQuantity, scrapQuantity, at } },
              label: `Complete ${on}: ${goodQuantity} good, ${scrapQuantity} scrap`,
            }),
          ),
      });
  }
  for (const component of order.components) offers.push(consumeOffer(order, component.product, component.id));
  offers.push(reportOutputOffer(order));
  return offers;
}

/** Consumes a component row (from the order's list) or a scanned product (`componentId` absent). */
function consumeOffer(
  order: ProductionOrder,
  product: { id: string; sku: string },
  componentId?: string,
): Offer {
  return {
    key: `consume:${order.id}:${componentId ?? product.id}`,
    label: `Consume ${product.sku} into ${order.number}`,
    fields: [quantityField("quantity", "Quantity", "")],
    request: (values, at) =>
      withQuantities(values, ["quantity"], false, ({ quantity }) => ({
        kind: "consume",
        variables: {
          id: order.id,
          input: { ...(componentId ? { componentId } : { productId: product.id }), quantity, at },
        },
        label: `Consume ${quantity} ${product.sku} into ${order.number}`,
      })),
  };
}

function reportOutputOffer(order: ProductionOrder): Offer {
  const several = order.lines.length > 1;
  return {
    key: `reportOutput:${order.id}`,
    label: `Report output of ${order.number}`,
    fields: [
      ...(several
        ? [
            {
              name: "lineId",
              label: "Line",
              kind: "choice" as const,
              initial: order.lines[0]?.id ?? "",
              choices: order.lines.map((line) => ({ value: line.id, label: line.product.sku })),
            },
          ]
        : []),
      quantityField("goodQuantity", "Good", ""),
      quantityField("scrapQuantity", "Scrap", "0"),
    ],
    request: (values, at) =>
      withQuantities(values, ["goodQuantity", "scrapQuantity"], true, ({ goodQuantity, scrapQuantity }) => {
        const lineId = several ? values.lineId : undefined;
        return {
          kind: "reportOutput",
          variables: {
            id: order.id,
            input: { ...(lineId ? { lineId } : {}), goodQuantity, scrapQuantity, at },
          },
          label: `Report ${goodQuantity} good, ${scrapQuantity} scrap on ${order.number}`,
        };
      }),
  };
}

function productOffers(product: Extract<Match, { __typename: "Product" }>, context: ScanContext): Offer[] {
  const offers: Offer[] = [];
  if (context.order && orderIsWorkable(context.order)) {
    const rows = context.order.components.filter((component) => component.product.id === product.id);
    // A product on one row consumes into that row; on several (or none: the server says it is no component),
    // the server spreads it (docs/rules/orders/production/shop-floor-stock.md).
    offers.push(consumeOffer(context.order, product, rows.length === 1 ? rows[0]?.id : undefined));
  }
  const places = new Map<string, string>();
  if (context.location) places.set(context.location.id, context.location.name);
  for (const level of product.stockLevels) places.set(level.location.id, level.location.name);
  if (places.size > 0)
    offers.push({
      key: `count:${product.id}`,
      label: `Count ${product.sku}`,
      fields: [
        {
          name: "locationId",
          label: "At",
          kind: "choice",
          initial: [...places.keys()][0] ?? "",
          choices: [...places].map(([value, label]) => ({ value, label })),
        },
        quantityField("quantity", "Counted", ""),
      ],
      request: (values) =>
        withQuantities(values, ["quantity"], true, ({ quantity }) => {
          const locationId = values.locationId ?? "";
          return {
            kind: "stockCount",
            variables: { input: { type: "COUNT", lines: [{ locationId, productId: product.id, quantity }] } },
            label: `Count ${quantity} ${product.sku} at ${places.get(locationId) ?? "?"}`,
          };
        }),
    });
  return offers;
}

/**
 * The order as it will be once a queued operation step is done, so a scanner offline still offers the next
 * step (Pause after Start); the server's answer replaces it.
 */
export function orderAfter(order: ProductionOrder, request: ActionRequest): ProductionOrder {
  const next: Partial<Record<ActionKind, OperationStatus>> = {
    operationStart: "RUNNING",
    operationPause: "PAUSED",
    operationResume: "RUNNING",
    operationComplete: "DONE",
  };
  const status = next[request.kind];
  const id = request.variables.id;
  if (!status || !order.operations.some((operation) => operation.id === id)) return order;
  return {
    ...order,
    productionStatus: "IN_PROGRESS",
    operations: order.operations.map((operation) =>
      operation.id === id ? { ...operation, status } : operation,
    ),
  };
}

function quantityField(name: string, label: string, initial: string): Field {
  return { name, label, kind: "quantity", initial };
}

const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * The quantities as the API takes them (exact decimal strings; a decimal comma read as a point), else a
 * problem naming the field. With `someMayBeZero` each may be 0 (good and scrap: the server refuses both 0);
 * otherwise each must be above 0.
 */
export function withQuantities<Name extends string>(
  values: Record<string, string>,
  names: Name[],
  someMayBeZero: boolean,
  build: (quantities: Record<Name, string>) => ActionRequest,
): ActionRequest | { problem: string } {
  const quantities = {} as Record<Name, string>;
  for (const name of names) {
    const text = (values[name] ?? "").trim().replace(",", ".");
    if (!DECIMAL.test(text)) return { problem: `${name}: type a quantity such as 2 or 1.5` };
    if (!someMayBeZero && isZero(text)) return { problem: `${name}: must be more than 0` };
    quantities[name] = text;
  }
  return build(quantities);
}

export function isZero(quantity: string): boolean {
  return /^0*\.?0*$/.test(quantity);
}
