import { describe, expect, it } from "vitest";
import { type Match, offersFor, orderAfter, type ProductionOrder, type ScanContext } from "./actions.ts";

const AT = "2026-12-05T08:00:00.000Z";

const order = (status: ProductionOrder["productionStatus"] = "RELEASED"): ProductionOrder => ({
  id: "MO1",
  number: "MO-00001",
  productionStatus: status,
  lines: [
    { id: "L1", quantity: "5", producedQuantity: "0", scrappedQuantity: "0", product: { sku: "BIKE" } },
  ],
  operations: [
    { id: "OP1", name: "Assemble", status: "PENDING", pauseReason: null, completedQuantity: "0" },
    { id: "OP2", name: "Inspect", status: "RUNNING", pauseReason: null, completedQuantity: "0" },
    { id: "OP3", name: "Paint", status: "PAUSED", pauseReason: "lunch", completedQuantity: "0" },
    { id: "OP4", name: "Pack", status: "DONE", pauseReason: null, completedQuantity: "5" },
  ],
  components: [
    {
      id: "C1",
      requiredQuantity: "5",
      consumedQuantity: "0",
      product: { id: "FRAME", sku: "FRAME", name: "Frame" },
    },
  ],
});

const asMatch = (value: ProductionOrder): Match => ({ ...value, __typename: "ProductionOrder" });
const nowhere: ScanContext = { order: null, location: null };
const labels = (match: Match, context = nowhere) => offersFor(match, context).map((offer) => offer.label);
const offer = (match: Match, label: string, context = nowhere) => {
  const found = offersFor(match, context).find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no offer ${label}`);
  return found;
};

const frame: Match = {
  __typename: "Product",
  id: "FRAME",
  sku: "FRAME",
  name: "Frame",
  unit: "pcs",
  stockLevels: [{ onHand: "10", location: { id: "SF", name: "Shop floor" } }],
};

describe("what a production order offers", () => {
  it("each operation's next steps by its status, each component's consumption and the output report", () => {
    expect(labels(asMatch(order()))).toEqual([
      "Start Assemble",
      "Pause Inspect",
      "Complete Inspect",
      "Resume Paint",
      "Complete Paint",
      "Consume FRAME into MO-00001",
      "Report output of MO-00001",
    ]);
  });

  it("nothing while the order is not released or in progress", () => {
    for (const status of ["DRAFT", "PLANNED", "COMPLETED", "VOIDED"] as const)
      expect(labels(asMatch(order(status)))).toEqual([]);
  });

  it("steps with the time they were taken, so a step sent after being offline says when it happened", () => {
    expect(offer(asMatch(order()), "Start Assemble").request({}, AT)).toEqual({
      kind: "operationStart",
      variables: { id: "OP1", input: { at: AT } },
      label: "Start Assemble on MO-00001",
    });
  });

  it("a pause needs its reason", () => {
    const pause = offer(asMatch(order()), "Pause Inspect");
    expect(pause.request({ reason: "  " }, AT)).toEqual({ problem: "Reason: say why the work stops" });
    expect(pause.request({ reason: " lunch " }, AT)).toMatchObject({
      variables: { id: "OP2", input: { reason: "lunch", at: AT } },
    });
  });

  it("quantities as exact decimal strings, a decimal comma read as a point", () => {
    const report = offer(asMatch(order()), "Report output of MO-00001");
    expect(report.request({ goodQuantity: "2,5", scrapQuantity: "0" }, AT)).toMatchObject({
      kind: "reportOutput",
      variables: { id: "MO1", input: { goodQuantity: "2.5", scrapQuantity: "0", at: AT } },
    });
    expect(report.request({ goodQuantity: "two", scrapQuantity: "0" }, AT)).toEqual({
      problem: "goodQuantity: type a quantity such as 2 or 1.5",
    });
    const consume = offer(asMatch(order()), "Consume FRAME into MO-00001");
    expect(consume.request({ quantity: "0.000" }, AT)).toEqual({ problem: "quantity: must be more than 0" });
    expect(consume.request({ quantity: "2" }, AT)).toMatchObject({
      variables: { id: "MO1", input: { componentId: "C1", quantity: "2", at: AT } },
    });
  });

  it("asks which line output is for when the order has several", () => {
    const twoLines = order();
    twoLines.lines.push({
      ...twoLines.lines[0],
      id: "L2",
      product: { sku: "TRIKE" },
    } as ProductionOrder["lines"][0]);
    const report = offer(asMatch(twoLines), "Report output of MO-00001");
    expect(report.fields[0]?.choices).toEqual([
      { value: "L1", label: "BIKE" },
      { value: "L2", label: "TRIKE" },
    ]);
    expect(report.request({ lineId: "L2", goodQuantity: "1", scrapQuantity: "0" }, AT)).toMatchObject({
      variables: { input: { lineId: "L2" } },
    });
  });
});

describe("what a product offers", () => {
  it("consuming into the order being worked on, as its component row, and counting where it is stocked", () => {
    const context: ScanContext = { order: order("IN_PROGRESS"), location: { id: "WH", name: "Warehouse" } };
    expect(labels(frame, context)).toEqual(["Consume FRAME into MO-00001", "Count FRAME"]);
    expect(offer(frame, "Consume FRAME into MO-00001", context).request({ quantity: "1" }, AT)).toMatchObject(
      {
        variables: { input: { componentId: "C1" } },
      },
    );
    const count = offer(frame, "Count FRAME", context);
    expect(count.fields[0]?.choices).toEqual([
      { value: "WH", label: "Warehouse" },
      { value: "SF", label: "Shop floor" },
    ]);
    expect(count.request({ locationId: "SF", quantity: "0" }, AT)).toEqual({
      kind: "stockCount",
      variables: {
        input: { type: "COUNT", lines: [{ locationId: "SF", productId: "FRAME", quantity: "0" }] },
      },
      label: "Count 0 FRAME at Shop floor",
    });
  });

  it("a product that is no component is consumed by its id: the server refuses it unless it is unplanned", () => {
    const wheel: Match = { ...frame, id: "WHEEL", sku: "WHEEL", stockLevels: [] };
    const context: ScanContext = { order: order(), location: null };
    expect(labels(wheel, context)).toEqual(["Consume WHEEL into MO-00001"]);
    expect(offer(wheel, "Consume WHEEL into MO-00001", context).request({ quantity: "1" }, AT)).toMatchObject(
      {
        variables: { input: { productId: "WHEEL", quantity: "1" } },
      },
    );
  });

  it("nothing to consume into a completed order, nor to count where the product is nowhere", () => {
    const context: ScanContext = { order: order("COMPLETED"), location: null };
    expect(labels({ ...frame, stockLevels: [] }, context)).toEqual([]);
  });
});

describe("what other orders offer", () => {
  it("a purchase order: receiving each open line, its open quantity first", () => {
    const purchase: Match = {
      __typename: "PurchaseOrder",
      id: "PO1",
      number: "PO-00001",
      purchaseStatus: "ORDERED",
      supplier: { name: "Acme" },
      lines: [
        { id: "PL1", quantity: "10", openQuantity: "4", product: { sku: "WHEEL" } },
        { id: "PL2", quantity: "2", openQuantity: "0", product: { sku: "FRAME" } },
      ],
    };
    const [receive, ...rest] = offersFor(purchase, nowhere);
    expect(rest).toEqual([]);
    expect(receive?.fields[0]?.initial).toBe("4");
    expect(receive?.request({ quantity: "4" }, AT)).toEqual({
      kind: "purchaseReceive",
      variables: { id: "PO1", lines: [{ lineId: "PL1", quantity: "4" }] },
      label: "Receive 4 WHEEL on PO-00001",
    });
    expect(offersFor({ ...purchase, purchaseStatus: "RECEIVED" }, nowhere)).toEqual([]);
  });

  it("a draft transfer order: completing it", () => {
    const transfer: Match = {
      __typename: "TransferOrder",
      id: "TO1",
      number: "TO-00001",
      transferStatus: "DRAFT",
      fromLocation: { name: "Warehouse" },
      toLocation: { name: "Shop floor" },
      lines: [],
    };
    expect(offersFor(transfer, nowhere)[0]?.request({}, AT)).toEqual({
      kind: "transferComplete",
      variables: { id: "TO1" },
      label: "Complete TO-00001",
    });
    expect(offersFor({ ...transfer, transferStatus: "COMPLETED" }, nowhere)).toEqual([]);
  });

  it("nothing for a location or a sales order", () => {
    expect(offersFor({ __typename: "Location", id: "L", code: "A-1", name: "Rack A1" }, nowhere)).toEqual([]);
    expect(
      offersFor({ __typename: "SalesOrder", id: "S", number: "SO-1", salesStatus: "DRAFT" }, nowhere),
    ).toEqual([]);
  });
});

describe("an order while its steps wait in the queue", () => {
  it("shows each operation as the queued step leaves it, so the next step is offered offline", () => {
    const started = orderAfter(order(), { kind: "operationStart", variables: { id: "OP1" }, label: "" });
    expect(started.productionStatus).toBe("IN_PROGRESS");
    expect(started.operations[0]?.status).toBe("RUNNING");
    expect(labels(asMatch(started)).slice(0, 2)).toEqual(["Pause Assemble", "Complete Assemble"]);
    const consumed = orderAfter(started, { kind: "consume", variables: { id: "MO1" }, label: "" });
    expect(consumed).toBe(started);
  });
});
