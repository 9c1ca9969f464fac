import { expect } from "vitest";
import { BomKind } from "../../src/generated/prisma/enums.ts";
import { createTestKit, forTheFile, type TestKit } from "../kit/app.ts";
import { seedProducts } from "../kit/bom-trees.ts";
import { written } from "../kit/checks.ts";
import { decodeGlobalId, globalId } from "../kit/ids.ts";
import { bomCreate, bomExplosionTree } from "../operations/bom.ts";

/** The BOM tests' fixtures: products by SKU, BOMs made through the API, and what an action may write. */

type BomOptions = { kind?: BomKind; outputQuantity?: string; autoAssemble?: boolean; makeDefault?: boolean };

/** The path part of an explosion node's id: the top product's id, then the BOM line ids ("12.40.41"). */
export const pathOf = (nodeId: string) => decodeGlobalId(nodeId).key.split(":").at(-1) as string;

/**
 * Products and BOMs named by SKU over one kit: `use` makes the file's kit and a resource ("Lathe") the
 * operations use before its first test; the rest may run after it.
 */
export function bomFixtures() {
  let kit: TestKit;
  const ids: Record<string, number> = {};
  const product = (sku: string) => globalId("Product", ids[sku] as number);

  return {
    ids,
    product,
    /** Opens the kit and the resource for the test file (see `forTheFile`), handing them to `take` if given. */
    use(take: (opened: { kit: TestKit; resourceId: string }) => void = () => {}) {
      forTheFile(async () => {
        kit = await createTestKit();
        const resource = await kit.db.prisma.resource.create({
          data: { name: "Lathe", capacityMinutesPerDay: 480 },
        });
        return { kit, resourceId: globalId("Resource", resource.id), close: () => kit.close() };
      }, take);
    },
    async addProducts(...skus: string[]) {
      Object.assign(ids, await seedProducts(kit.db, skus));
    },
    /** Creates a BOM through the API and returns its global id (the test fails on userErrors). */
    async bom(sku: string, lines: [string, string][], options: BomOptions = {}) {
      const result = await kit.execute(bomCreate, {
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
    },
    /** Everything a BOM action may write: a refused action leaves it as it was. */
    rowCounts: () => written(kit),
    async explode(variables: { productId?: string; bomId?: string; quantity?: string }) {
      const result = await kit.execute(bomExplosionTree, variables);
      expect(result.errors).toBeUndefined();
      const explosion = result.data?.bomExplosion;
      // Node ids are the explosion's key, then the node's path: the tree's tests compare the paths.
      return (
        explosion && {
          ...explosion,
          nodes: explosion.nodes.map((node) => ({
            ...node,
            id: pathOf(node.id),
            parentId: node.parentId === null ? null : pathOf(node.parentId),
          })),
        }
      );
    },
  };
}

/** The file's kit with the bicycle of `seedBicycle` in it (see `forTheFile`), handing `take` both. */
export function useBicycle(take: (opened: { kit: TestKit; ids: Record<string, number> }) => void): void {
  forTheFile(async () => {
    const kit = await createTestKit();
    return { kit, ids: await seedBicycle(kit), close: () => kit.close() };
  }, take);
}

/** A bicycle with a shared sub-assembly (BRAKE under FRAME and under WHEEL) and a shared leaf (BOLT). */
async function seedBicycle(kit: TestKit): Promise<Record<string, number>> {
  const ids = await seedProducts(kit.db, [
    "BIKE",
    "FRAME",
    "WHEEL",
    "HUB",
    "BRAKE",
    { sku: "TUBE", cost: "5" },
    { sku: "BOLT", cost: "0.1" },
    { sku: "SPOKE", cost: "0.25" },
    { sku: "RIM", cost: "12" },
    { sku: "AXLE", cost: "3" },
    { sku: "PAD", cost: "2" },
  ]);
  const product = (sku: string) => globalId("Product", ids[sku] as number);
  const resource = await kit.db.prisma.resource.create({
    data: { name: "Bench", capacityMinutesPerDay: 480 },
  });
  const resourceId = globalId("Resource", resource.id);
  const create = async (
    sku: string,
    lines: [string, string][],
    options: { kind?: BomKind; outputQuantity?: string; operation?: [string, string, string] } = {},
  ) => {
    const result = await kit.execute(bomCreate, {
      input: {
        productId: product(sku),
        kind: options.kind ?? BomKind.PRODUCTION,
        name: sku,
        outputQuantity: options.outputQuantity ?? null,
        operations: options.operation
          ? [
              {
                sequence: 10,
                name: options.operation[0],
                resourceId,
                setupMinutes: options.operation[1],
                minutesPerUnit: options.operation[2],
              },
            ]
          : [],
        lines: lines.map(([component, quantity]) => ({ componentId: product(component), quantity })),
      },
    });
    expect(result.data?.bomCreate.userErrors).toEqual([]);
    return result.data?.bomCreate.bom?.id as string;
  };
  await create("BRAKE", [["PAD", "2"]]);
  await create(
    "HUB",
    [
      ["BOLT", "2"],
      ["AXLE", "1"],
    ],
    { outputQuantity: "2", operation: ["Press", "5", "1.5"] },
  );
  await create(
    "WHEEL",
    [
      ["HUB", "1"],
      ["SPOKE", "32"],
      ["RIM", "1"],
      ["BRAKE", "1"],
    ],
    { kind: BomKind.ASSEMBLY },
  );
  await create(
    "FRAME",
    [
      ["TUBE", "3"],
      ["BOLT", "2"],
      ["BRAKE", "1"],
    ],
    { operation: ["Weld", "30", "12"] },
  );
  await create(
    "BIKE",
    [
      ["FRAME", "1"],
      ["WHEEL", "2"],
      ["BOLT", "4"],
    ],
    { operation: ["Assemble", "10", "20"] },
  );
  return ids;
}

/** Runs `work` and counts the SQL statements it sent. */
export async function measured<Result>(
  kit: TestKit,
  work: () => Promise<Result>,
): Promise<{ statements: number; result: Result }> {
  let result: Result | undefined;
  const statements = await kit.countStatements(async () => {
    result = await work();
  });
  return { statements, result: result as Result };
}
