import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  undoProductionOrder,
  voidProductionOrder,
} from "../../../../src/domain/orders/production/transitions.ts";
import type { TestKit } from "../../../kit/app.ts";
import { expectConsistent } from "../../../kit/checks.ts";
import { treeFixtures } from "./fixtures.ts";

const fixtures = treeFixtures();
const { buildTree, createA, authorize, treeOf } = fixtures;
let kit: TestKit;
beforeAll(async () => {
  kit = await fixtures.open();
});
afterAll(() => kit.close());

describe("undo and void never cascade", () => {
  it("leaves nested orders as they are when the root is undone or voided", async () => {
    const tree = await buildTree("no-cascade");
    const a = await createA(tree);
    await authorize(a.id);
    await kit.db.transaction((tx) => undoProductionOrder(tx, null, a.id));
    expect((await treeOf(tree, a.id)).every((entry) => entry.status === "PLANNED")).toBe(true);
    await kit.db.transaction((tx) => voidProductionOrder(tx, null, a.id));
    expect((await treeOf(tree, a.id)).every((entry) => entry.status === "PLANNED")).toBe(true);
    await expectConsistent(kit);
  });
});
