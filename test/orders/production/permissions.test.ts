import { describe, expect, it } from "vitest";
import type { TestKit } from "../../kit/app.ts";
import {
  nodeProductionOrder,
  productionOrderAuthorize,
  productionOrderComplete,
  productionOrderCreateWithDetails,
  productionOrders,
  productionOrderUndo,
  productionOrderVoid,
} from "../../operations/orders.ts";
import { productionFixtures, type StepDocument } from "./fixtures.ts";

const fixtures = productionFixtures();
const { createInput, createOrder, stepOk } = fixtures;
let kit: TestKit;
fixtures.use((opened) => {
  kit = opened;
});

describe("permissions", () => {
  it("each action needs its permission; reading needs PRODUCTION_VIEW, through node() too", async () => {
    const order = await createOrder([["BIKE", "1"]]);
    const viewer = await kit.keyWith("PRODUCTION_VIEW");
    const noView = await kit.keyWith("PRODUCTION_FULFILL");
    const forbidden = async (document: StepDocument, key: string) => {
      const result = await kit.execute(document, { id: order.id }, { key });
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    };
    await forbidden(productionOrderAuthorize, viewer);
    await forbidden(productionOrderUndo, noView);
    await forbidden(productionOrderVoid, noView);
    const create = await kit.execute(
      productionOrderCreateWithDetails,
      { input: createInput([["BIKE", "1"]]) },
      { key: viewer },
    );
    expect(create.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const completeResult = await kit.execute(productionOrderComplete, { id: order.id }, { key: noView });
    expect(completeResult.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const read = await kit.execute(nodeProductionOrder, { id: order.id }, { key: noView });
    expect(read.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const list = await kit.execute(productionOrders, {}, { key: noView });
    expect(list.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const allowed = await kit.execute(nodeProductionOrder, { id: order.id }, { key: viewer });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.node).toMatchObject({ status: "DRAFT" });
    await stepOk(productionOrderVoid, order.id);
  });
});
