import { describe, expect, it } from "vitest";
import type { TestKit } from "../../../kit/app.ts";
import { expectConsistent } from "../../../kit/checks.ts";
import { treeFixtures } from "./fixtures.ts";

const fixtures = treeFixtures();
const { authorizedTree, undo, voidOrder, treeOf } = fixtures;
let kit: TestKit;
fixtures.use((opened) => ({ kit } = opened));

describe("undo and void never cascade", () => {
  it("leaves nested orders as they are when the root is undone or voided", async () => {
    const { tree, a } = await authorizedTree("no-cascade");
    await undo(a.id);
    expect((await treeOf(tree, a.id)).every((entry) => entry.status === "PLANNED")).toBe(true);
    await voidOrder(a.id);
    expect((await treeOf(tree, a.id)).every((entry) => entry.status === "PLANNED")).toBe(true);
    await expectConsistent(kit);
  });
});
