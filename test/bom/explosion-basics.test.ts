import { describe, expect, it } from "vitest";
import { bomFixtures } from "./fixtures.ts";

const { use, ids, product, addProducts, bom, explode } = bomFixtures();
use();

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
