import { describe, expect, it } from "vitest";
import { explodeBom } from "../../src/domain/bom/explosion.ts";
import { measured, useBicycle } from "../bom/fixtures.ts";
import type { TestKit } from "../kit/app.ts";
import { seedBomTree } from "../kit/bom-trees.ts";
import { globalId } from "../kit/ids.ts";
import { bomExplosion, productBomSixLevels, productBomTwelveLevels } from "../operations/bom.ts";
import { node } from "../operations/catalog.ts";

let kit: TestKit;
let ids: Record<string, number>;
const product = (sku: string) => globalId("Product", ids[sku] as number);

useBicycle((opened) => {
  ({ kit, ids } = opened);
});

describe("SQL statements per request (measured)", () => {
  it("explodes a 12-level tree of 8,191 nodes in one statement", async () => {
    const tree = await seedBomTree(kit.db, { prefix: "T8K", branching: Array(12).fill(2) });
    expect(tree.nodes).toBe(8191);
    const { statements, result } = await measured(kit, () =>
      kit.execute(bomExplosion, { productId: globalId("Product", tree.rootProductId), quantity: "1" }),
    );
    expect(result.errors).toBeUndefined();
    const explosion = result.data?.bomExplosion;
    expect(explosion?.nodes).toHaveLength(8191);
    expect(Math.max(...(explosion?.nodes ?? []).map((node) => node.level))).toBe(12);
    expect(explosion?.requirements).toHaveLength(4096);
    expect(explosion?.requirements.every((row) => row.quantity === "4096")).toBe(true);
    expect(explosion?.bom?.name).toBe("T8K-0-0");
    const domainOnly = await kit.countStatements(() =>
      explodeBom(kit.db.prisma, { productId: tree.rootProductId, quantity: "1", locationId: null }),
    );
    console.info(
      `bomExplosion of ${tree.nodes} nodes: ${statements} SQL statements per request; explodeBom alone: ${domainOnly}`,
    );
    expect(statements).toBe(1);
    expect(domainOnly).toBe(1);
  }, 180_000); // seeding 8k products takes a while on a busy machine

  it("nests Product.bom.lines.component... with at most one statement per level", async () => {
    const flat = await kit.countStatements(() => kit.execute(node, { id: product("BIKE") }));

    const six = await measured(kit, () => kit.execute(productBomSixLevels, { id: product("BIKE") }));
    expect(six.result.errors).toBeUndefined();
    expect(six.result.data).toMatchObject({
      node: {
        sku: "BIKE",
        bom: {
          name: "BIKE",
          lines: [
            { component: { sku: "FRAME", bom: { lines: [{ component: { sku: "TUBE" } }, {}, {}] } } },
            { component: { sku: "WHEEL", bom: { name: "WHEEL" } } },
            { component: { sku: "BOLT", bom: null } },
          ],
        },
      },
    });
    console.info(`6 nested levels: ${six.statements - flat} statements beyond the flat query's ${flat}`);
    expect(six.statements - flat).toBeLessThanOrEqual(6);
    expect(six.statements - flat).toBe(6);

    const root = await kit.db.prisma.product.findUniqueOrThrow({ where: { sku: "T8K-0-0" } });
    const twelve = await measured(kit, () =>
      kit.execute(productBomTwelveLevels, { id: globalId("Product", root.id) }),
    );
    expect(twelve.result.errors).toBeUndefined();
    expect(JSON.stringify(twelve.result.data).match(/"sku"/g)).toHaveLength(16);
    console.info(`12 nested levels: ${twelve.statements - flat} statements beyond the flat query's ${flat}`);
    expect(twelve.statements - flat).toBeLessThanOrEqual(12);
    expect([flat, twelve.statements - flat]).toEqual([1, 12]);
  });
});
