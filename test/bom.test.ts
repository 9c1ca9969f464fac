import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BomKind } from "../src/generated/prisma/enums.ts";
import type { BomCreateInput } from "./graphql/graphql.ts";
import { graphql } from "./graphql/index.ts";
import { createTestKit, type TestKit } from "./kit/app.ts";
import { seedProducts } from "./kit/bom-trees.ts";
import { globalId } from "./kit/ids.ts";

const BomFields = graphql(`
  fragment BomFields on Bom {
    id name kind outputQuantity autoAssemble isDefault archivedAt
    product { sku replenishment }
    lines { id position quantity component { sku } operation { sequence } }
    operations { id sequence name setupMinutes minutesPerUnit resource { name } }
  }
`);
void BomFields;

const CreateBom = graphql(`
  mutation CreateBom($input: BomCreateInput!) {
    bomCreate(input: $input) { bom { ...BomFields } userErrors { code message field } }
  }
`);

const UpdateBom = graphql(`
  mutation UpdateBom($id: ID!, $input: BomUpdateInput!) {
    bomUpdate(id: $id, input: $input) { bom { ...BomFields } userErrors { code message field } }
  }
`);

const AddLine = graphql(`
  mutation AddLine($bomId: ID!, $input: BomLineInput!) {
    bomLineAdd(bomId: $bomId, input: $input) {
      bomLine { id position quantity component { sku } operation { sequence } }
      userErrors { code message field }
    }
  }
`);

const UpdateLine = graphql(`
  mutation UpdateLine($id: ID!, $input: BomLineUpdateInput!) {
    bomLineUpdate(id: $id, input: $input) {
      bomLine { id quantity component { sku } operation { sequence } }
      userErrors { code message field }
    }
  }
`);

const RemoveLine = graphql(`
  mutation RemoveLine($id: ID!) {
    bomLineRemove(id: $id) { bom { ...BomFields } userErrors { code message field } }
  }
`);

const AddOperation = graphql(`
  mutation AddOperation($bomId: ID!, $input: BomOperationInput!) {
    bomOperationAdd(bomId: $bomId, input: $input) {
      bomOperation { id sequence name setupMinutes minutesPerUnit resource { name } }
      userErrors { code message field }
    }
  }
`);

const UpdateOperation = graphql(`
  mutation UpdateOperation($id: ID!, $input: BomOperationUpdateInput!) {
    bomOperationUpdate(id: $id, input: $input) {
      bomOperation { sequence name minutesPerUnit }
      userErrors { code message field }
    }
  }
`);

const RemoveOperation = graphql(`
  mutation RemoveOperation($id: ID!) {
    bomOperationRemove(id: $id) { bom { ...BomFields } userErrors { code message field } }
  }
`);

const SetDefault = graphql(`
  mutation SetDefault($id: ID!) {
    bomSetDefault(id: $id) { bom { ...BomFields } userErrors { code message field } }
  }
`);

const ArchiveBom = graphql(`
  mutation ArchiveBom($id: ID!) {
    bomArchive(id: $id) { bom { ...BomFields } userErrors { code message field } }
  }
`);

const ProductBoms = graphql(`
  query ProductBoms($id: ID!) {
    node(id: $id) {
      ... on Product {
        sku replenishment
        bom { name kind }
        boms(includeArchived: true) { name isDefault archivedAt }
      }
    }
  }
`);

const Explode = graphql(`
  query ExplodeForBom($productId: ID, $bomId: ID, $quantity: Decimal) {
    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity) {
      bom { name }
      nodes { id parentId level path kind quantityPerParent totalQuantity component { sku } }
      requirements { component { sku } quantity }
    }
  }
`);

let kit: TestKit;
let ids: Record<string, number> = {};
let resourceId: string;

const product = (sku: string) => globalId("Product", ids[sku] as number);

beforeAll(async () => {
  kit = await createTestKit();
  const resource = await kit.db.prisma.resource.create({
    data: { name: "Lathe", capacityMinutesPerDay: 480 },
  });
  resourceId = globalId("Resource", resource.id);
});
afterAll(() => kit.close());

async function addProducts(...skus: string[]) {
  ids = { ...ids, ...(await seedProducts(kit.db, skus)) };
}

