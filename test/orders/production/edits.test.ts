import { describe, expect, it } from "vitest";
import { dec } from "../../../src/domain/decimal.ts";
import type { ProductionOrderUpdateMutationVariables } from "../../graphql/graphql.ts";
import type { TestKit } from "../../kit/app.ts";
import { written } from "../../kit/checks.ts";
import { globalId } from "../../kit/ids.ts";
import {
  nodeProductionOrderBoard,
  productionOrderComponentUpdateAllocation,
  productionOrderRecordWaste,
  productionOrderRelease,
  productionOrderUpdate,
  productionOrderVoid,
} from "../../operations/orders.ts";
import { productionFixtures } from "./fixtures.ts";

/** Edits of an order on its way: component requirements, and waste recorded against it. */

const fixtures = productionFixtures();
const { gid, stock, figures, expectInvariants, createOrder, stepOk } = fixtures;
let kit: TestKit;
fixtures.use((opened) => {
  kit = opened;
});

describe("editing an order", () => {
  it("edits components while DRAFT or PLANNED, keeping allocations consistent", async () => {
    const order = await createOrder([["BIKE", "1"]], { status: "PLANNED" });
    const wheel = order.components.find((component) => component.product.sku === "WHEEL");
    const before = await figures("WHEEL");
    const result = await kit.execute(productionOrderComponentUpdateAllocation, {
      id: wheel?.id as string,
      requiredQuantity: "3.5",
      expectedVersion: 2,
    });
    expect(result.data?.productionOrderComponentUpdate.userErrors).toEqual([]);
    expect(result.data?.productionOrderComponentUpdate.productionOrder?.version).toBe(3);
    expect(result.data?.productionOrderComponentUpdate.productionOrder?.components).toContainEqual({
      id: wheel?.id,
      requiredQuantity: "3.5",
      allocatedQuantity: "3.5",
    });
    expect(await figures("WHEEL")).toMatchObject({ allocated: dec(before.allocated).plus(1.5).toFixed() });
    await expectInvariants();
    await stepOk(productionOrderRelease, order.id);
    const refused = await kit.execute(productionOrderComponentUpdateAllocation, {
      id: wheel?.id as string,
      requiredQuantity: "1",
    });
    expect(refused.data?.productionOrderComponentUpdate.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_STATUS", message: expect.stringContaining("is RELEASED;") }),
    ]);
    await stepOk(productionOrderVoid, order.id);
    await expectInvariants();
  });

  it("records waste during production as a WASTE adjustment that references the order", async () => {
    const order = await createOrder([["BIKE", "1"]], { status: "RELEASED" });
    const before = await figures("SPOKE");
    await stock({ SPOKE: "10" });
    const result = await kit.execute(productionOrderRecordWaste, {
      id: order.id,
      input: { note: "bent", lines: [{ productId: gid.product("SPOKE"), quantity: "4" }] },
    });
    expect(result.data?.productionOrderRecordWaste.userErrors).toEqual([]);
    expect(result.data?.productionOrderRecordWaste.productionOrder).toMatchObject({
      version: 4,
      waste: [{ type: "WASTE", note: "bent", movements: [{ quantity: "-4", product: { sku: "SPOKE" } }] }],
    });
    expect(await figures("SPOKE")).toMatchObject({ onHand: dec(before.onHand).plus(6).toFixed() });
    const refused = await kit.execute(productionOrderRecordWaste, {
      id: order.id,
      input: { lines: [{ productId: gid.product("SPOKE"), quantity: "0" }] },
    });
    expect(refused.data?.productionOrderRecordWaste.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_INPUT", field: ["input", "lines", "0", "quantity"] }),
    ]);
    await stepOk(productionOrderVoid, order.id);
    const closed = await kit.execute(productionOrderRecordWaste, {
      id: order.id,
      input: { lines: [{ productId: gid.product("SPOKE"), quantity: "1" }] },
    });
    expect(closed.data?.productionOrderRecordWaste.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID_STATUS" }),
    ]);
    await expectInvariants();
  });
});

describe("updating an order's details", () => {
  const update = async (variables: ProductionOrderUpdateMutationVariables) => {
    const result = await kit.execute(productionOrderUpdate, variables);
    expect(result.errors).toBeUndefined();
    return result.data?.productionOrderUpdate;
  };

  it("changes the fields given, keeps the ones left out, clears the nulls, and records what changed", async () => {
    const order = await createOrder([["BIKE", "1"]], {
      status: "RELEASED",
      note: "rush",
      layout: "L1",
      tags: ["red"],
      attributes: { lane: 2 },
    });
    const customer = globalId("Customer", fixtures.places.customer);
    const changed = await update({
      id: order.id,
      expectedVersion: order.version,
      input: { note: "not so rush", tags: ["blue", "blue", "big"], customerId: customer, layout: null },
    });
    expect(changed?.userErrors).toEqual([]);
    expect(changed?.productionOrder).toMatchObject({
      status: "RELEASED",
      version: order.version + 1,
      note: "not so rush",
      layout: null,
      tags: ["blue", "big"],
      attributes: { lane: 2 },
      customer: { id: customer },
      employee: null,
    });
    const events = await kit.execute(nodeProductionOrderBoard, { id: order.id });
    const history = events.data?.node && "events" in events.data.node ? events.data.node.events : [];
    expect(history.at(-1)).toEqual({
      type: "PRODUCTION_ORDER_UPDATED",
      payload: {
        number: order.number,
        version: order.version + 1,
        changes: {
          note: { before: "rush", after: "not so rush" },
          tags: { before: ["red"], after: ["blue", "big"] },
          customerId: { before: null, after: fixtures.places.customer },
          layout: { before: "L1", after: null },
        },
      },
    });
  });

  it("refuses a stale version, a closed order, an archived customer and a long note, writing nothing", async () => {
    const order = await createOrder([["BIKE", "1"]]);
    const voided = await createOrder([["BIKE", "1"]]);
    await stepOk(productionOrderVoid, voided.id);
    const before = await written(kit);
    const archived = globalId("Customer", fixtures.places.archivedCustomer);
    const cases: [Parameters<typeof update>[0], { code: string; field: string[] }][] = [
      [
        { id: order.id, expectedVersion: order.version + 1, input: { note: "x" } },
        { code: "VERSION_CONFLICT", field: ["expectedVersion"] },
      ],
      [
        { id: voided.id, expectedVersion: voided.version + 1, input: { note: "x" } },
        { code: "INVALID_STATUS", field: ["id"] },
      ],
      [
        { id: order.id, expectedVersion: order.version, input: { customerId: archived } },
        { code: "ARCHIVED", field: ["input", "customerId"] },
      ],
      [
        { id: order.id, expectedVersion: order.version, input: { note: "n".repeat(2001) } },
        { code: "INVALID_INPUT", field: ["input", "note"] },
      ],
    ];
    for (const [variables, error] of cases) {
      expect((await update(variables))?.userErrors).toEqual([expect.objectContaining(error)]);
    }
    expect(await written(kit)).toEqual(before);
  });
});
