import { describe, expect, it } from "vitest";
import type { TestKit } from "../kit/app.ts";
import {
  bomArchive,
  bomCreate,
  bomExplosionTree,
  bomLineAdd,
  bomLineRemove,
  bomLineUpdate,
  bomOperationAdd,
  bomOperationRemove,
  bomOperationUpdate,
  bomSetDefault,
  bomUpdate,
  productBoms,
} from "../operations/bom.ts";
import { bomFixtures } from "./fixtures.ts";

const { use, ids, product, addProducts, bom, explode } = bomFixtures();
let kit: TestKit;
let resourceId: string;
use((opened) => {
  ({ kit, resourceId } = opened);
});

describe("creating and editing BOMs", () => {
  it("creates a production BOM with operations and lines, the product's first default", async () => {
    await addProducts("TABLE", "LEG", "TOP", "SCREW");
    const created = await kit.execute(bomCreate, {
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

    const renamed = await kit.execute(bomUpdate, {
      id: bomId,
      input: { name: "Wall shelf", outputQuantity: "4" },
    });
    expect(renamed.data?.bomUpdate.bom).toMatchObject({ name: "Wall shelf", outputQuantity: "4" });

    const operation = await kit.execute(bomOperationAdd, {
      bomId,
      input: { sequence: 10, name: "Drill", resourceId, minutesPerUnit: "1.25" },
    });
    expect(operation.data?.bomOperationAdd.userErrors).toEqual([]);
    const operationId = operation.data?.bomOperationAdd.bomOperation?.id as string;

    const added = await kit.execute(bomLineAdd, {
      bomId,
      input: { componentId: product("BRACKET"), quantity: "2", operationSequence: 10 },
    });
    expect(added.data?.bomLineAdd).toMatchObject({
      bomLine: { position: 2, quantity: "2", component: { sku: "BRACKET" }, operation: { sequence: 10 } },
      userErrors: [],
    });
    const lineId = added.data?.bomLineAdd.bomLine?.id as string;

    const changed = await kit.execute(bomLineUpdate, {
      id: lineId,
      input: { componentId: product("PLUG"), quantity: "3.125", operationSequence: null },
    });
    expect(changed.data?.bomLineUpdate).toMatchObject({
      bomLine: { quantity: "3.125", component: { sku: "PLUG" }, operation: null },
      userErrors: [],
    });

    const renumbered = await kit.execute(bomOperationUpdate, {
      id: operationId,
      input: { sequence: 30, name: "Drill holes", minutesPerUnit: "2" },
    });
    expect(renumbered.data?.bomOperationUpdate).toMatchObject({
      bomOperation: { sequence: 30, name: "Drill holes", minutesPerUnit: "2" },
      userErrors: [],
    });

    const withoutOperation = await kit.execute(bomOperationRemove, { id: operationId });
    expect(withoutOperation.data?.bomOperationRemove.bom?.operations).toEqual([]);

    const withoutLine = await kit.execute(bomLineRemove, { id: lineId });
    expect(withoutLine.data?.bomLineRemove.bom?.lines.map((line) => line.component.sku)).toEqual(["BOARD"]);
  });

  it("sets the default per product and kind and archives BOMs", async () => {
    await addProducts("LAMP", "BULB", "LED");
    await bom("LAMP", [["BULB", "1"]]);
    const second = await bom("LAMP", [["LED", "1"]]);
    const boms = async () => (await kit.execute(productBoms, { id: product("LAMP") })).data?.node;

    expect(await boms()).toMatchObject({
      bom: { name: "LAMP BOM" },
      boms: [{ isDefault: true }, { isDefault: false }],
    });
    const switched = await kit.execute(bomSetDefault, { id: second });
    expect(switched.data?.bomSetDefault.bom?.isDefault).toBe(true);
    expect((await boms())?.boms?.map((row) => row.isDefault)).toEqual([false, true]);
    expect((await explode({ productId: product("LAMP") }))?.requirements).toEqual([
      { component: { sku: "LED" }, quantity: "1" },
    ]);

    const archived = await kit.execute(bomArchive, { id: second });
    expect(archived.data?.bomArchive.bom).toMatchObject({ isDefault: false });
    expect(archived.data?.bomArchive.bom?.archivedAt).not.toBeNull();
    expect(await boms()).toMatchObject({ replenishment: "PURCHASE", bom: null });

    const refused = await kit.execute(bomLineAdd, {
      bomId: second,
      input: { componentId: product("BULB"), quantity: "1" },
    });
    expect(refused.data?.bomLineAdd.userErrors).toEqual([
      { code: "ARCHIVED", message: "The BOM is archived", field: ["bomId"] },
    ]);
    const archivedTop = await kit.execute(bomExplosionTree, { bomId: second });
    expect(archivedTop.errors?.[0]).toMatchObject({
      message: "The BOM is archived",
      extensions: { code: "ARCHIVED", field: ["bomId"] },
    });
  });

  it("derives replenishment from default BOMs (production, else assembly, else purchase); explicit wins", async () => {
    await addProducts("KIT", "PART");
    const read = async () => (await kit.execute(productBoms, { id: product("KIT") })).data?.node;
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