/** Creates a BOM through the API and returns its global id (the test fails on userErrors). */
async function bom(
  sku: string,
  lines: [string, string][],
  options: { kind?: BomKind; outputQuantity?: string; autoAssemble?: boolean; makeDefault?: boolean } = {},
) {
  const result = await kit.execute(CreateBom, {
    input: {
      productId: product(sku),
      kind: options.kind ?? BomKind.PRODUCTION,
      name: `${sku} BOM`,
      outputQuantity: options.outputQuantity ?? null,
      autoAssemble: options.autoAssemble ?? null,
      makeDefault: options.makeDefault ?? null,
      lines: lines.map(([component, quantity]) => ({ componentId: product(component), quantity })),
    },
  });
  expect(result.errors).toBeUndefined();
  expect(result.data?.bomCreate.userErrors).toEqual([]);
  return result.data?.bomCreate.bom?.id as string;
}

/** Row counts of everything a BOM action writes: a refused action leaves them all as they were. */
async function rowCounts() {
  const prisma = kit.db.prisma;
  return {
    boms: await prisma.bom.count(),
    lines: await prisma.bomLine.count(),
    operations: await prisma.bomOperation.count(),
    defaults: await prisma.bomDefault.count(),
    events: await prisma.event.count(),
  };
}

async function explode(variables: { productId?: string; bomId?: string; quantity?: string }) {
  const result = await kit.execute(Explode, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.bomExplosion;
}

describe("creating and editing BOMs", () => {
  it("creates a production BOM with operations and lines, the product's first default", async () => {
    await addProducts("TABLE", "LEG", "TOP", "SCREW");
    const created = await kit.execute(CreateBom, {
      input: {
        productId: product("TABLE"),
        kind: "PRODUCTION",
        name: "Table",
        outputQuantity: "2",
        operations: [
          { sequence: 10, name: "Cut", resourceId, setupMinutes: "15", minutesPerUnit: "2.5" },
          { sequence: 20, name: "Assemble", resourceId },
        ],
        lines: [
          { componentId: product("LEG"), quantity: "8", operationSequence: 20 },
          { componentId: product("TOP"), quantity: "2", operationSequence: 10 },
          { componentId: product("SCREW"), quantity: "0.5" },
        ],
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.bomCreate.userErrors).toEqual([]);
    expect(created.data?.bomCreate.bom).toMatchObject({
      name: "Table",
      kind: "PRODUCTION",
      outputQuantity: "2",
      autoAssemble: false,
      isDefault: true,
      archivedAt: null,
      product: { sku: "TABLE", replenishment: "PRODUCE" },
      lines: [
        { position: 1, quantity: "8", component: { sku: "LEG" }, operation: { sequence: 20 } },
        { position: 2, quantity: "2", component: { sku: "TOP" }, operation: { sequence: 10 } },
        { position: 3, quantity: "0.5", component: { sku: "SCREW" }, operation: null },
      ],
      operations: [
        { sequence: 10, name: "Cut", setupMinutes: "15", minutesPerUnit: "2.5", resource: { name: "Lathe" } },
        {
          sequence: 20,
          name: "Assemble",
          setupMinutes: "0",
          minutesPerUnit: "0",
          resource: { name: "Lathe" },
        },
      ],
    });
    const events = await kit.db.prisma.event.findMany({ where: { entityType: "Bom", type: "BOM_CREATED" } });
    expect(events).toHaveLength(1);
  });

  it("edits the BOM, its lines and operations, one action each", async () => {
    await addProducts("SHELF", "BOARD", "BRACKET", "PLUG");
    const bomId = await bom("SHELF", [["BOARD", "1"]]);

    const renamed = await kit.execute(UpdateBom, {
      id: bomId,
      input: { name: "Wall shelf", outputQuantity: "4" },
    });
    expect(renamed.data?.bomUpdate.bom).toMatchObject({ name: "Wall shelf", outputQuantity: "4" });

    const operation = await kit.execute(AddOperation, {
      bomId,
      input: { sequence: 10, name: "Drill", resourceId, minutesPerUnit: "1.25" },
    });
    expect(operation.data?.bomOperationAdd.userErrors).toEqual([]);
    const operationId = operation.data?.bomOperationAdd.bomOperation?.id as string;

    const added = await kit.execute(AddLine, {
      bomId,
      input: { componentId: product("BRACKET"), quantity: "2", operationSequence: 10 },
    });
    expect(added.data?.bomLineAdd).toMatchObject({
      bomLine: { position: 2, quantity: "2", component: { sku: "BRACKET" }, operation: { sequence: 10 } },
      userErrors: [],
    });
    const lineId = added.data?.bomLineAdd.bomLine?.id as string;

    const changed = await kit.execute(UpdateLine, {
      id: lineId,
      input: { componentId: product("PLUG"), quantity: "3.125", operationSequence: null },
    });
    expect(changed.data?.bomLineUpdate).toMatchObject({
      bomLine: { quantity: "3.125", component: { sku: "PLUG" }, operation: null },
      userErrors: [],
    });

    const renumbered = await kit.execute(UpdateOperation, {
      id: operationId,
      input: { sequence: 30, name: "Drill holes", minutesPerUnit: "2" },
    });
    expect(renumbered.data?.bomOperationUpdate).toMatchObject({
      bomOperation: { sequence: 30, name: "Drill holes", minutesPerUnit: "2" },
      userErrors: [],
    });

    const withoutOperation = await kit.execute(RemoveOperation, { id: operationId });
    expect(withoutOperation.data?.bomOperationRemove.bom?.operations).toEqual([]);

    const withoutLine = await kit.execute(RemoveLine, { id: lineId });
    expect(withoutLine.data?.bomLineRemove.bom?.lines.map((line) => line.component.sku)).toEqual(["BOARD"]);
  });

  it("sets the default per product and kind and archives BOMs", async () => {
    await addProducts("LAMP", "BULB", "LED");
    await bom("LAMP", [["BULB", "1"]]);
    const second = await bom("LAMP", [["LED", "1"]]);
    const boms = async () => (await kit.execute(ProductBoms, { id: product("LAMP") })).data?.node;

    expect(await boms()).toMatchObject({
      bom: { name: "LAMP BOM" },
      boms: [{ isDefault: true }, { isDefault: false }],
    });
    const switched = await kit.execute(SetDefault, { id: second });
    expect(switched.data?.bomSetDefault.bom?.isDefault).toBe(true);
    expect((await boms())?.boms?.map((row) => row.isDefault)).toEqual([false, true]);
    expect((await explode({ productId: product("LAMP") }))?.requirements).toEqual([
      { component: { sku: "LED" }, quantity: "1" },
    ]);

    const archived = await kit.execute(ArchiveBom, { id: second });
    expect(archived.data?.bomArchive.bom).toMatchObject({ isDefault: false });
    expect(archived.data?.bomArchive.bom?.archivedAt).not.toBeNull();
    expect(await boms()).toMatchObject({ replenishment: "PURCHASE", bom: null });

    const refused = await kit.execute(AddLine, {
      bomId: second,
      input: { componentId: product("BULB"), quantity: "1" },
    });
    expect(refused.data?.bomLineAdd.userErrors).toEqual([
      { code: "ARCHIVED", message: "The BOM is archived", field: ["bomId"] },
    ]);
    const archivedTop = await kit.execute(Explode, { bomId: second });
    expect(archivedTop.errors?.[0]).toMatchObject({
      message: "The BOM is archived",
      extensions: { code: "ARCHIVED", field: ["bomId"] },
    });
  });

  it("derives replenishment from default BOMs (production, else assembly, else purchase); explicit wins", async () => {
    await addProducts("KIT", "PART");
    const read = async () => (await kit.execute(ProductBoms, { id: product("KIT") })).data?.node;
    expect(await read()).toMatchObject({ replenishment: "PURCHASE", bom: null });

    await bom("KIT", [["PART", "1"]], { kind: "ASSEMBLY" });
    expect(await read()).toMatchObject({ replenishment: "ASSEMBLE", bom: { kind: "ASSEMBLY" } });

    await bom("KIT", [["PART", "2"]]);
    expect(await read()).toMatchObject({ replenishment: "PRODUCE", bom: { kind: "PRODUCTION" } });
    expect((await explode({ productId: product("KIT") }))?.requirements[0]?.quantity).toBe("2");

    await kit.db.prisma.product.update({ where: { id: ids.KIT }, data: { replenishment: "ASSEMBLE" } });
    expect(await read()).toMatchObject({ replenishment: "ASSEMBLE", bom: { kind: "ASSEMBLY" } });
    expect((await explode({ productId: product("KIT") }))?.requirements[0]?.quantity).toBe("1");

    await kit.db.prisma.product.update({ where: { id: ids.KIT }, data: { replenishment: "PURCHASE" } });
    expect(await read()).toMatchObject({ replenishment: "PURCHASE", bom: null });
    expect((await explode({ productId: product("KIT") }))?.nodes).toMatchObject([{ kind: "SIMPLE" }]);
  });
});

describe("bad input is refused with a typed error naming the field, and nothing is written", () => {
  const unknownProduct = globalId("Product", 999_999);

  async function refusedCreate(input: BomCreateInput) {
    const before = await rowCounts();
    const result = await kit.execute(CreateBom, { input });
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
    const wrongType = await kit.execute(CreateBom, {
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
    const duplicate = await kit.execute(AddLine, {
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
    const updated = await kit.execute(UpdateBom, { id: deskBom, input: { autoAssemble: true } });
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
        await kit.execute(AddLine, {
          bomId: unknownBom,
          input: { componentId: product("KNOB"), quantity: "1" },
        })
      ).data?.bomLineAdd.userErrors,
    ).toEqual([{ code: "NOT_FOUND", message: "No BOM with this id", field: ["bomId"] }]);
    expect(
      (await kit.execute(UpdateLine, { id: globalId("BomLine", 999_999), input: { quantity: "1" } })).data
        ?.bomLineUpdate.userErrors,
    ).toEqual([{ code: "NOT_FOUND", message: "No BOM line with this id", field: ["id"] }]);
    expect(
      (await kit.execute(RemoveOperation, { id: globalId("BomOperation", 999_999) })).data?.bomOperationRemove
        .userErrors,
    ).toEqual([{ code: "NOT_FOUND", message: "No BOM operation with this id", field: ["id"] }]);
    expect(await rowCounts()).toEqual(before);
  });

  it("needs BOM_MANAGE", async () => {
    const viewer = await kit.keyWith("PRODUCTION_VIEW");
    const result = await kit.execute(
      CreateBom,
      { input: { productId: product("DESK"), kind: "PRODUCTION", name: "x" } },
      { key: viewer },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const read = await kit.execute(Explode, { productId: product("DESK") }, { key: viewer });
    expect(read.errors).toBeUndefined();
  });
});

describe("cycles and depth", () => {
  it("refuses a 3-deep cycle, naming its path, and writes nothing", async () => {
    await addProducts("A", "B", "C");
    await bom("A", [["B", "1"]]);
    await bom("B", [["C", "1"]]);
    const cBom = await bom("C", []);
    const before = await rowCounts();
    const result = await kit.execute(AddLine, {
      bomId: cBom,
      input: { componentId: product("A"), quantity: "1" },
    });
    expect(result.data?.bomLineAdd).toEqual({
      bomLine: null,
      userErrors: [
        {
          code: "CYCLE",
          message: "This change would make a BOM contain its own product: C > A > B > C",
          field: ["input", "componentId"],
        },
      ],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("checks every active BOM, not only defaults, and ignores archived ones", async () => {
    await addProducts("P", "Q", "R");
    await bom("P", [["R", "1"]]);
    const alternative = await bom("P", [["Q", "1"]], { makeDefault: false });
    const created = await kit.execute(CreateBom, {
      input: {
        productId: product("Q"),
        kind: "ASSEMBLY",
        name: "Q",
        lines: [
          { componentId: product("R"), quantity: "1" },
          { componentId: product("P"), quantity: "1" },
        ],
      },
    });
    expect(created.data?.bomCreate.userErrors).toEqual([
      {
        code: "CYCLE",
        message: "This change would make a BOM contain its own product: Q > P > Q",
        field: ["input", "lines", "1", "componentId"],
      },
    ]);

    await kit.execute(ArchiveBom, { id: alternative });
    const afterArchive = await kit.execute(CreateBom, {
      input: {
        productId: product("Q"),
        kind: "ASSEMBLY",
        name: "Q",
        lines: [{ componentId: product("P"), quantity: "1" }],
      },
    });
    expect(afterArchive.data?.bomCreate.userErrors).toEqual([]);
  });

  it("refuses a change of component that closes a cycle", async () => {
    await addProducts("X", "Y", "Z");
    await bom("X", [["Y", "1"]]);
    await bom("Y", [["Z", "1"]]);
    const line = (await kit.db.prisma.bomLine.findFirstOrThrow({ where: { componentId: ids.Z } })).id;
    const before = await rowCounts();
    const result = await kit.execute(UpdateLine, {
      id: globalId("BomLine", line),
      input: { componentId: product("X") },
    });
    expect(result.data?.bomLineUpdate.userErrors).toEqual([
      {
        code: "CYCLE",
        message: "This change would make a BOM contain its own product: Y > X > Y",
        field: ["input", "componentId"],
      },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it("allows 50 levels and refuses the 51st", async () => {
    const skus = Array.from({ length: 52 }, (_, level) => `DEEP-${level}`);
    await addProducts(...skus);
    // DEEP-0 > DEEP-1 > ... > DEEP-49: 49 levels, written directly for speed.
    for (let level = 0; level < 49; level++) {
      await kit.db.prisma.bom.create({
        data: {
          productId: ids[`DEEP-${level}`] as number,
          kind: "PRODUCTION",
          name: "deep",
          lines: { create: { position: 1, componentId: ids[`DEEP-${level + 1}`] as number, quantity: "1" } },
        },
      });
    }
    await bom("DEEP-49", [["DEEP-50", "1"]]);
    const before = await rowCounts();
    const result = await kit.execute(CreateBom, {
      input: {
        productId: product("DEEP-50"),
        kind: "PRODUCTION",
        name: "too deep",
        lines: [{ componentId: product("DEEP-51"), quantity: "1" }],
      },
    });
    expect(result.data?.bomCreate.userErrors).toEqual([
      {
        code: "DEPTH_EXCEEDED",
        message: `A BOM tree may be at most 50 levels deep; this change makes one 51 levels deep: ${skus.join(" > ")}`,
        field: ["input", "lines", "0", "componentId"],
      },
    ]);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("explosion basics", () => {
  it("1 bicycle = 2 wheels: exploding 5 bicycles needs 10 wheels", async () => {
    await addProducts("BICYCLE", "WHEEL");
    await bom("BICYCLE", [["WHEEL", "2"]]);
    const explosion = await explode({ productId: product("BICYCLE"), quantity: "5" });
    expect(explosion?.bom).toEqual({ name: "BICYCLE BOM" });
    expect(explosion?.nodes).toEqual([
      {
        id: String(ids.BICYCLE),
        parentId: null,
        level: 0,
        path: "BICYCLE",
        kind: "PRODUCED",
        quantityPerParent: null,
        totalQuantity: "5",
        component: { sku: "BICYCLE" },
      },
      {
        id: expect.stringMatching(new RegExp(`^${ids.BICYCLE}\\.\\d+$`)),
        parentId: String(ids.BICYCLE),
        level: 1,
        path: "BICYCLE > WHEEL",
        kind: "SIMPLE",
        quantityPerParent: "2",
        totalQuantity: "10",
        component: { sku: "WHEEL" },
      },
    ]);
    expect(explosion?.requirements).toEqual([{ component: { sku: "WHEEL" }, quantity: "10" }]);
  });

  it("is exact through output quantities: 1/3 per unit times 3 is exactly 1", async () => {
    await addProducts("THIRD-A", "THIRD-B", "THIRD-C");
    await bom("THIRD-A", [["THIRD-B", "1"]], { outputQuantity: "3" });
    await bom("THIRD-B", [["THIRD-C", "3"]]);
    const one = await explode({ productId: product("THIRD-A"), quantity: "1" });
    expect(
      one?.nodes.map((node) => [node.component.sku, node.quantityPerParent, node.totalQuantity]),
    ).toEqual([
      ["THIRD-A", null, "1"],
      ["THIRD-B", "0.333333", "0.333333"],
      ["THIRD-C", "3", "1"],
    ]);
    expect(one?.requirements).toEqual([{ component: { sku: "THIRD-C" }, quantity: "1" }]);
    const seven = await explode({ productId: product("THIRD-A"), quantity: "7" });
    expect(seven?.requirements).toEqual([{ component: { sku: "THIRD-C" }, quantity: "7" }]);
  });

  it("a phantom's children hang under the phantom's parent", async () => {
    await addProducts("CHAIR", "SEAT-KIT", "SEAT", "SCREW-4");
    await bom("CHAIR", [["SEAT-KIT", "1"]]);
    await bom(
      "SEAT-KIT",
      [
        ["SEAT", "1"],
        ["SCREW-4", "4"],
      ],
      { kind: "ASSEMBLY", autoAssemble: true, outputQuantity: "2" },
    );
    const explosion = await explode({ productId: product("CHAIR"), quantity: "2" });
    const [chair, kitNode, seat, screw] = explosion?.nodes ?? [];
    expect(kitNode).toMatchObject({ kind: "PHANTOM", parentId: chair?.id, level: 1, totalQuantity: "2" });
    expect(seat).toMatchObject({
      kind: "SIMPLE",
      parentId: chair?.id,
      level: 1,
      path: "CHAIR > SEAT-KIT > SEAT",
      quantityPerParent: "0.5",
      totalQuantity: "1",
    });
    expect(screw).toMatchObject({ parentId: chair?.id, quantityPerParent: "2", totalQuantity: "4" });
    expect(explosion?.requirements).toEqual([
      { component: { sku: "SCREW-4" }, quantity: "4" },
      { component: { sku: "SEAT" }, quantity: "1" },
    ]);
  });
});
