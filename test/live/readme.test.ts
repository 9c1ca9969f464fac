import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { OPERATION_ENTITY } from "../../src/domain/orders/production/operations.ts";
import { PRODUCTION_ORDER } from "../../src/domain/orders/production/order.ts";
import { succeeded } from "../kit/app.ts";
import { waitFor } from "../kit/live.ts";
import { boardWithLiveCursor } from "../operations/live.ts";
import { productionOrderRelease, productionOrderStart, productionOrderUndo } from "../operations/orders.ts";
import { BOARD_WINDOW, seedBoard } from "./board.ts";
import { type LiveWorld, liveFixtures } from "./fixtures.ts";

const { use } = liveFixtures();
let kit: LiveWorld["kit"];
let server: LiveWorld["server"];
let world: LiveWorld["world"];
use((opened) => {
  ({ kit, server, world } = opened);
});

const REPOSITORY = fileURLToPath(new URL("../..", import.meta.url));

/** The README's board pattern: the first js block of its section, as it is. */
async function boardExample(): Promise<string> {
  const readme = await readFile(`${REPOSITORY}README.md`, "utf8");
  const code = /```js\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf("### The board pattern")))?.[1];
  if (!code) throw new Error("README.md: the board pattern has no js block");
  return code;
}

interface Printed {
  after: string;
  orders: { id: string; number: string; status: string }[];
}

describe("README", () => {
  it("runs the board pattern: the board it ends with is a fresh query's, each change applied once", async () => {
    const orders = await seedBoard(kit, world, 4, "README");
    const id = (order: number) => ({ id: orders[order] ?? "" });
    const release = async (order: number) =>
      succeeded(await kit.execute(productionOrderRelease, id(order)), "productionOrderRelease");
    const begin = async (order: number) =>
      succeeded(await kit.execute(productionOrderStart, id(order)), "productionOrderStart");
    const undo = async (order: number) =>
      succeeded(await kit.execute(productionOrderUndo, id(order)), "productionOrderUndo");

    // Run as a user would: node with the block on stdin, resolving graphql-ws and ws from the repository.
    const board = spawn(process.execPath, ["--input-type=module", "-", BOARD_WINDOW.from, BOARD_WINDOW.to], {
      cwd: REPOSITORY,
      env: { ...process.env, BOMGRAPH_URL: server.url, BOMGRAPH_KEY: kit.adminKey },
    });
    const printed: Printed[] = [];
    let output = "";
    let errors = "";
    board.stdout.on("data", (chunk) => {
      output += String(chunk);
      const lines = output.split("\n");
      output = lines.pop() ?? "";
      for (const line of lines) printed.push(JSON.parse(line) as Printed);
    });
    board.stderr.on("data", (chunk) => {
      errors += String(chunk);
    });
    const exited = new Promise((resolve) => board.once("exit", resolve));
    try {
      board.stdin.end(await boardExample());
      // Changes commit while the board starts, reads and subscribes, and after.
      await release(0);
      await release(1);
      await waitFor(
        () => printed.length > 0 || errors !== "",
        () => "the board",
      );
      expect(errors).toBe("");
      await begin(0);
      await undo(1);
      await release(2);
      await release(3);
      await undo(3);

      const fresh = await kit.execute(boardWithLiveCursor, BOARD_WINDOW);
      const expected = (fresh.data?.schedule.resources ?? [])
        .flatMap((resource) =>
          resource.orders.map(({ order }) => ({ id: order.id, number: order.number, status: order.status })),
        )
        .filter((order) => orders.includes(order.id));
      expect(expected).toHaveLength(4);
      const start = BigInt(printed[0]?.after ?? "0");
      const events = await kit.db.prisma.event.findMany({
        where: { id: { gt: start }, entityType: { in: [PRODUCTION_ORDER.model, OPERATION_ENTITY] } },
        orderBy: { id: "asc" },
        select: { id: true },
      });
      await waitFor(
        () => printed.length > events.length || errors !== "",
        () => `${events.length} changes printed (${printed.length - 1}: ${errors})`,
      );
      // Every event after the board's cursor, once, in order: none the board already showed, none missed.
      expect(printed.slice(1).map((line) => line.after)).toEqual(events.map((event) => String(event.id)));
      const last = printed.at(-1)?.orders.filter((order) => orders.includes(order.id));
      expect(last).toEqual(expected);
      expect(errors).toBe("");
    } finally {
      board.kill();
      await exited;
    }
  });
});
