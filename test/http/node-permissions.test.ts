import { isDeepStrictEqual } from "node:util";
import {
  type GraphQLCompositeType,
  type GraphQLObjectType,
  getNamedType,
  isCompositeType,
  isRequiredArgument,
  parse,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/domain/access.ts";
import { createBom } from "../../src/domain/bom/boms.ts";
import { runBom } from "../../src/domain/bom/run.ts";
import { createCustomer, createEmployee } from "../../src/domain/catalog/partners.ts";
import { createProduct } from "../../src/domain/catalog/products.ts";
import { createProductionOrder } from "../../src/domain/orders/production/create.ts";
import { recordProductionWaste } from "../../src/domain/orders/production/edits.ts";
import { completeOperation, startOperation } from "../../src/domain/orders/production/operations.ts";
import { consumeForProductionOrder } from "../../src/domain/orders/production/reports.ts";
import { completeProductionOrder } from "../../src/domain/orders/production/transitions.ts";
import {
  createPurchaseOrder,
  placePurchaseOrder,
  receivePurchaseOrder,
} from "../../src/domain/orders/purchasing.ts";
import { authorizeSalesOrder, createSalesOrder, fulfillSalesOrder } from "../../src/domain/orders/sales.ts";
import { completeTransferOrder, createTransferOrder } from "../../src/domain/orders/transfers.ts";
import { schema } from "../../src/schema/index.ts";
import { seedDemo } from "../../src/setup/demo.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";

import { meApiKeyRole } from "../operations/access.ts";
import { productionOrderCreateFromBom } from "../operations/orders.ts";
import {
  BUBBLE,
  checkRefusals,
  expectedFor,
  fieldType,
  identity,
  type LooseDocument,
  mayRead,
  NEEDS,
  nodeRelations,
  nodeTypes,
  noteRelations,
  type Reader,
  type Row,
  relationsOf,
  selectionOf,
} from "./node-reads.ts";

/**
 * Permissions hold on the type, wherever an object is reached: node(id:), nodes(ids:), every relation, the root
 * lists. Generated from the schema: every Node type, every relation returning one, every built-in role (and one
 * without PRODUCTION_VIEW, which all of them have), compared with the table of ./node-reads.ts (NEEDS).
 */

describe("permissions hold on every Node type, wherever it is reached", () => {
  let world: TestKit;
  const readers: Reader[] = [];
  /** Global ids of every row of every Node type. */
  const ids = new Map<string, string[]>();
  const run = (reader: Reader, document: string, variables: Record<string, unknown> = {}) =>
    world.execute(parse(document) as LooseDocument, variables, { key: reader.key });

  useTestKit((opened) => {
    world = opened;
  });
  beforeAll(async () => {
    await seedDemo(world.db);
    const secrets = await world.db.transaction(async (tx) => {
      // What the demo lacks, so that every relation has something to return.
      const customer = await createCustomer(tx, null, { name: "Bike Shop" });
      const employee = await createEmployee(tx, null, { name: "Ada" });
      const floor = await tx.location.findFirstOrThrow({ where: { kind: "SHOP_FLOOR" } });
      const product = (sku: string) =>
        tx.product.findUniqueOrThrow({ where: { sku }, include: { boms: true } });
      const [bike, wheel, saddle] = [await product("BIKE"), await product("WHEEL"), await product("SADDLE")];
      const sale = await createSalesOrder(tx, null, {
        customerId: customer.id,
        locationId: floor.id,
        lines: [{ productId: saddle.id, quantity: "1" }],
      });
      const order = await createProductionOrder(tx, null, {
        locationId: floor.id,
        lines: [{ bomId: bike.boms[0]?.id, quantity: "1" }],
        customerId: customer.id,
        employeeId: employee.id,
        salesOrderId: sale.id,
        status: "RELEASED",
      });
      await recordProductionWaste(tx, null, order.id, { lines: [{ productId: saddle.id, quantity: "1" }] });
      await runBom(tx, null, {
        bomId: wheel.boms[0]?.id,
        locationId: floor.connectedWarehouseId,
        quantity: "1",
      });
      // Movements of each kind of order: a completed kit (whose line names its operation), a received purchase,
      // a fulfilled sale, a completed transfer.
      const kit = await createProduct(tx, null, { sku: "KIT", name: "Saddle kit", minBeforeReorder: "100" });
      const bench = await tx.resource.findFirstOrThrow();
      const kitBom = await createBom(tx, null, {
        productId: kit.id,
        kind: "PRODUCTION",
        name: "Kit",
        operations: [{ sequence: 10, name: "Pack", resourceId: bench.id }],
        lines: [{ componentId: saddle.id, quantity: "1", operationSequence: 10 }],
      });
      const kitOrder = await createProductionOrder(tx, null, {
        locationId: floor.id,
        lines: [{ bomId: kitBom.id, quantity: "1" }],
        status: "RELEASED",
      });
      // Its operation run by an employee: a time log, so that the relations of operations have something too.
      const pack = await tx.productionOrderOperation.findFirstOrThrow({ where: { orderId: kitOrder.id } });
      await startOperation(tx, null, pack.id, { employeeId: employee.id });
      await completeOperation(tx, null, pack.id, { goodQuantity: "1" });
      // A component scanned by the employee: a report, so that its relations have something too, and events
      // whose actor names a key and the employee.
      const part = await tx.productionOrderComponent.findFirstOrThrow({ where: { orderId: kitOrder.id } });
      const admin = await tx.apiKey.findFirstOrThrow();
      const scanner = { apiKeyId: admin.id, employeeId: null, requestId: "node-permissions" };
      await consumeForProductionOrder(tx, scanner, kitOrder.id, {
        productId: part.productId,
        quantity: "1",
        employeeId: employee.id,
      });
      await completeProductionOrder(tx, null, kitOrder.id);
      const supplier = await tx.supplier.findFirstOrThrow();
      const purchase = await createPurchaseOrder(tx, null, {
        supplierId: supplier.id,
        locationId: floor.connectedWarehouseId,
        lines: [{ productId: saddle.id, quantity: "2" }],
      });
      await placePurchaseOrder(tx, null, purchase.id);
      const line = await tx.purchaseOrderLine.findFirstOrThrow({ where: { purchaseOrderId: purchase.id } });
      await receivePurchaseOrder(tx, null, purchase.id, { lines: [{ lineId: line.id, quantity: "2" }] });
      await authorizeSalesOrder(tx, null, sale.id);
      await fulfillSalesOrder(tx, null, sale.id);
      const transfer = await createTransferOrder(tx, null, {
        fromLocationId: floor.connectedWarehouseId,
        toLocationId: floor.id,
        lines: [{ productId: saddle.id, quantity: "1" }],
      });
      await completeTransferOrder(tx, null, transfer.id);
      const keys = [];
      for (const role of ["planner", "shop-floor", "viewer"]) {
        keys.push((await createApiKey(tx, { name: `${role} key`, role }, null)).secret);
      }
      return keys;
    });
    // The built-in roles, and one without PRODUCTION_VIEW (every built-in role has it).
    for (const key of [world.adminKey, ...secrets, await world.keyWith("INVENTORY_ADJUST")]) {
      const apiKey = (await world.execute(meApiKeyRole, {}, { key })).data?.me.apiKey;
      if (!apiKey) throw new Error("the key does not authenticate");
      readers.push({ role: apiKey.role.name, key, keyId: apiKey.id, permissions: apiKey.role.permissions });
    }
    for (const type of nodeTypes) {
      const rows = await world.db.prisma.$queryRawUnsafe<{ id: number }[]>(
        `SELECT id FROM "${type.name}" ORDER BY id`,
      );
      ids.set(
        type.name,
        rows.map((row) => globalId(type.name, row.id)),
      );
    }
  }, 120_000);

  it("every Node type declares its permission, in the table and on the type", () => {
    expect(nodeTypes.map((type) => type.name).filter((name) => !(name in NEEDS))).toEqual([]);
    const undeclared = nodeTypes.filter(
      (type) => !(type.extensions?.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes,
    );
    expect(undeclared.map((type) => type.name)).toEqual([]);
  });

  it("node(id:) and nodes(ids:) answer every role as the table says; a refusal names the permission", async () => {
    const NODE = "query($id: ID!) { node(id: $id) { __typename id ... on Role { name } } }";
    const NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Role { name } } }";
    const every = [...ids.values()].flat();
    const admin = await run(admins(), NODES, { ids: every });
    const rows = (admin.data?.nodes ?? []) as Row[];
    expect(rows.map((row) => row.id)).toEqual(every);
    let reads = 0;
    for (const reader of readers) {
      const all = await run(reader, NODES, { ids: every });
      const expected = expectedFor(reader, admin.data?.nodes, fieldType("Query", "nodes")) as (Row | null)[];
      expect(all.data?.nodes).toEqual(expected);
      checkRefusals(reader, all, expected.includes(null));
      // Each refused entry has its own error, at its place in the list.
      expect(all.errors?.map((error) => error.path) ?? []).toEqual(
        expected.flatMap((row, index) => (row === null ? [["nodes", index]] : [])),
      );
      for (const [type, typeIds] of ids) {
        const first = typeIds[0] as string;
        const one = await run(reader, NODE, { id: first });
        const row = rows[every.indexOf(first)] as Row;
        expect(one.data?.node ?? null, `${reader.role} reads ${type}`).toEqual(
          mayRead(reader, row) ? row : null,
        );
        checkRefusals(reader, one, !mayRead(reader, row));
        reads++;
      }
    }
    console.log(
      `node access: ${every.length} nodes and ${reads} node(id:) reads over ${readers.length} roles`,
    );
  });

  it("an id that names nothing is null, in node(id:) and in its place in nodes(ids:)", async () => {
    const nothing = [...nodeTypes.map((type) => globalId(type.name, 2_000_000_000)), globalId("Nothing", 1)];
    for (const id of nothing) {
      expect(await run(admins(), "query($id: ID!) { node(id: $id) { id } }", { id })).toEqual({
        status: 200,
        data: { node: null },
      });
    }
    const known = ids.get("Product")?.[0] as string;
    expect(
      await run(admins(), "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids: [known, ...nothing] }),
    ).toEqual({
      status: 200,
      data: { nodes: [{ id: known }, ...nothing.map(() => null)] },
    });
  });

  it("every relation returning a Node type answers every role as the table says", async () => {
    const seen = new Set<string>();
    let relations = 0;
    for (const type of nodeTypes) {
      const document = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type.name} { ${identity(type)} ${relationsOf(type, 2)} } } }`;
      const admin = await run(admins(), document, { ids: ids.get(type.name) });
      expect(admin.errors).toBeUndefined();
      noteRelations(admin.data?.nodes, fieldType("Query", "nodes"), seen);
      for (const reader of readers) {
        const result = await run(reader, document, { ids: ids.get(type.name) });
        const expected = expectedFor(reader, admin.data?.nodes, fieldType("Query", "nodes"));
        expect(result.data?.nodes, `${reader.role} reads ${type.name}'s relations`).toEqual(expected);
        checkRefusals(reader, result, !isDeepStrictEqual(expected, admin.data?.nodes));
      }
    }
    // And from the root: the lists, the viewer, the stock, the explosion, the board.
    const product = (sku: string) => world.db.prisma.product.findUniqueOrThrow({ where: { sku } });
    const rootArguments: Record<string, string> = {
      bomExplosion: `productId: "${globalId("Product", (await product("BIKE")).id)}", locationId: "${ids.get("Location")?.[0]}"`,
      bomWhereUsed: `componentId: "${globalId("Product", (await product("SPOKE")).id)}"`,
      productByBarcode: 'code: "BIKE"',
      // A product, which every key reads: a scan leaves out (rather than nulls) what a key may not read, which
      // test/scan/scan.test.ts shows.
      scan: 'code: "BIKE"',
      schedule: `from: "${new Date(Date.now() - 30 * 86_400_000).toISOString()}", to: "${new Date(Date.now() + 60 * 86_400_000).toISOString()}"`,
    };
    const roots = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
      (field) =>
        !["node", "nodes", "me"].includes(field.name) &&
        isCompositeType(getNamedType(field.type)) &&
        (field.name in rootArguments || !field.args.some(isRequiredArgument)),
    );
    for (const root of roots) {
      const args = rootArguments[root.name] ? `(${rootArguments[root.name]})` : "";
      const document = `{ ${root.name}${args} { ${selectionOf(getNamedType(root.type) as GraphQLCompositeType, 3)} } }`;
      const admin = await run(admins(), document);
      expect(admin.errors).toBeUndefined();
      noteRelations(admin.data?.[root.name], root.type, seen);
      const scopes = root.extensions?.pothosOptions as { authScopes?: { permission?: string } } | undefined;
      const needs = scopes?.authScopes?.permission;
      for (const reader of readers) {
        const result = await run(reader, document);
        if (needs && !reader.permissions.includes(needs) && !reader.permissions.includes("ADMIN")) {
          expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
          continue;
        }
        const expected = expectedFor(reader, admin.data?.[root.name], root.type);
        expect(result.data ?? null, `${reader.role} reads ${root.name}`).toEqual(
          expected === BUBBLE ? null : { [root.name]: expected },
        );
        checkRefusals(reader, result, !isDeepStrictEqual(expected, admin.data?.[root.name]));
      }
    }
    // `me` is each reader's own: its key and role, whatever its permissions.
    const me = `{ me { ${selectionOf(schema.getType("Viewer") as GraphQLObjectType, 3)} } }`;
    for (const reader of readers) {
      const result = await run(reader, me);
      expect(result.errors).toBeUndefined();
      expect(result.data?.me.apiKey.id).toBe(reader.keyId);
      noteRelations(result.data?.me, fieldType("Query", "me"), seen);
    }
    relations = seen.size;
    // Every relation to a Node type that the walk can reach had something to return in this world.
    const reachable = nodeRelations().filter((relation) => !seen.has(relation));
    expect(reachable).toEqual([]);
    console.log(
      `node access: ${relations} relations walked from ${nodeTypes.length} Node types and ${roots.length} root fields, ${readers.length} roles`,
    );
  });

  it("holds in mutation payloads too: a key that may create an order but not read one gets it as null", async () => {
    const key = await world.keyWith("PRODUCTION_FULFILL");
    const bom = await world.db.prisma.bom.findFirstOrThrow({ where: { product: { sku: "WHEEL" } } });
    const floor = await world.db.prisma.location.findFirstOrThrow({ where: { kind: "SHOP_FLOOR" } });
    const input = {
      locationId: globalId("Location", floor.id),
      bomId: globalId("Bom", bom.id),
      quantity: "1",
    };
    const created = await world.execute(productionOrderCreateFromBom, { input }, { key });
    expect(created.data?.productionOrderCreateFromBom).toEqual({ productionOrder: null, userErrors: [] });
    expect(created.errors).toMatchObject([
      {
        message:
          "Not allowed to read ProductionOrder (at ProductionOrderPayload.productionOrder): needs the permission PRODUCTION_VIEW",
        extensions: { code: "FORBIDDEN", permission: "PRODUCTION_VIEW" },
      },
    ]);
  });

  const admins = () => readers[0] as Reader;
});
