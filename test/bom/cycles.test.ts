import { describe, expect, it } from "vitest";
import type { TestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { bomArchive, bomCreate, bomLineAdd, bomLineUpdate } from "../operations/bom.ts";
import { bomFixtures } from "./fixtures.ts";

const { use, ids, product, addProducts, bom, rowCounts } = bomFixtures();
let kit: TestKit;
use((opened) => {
  ({ kit } = opened);
});

describe("cycles and depth", () => {
  it("refuses a 3-deep cycle, naming its path, and writes nothing", async () => {
    await addProducts("A", "B", "C");
    await bom("A", [["B", "1"]]);
    await bom("B", [["C", "1"]]);
    const cBom = await bom("C", []);
    const before = await rowCounts();
    const result = await kit.execute(bomLineAdd, {
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
    const created = await kit.execute(bomCreate, {
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

    await kit.execute(bomArchive, { id: alternative });
    const afterArchive = await kit.execute(bomCreate, {
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
    const result = await kit.execute(bomLineUpdate, {
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
    const result = await kit.execute(bomCreate, {
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
