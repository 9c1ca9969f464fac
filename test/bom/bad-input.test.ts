import { beforeAll, describe, expect, it } from "vitest";
import type { BomCreateInput } from "../graphql/graphql.ts";
import type { TestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import {
  bomCreate,
  bomExplosionTree,
  bomLineAdd,
  bomLineUpdate,
  bomOperationRemove,
  bomUpdate,
} from "../operations/bom.ts";
import { bomFixtures } from "./fixtures.ts";

const { use, product, addProducts, bom, rowCounts } = bomFixtures();
let kit: TestKit;
let resourceId: string;
use((opened) => {
  ({ kit, resourceId } = opened);
});

describe("bad input is refused with a typed error naming the field, and nothing is written", () => {
  const unknownProduct = globalId("Product", 999_999);

  async function refusedCreate(input: BomCreateInput) {
    const before = await rowCounts();
    const result = await kit.execute(bomCreate, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data?.bomCreate.bom).toBeNull();
    expect(await rowCounts()).toEqual(before);
    return result.data?.bomCreate.userErrors;
  }

  beforeAll(() => addProducts("DESK", "DRAWER", "KNOB"));

  it("unknown product, component and resource ids", async () => {
    expect(await refusedCreate({ productId: unknownProduct, kind: "PRODUCTION", name: "x" })).toEqual([
      { code: "NOT_FOUND", message: "No product with this id", field: ["input", "productId"] },
    ]);
    expect(
      await refusedCreate({
        productId: product("DESK"),
        kind: "PRODUCTION",
        name: "x",
        lines: [
          { componentId: product("DRAWER"), quantity: "1" },
          { componentId: unknownProduct, quantity: "1" },
        ],
      }),
    ).toEqual([
      {
        code: "NOT_FOUND",
        message: "No product with this id",
        field: ["input", "lines", "1", "componentId"],
      },
    ]);
    expect(
      await refusedCreate({
        productId: product("DESK"),
        kind: "PRODUCTION",
        name: "x",
        operations: [{ sequence: 10, name: "Cut", resourceId: globalId("Resource", 999_999) }],
      }),
    ).toEqual([
      {
        code: "NOT_FOUND",
        message: "No resource with this id",
        field: ["input", "operations", "0", "resourceId"],
      },
    ]);
    const wrongType = await kit.execute(bomCreate, {
      input: { productId: resourceId, kind: "PRODUCTION", name: "x" },
    });
    expect(wrongType.errors?.[0]?.message).toMatch(/Product/);
  });

  it("zero and negative quantities", async () => {
    const errors = await refusedCreate({
      productId: product("DESK"),
      kind: "PRODUCTION",
      name: "x",
      outputQuantity: "0",
      lines: [
        { componentId: product("DRAWER"), quantity: "0" },
        { componentId: product("KNOB"), quantity: "-2" },
      ],
    });
    expect(errors).toEqual([
      { code: "INVALID_INPUT", message: "must be greater than zero", field: ["input", "outputQuantity"] },
      {
        code: "INVALID_INPUT",
        message: "must be greater than zero",
        field: ["input", "lines", "0", "quantity"],
      },
      {
        code: "INVALID_INPUT",
        message: "must be greater than zero",
        field: ["input", "lines", "1", "quantity"],
      },
    ]);
  });

  it("a component equal to the BOM's own product", async () => {
    expect(
      await refusedCreate({
        productId: product("DESK"),
        kind: "PRODUCTION",
        name: "x",
        lines: [{ componentId: product("DESK"), quantity: "1" }],
      }),
    ).toEqual([
      {
        code: "CYCLE",
        message: "A BOM cannot contain its own product: DESK > DESK",
        field: ["input", "lines", "0", "componentId"],
      },
    ]);
  });

  it("duplicate components at the same operation (the same component at two operations is fine)", async () => {
    const operations = [
      { sequence: 10, name: "Cut", resourceId },
      { sequence: 20, name: "Fit", resourceId },
    ];
    expect(
      await refusedCreate({
        productId: product("DESK"),
        kind: "PRODUCTION",
        name: "x",
        operations,
        lines: [
          { componentId: product("KNOB"), quantity: "1", operationSequence: 10 },
          { componentId: product("KNOB"), quantity: "2", operationSequence: 20 },
          { componentId: product("KNOB"), quantity: "3", operationSequence: 10 },
        ],
      }),
    ).toEqual([
      {
        code: "INVALID_INPUT",
        message: "repeats an earlier entry of lines",
        field: ["input", "lines", "2", "componentId"],
      },
    ]);
    const deskBom = await bom("DESK", [["KNOB", "1"]]);
    const before = await rowCounts();
    const duplicate = await kit.execute(bomLineAdd, {
      bomId: deskBom,
      input: { componentId: product("KNOB"), quantity: "5" },
    });
    expect(duplicate.data?.bomLineAdd.userErrors).toMatchObject([
      { code: "ALREADY_EXISTS", field: ["input", "componentId"] },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it("operations: unknown sequences on lines, repeated sequences, operations on an assembly BOM", async () => {
    expect(
      await refusedCreate({
        productId: product("DESK"),
        kind: "PRODUCTION",
        name: "x",
        operations: [
          { sequence: 10, name: "Cut", resourceId },
          { sequence: 10, name: "Cut again", resourceId },
        ],
        lines: [{ componentId: product("KNOB"), quantity: "1", operationSequence: 30 }],
      }),
    ).toEqual([
      {
        code: "INVALID_INPUT",
        message: "repeats an earlier entry of operations",
        field: ["input", "operations", "1", "sequence"],
      },
      {
        code: "INVALID_INPUT",
        message: "names operation 30, which the BOM does not have",
        field: ["input", "lines", "0", "operationSequence"],
      },
    ]);
    expect(
      await refusedCreate({
        productId: product("DESK"),
        kind: "ASSEMBLY",
        name: "x",
        operations: [{ sequence: 10, name: "Cut", resourceId }],
      }),
    ).toEqual([
      {
        code: "INVALID_INPUT",
        message: "only production BOMs have operations",
        field: ["input", "operations"],
      },
    ]);
  });

  it("a phantom flag (autoAssemble) on a production BOM", async () => {
    expect(
      await refusedCreate({ productId: product("DESK"), kind: "PRODUCTION", name: "x", autoAssemble: true }),
    ).toEqual([
      {
        code: "INVALID_INPUT",
        message: "only an assembly BOM can be a phantom (auto-assembled)",
        field: ["input", "autoAssemble"],
      },
    ]);
    const deskBom = await bom("DESK", [["DRAWER", "1"]], { makeDefault: false });
    const before = await rowCounts();
    const updated = await kit.execute(bomUpdate, { id: deskBom, input: { autoAssemble: true } });
    expect(updated.data?.bomUpdate.userErrors).toMatchObject([
      { code: "INVALID_INPUT", field: ["input", "autoAssemble"] },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it("unknown BOM, line and operation ids", async () => {
    const before = await rowCounts();
    const unknownBom = globalId("Bom", 999_999);
    expect(
      (
        await kit.execute(bomLineAdd, {
          bomId: unknownBom,
          input: { componentId: product("KNOB"), quantity: "1" },
        })
      ).data?.bomLineAdd.userErrors,
    ).toEqual([{ code: "NOT_FOUND", message: "No BOM with this id", field: ["bomId"] }]);
    expect(
      (await kit.execute(bomLineUpdate, { id: globalId("BomLine", 999_999), input: { quantity: "1" } })).data
        ?.bomLineUpdate.userErrors,
    ).toEqual([{ code: "NOT_FOUND", message: "No BOM line with this id", field: ["id"] }]);
    expect(
      (await kit.execute(bomOperationRemove, { id: globalId("BomOperation", 999_999) })).data
        ?.bomOperationRemove.userErrors,
    ).toEqual([{ code: "NOT_FOUND", message: "No BOM operation with this id", field: ["id"] }]);
    expect(await rowCounts()).toEqual(before);
  });

  it("needs BOM_MANAGE", async () => {
    const viewer = await kit.keyWith("PRODUCTION_VIEW");
    const result = await kit.execute(
      bomCreate,
      { input: { productId: product("DESK"), kind: "PRODUCTION", name: "x" } },
      { key: viewer },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const read = await kit.execute(bomExplosionTree, { productId: product("DESK") }, { key: viewer });
    expect(read.errors).toBeUndefined();
  });
});
