import { isDeepStrictEqual } from "node:util";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  parse,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/domain/access.ts";
import { createBom } from "../../src/domain/bom/boms.ts";
import { runBom } from "../../src/domain/bom/run.ts";
import { createCustomer, createEmployee } from "../../src/domain/catalog/partners.ts";
import { createProduct } from "../../src/domain/catalog/products.ts";
import {
  completeProductionOrder,
  createProductionOrder,
  recordProductionWaste,
} from "../../src/domain/orders/production/production.ts";
import {
  createPurchaseOrder,
  placePurchaseOrder,
  receivePurchaseOrder,
} from "../../src/domain/orders/purchasing.ts";
import { authorizeSalesOrder, createSalesOrder, fulfillSalesOrder } from "../../src/domain/orders/sales.ts";
import { completeTransferOrder, createTransferOrder } from "../../src/domain/orders/transfers.ts";
import type { Permission } from "../../src/generated/prisma/enums.ts";
import { schema } from "../../src/schema/index.ts";
import { seedDemo } from "../../src/setup/demo.ts";
import { graphql } from "../graphql/index.ts";
import { createTestKit, type TestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";

/**
 * Permissions hold on the type, wherever an object is reached: node(id:), nodes(ids:), every relation, the root
 * lists. Generated from the schema: every Node type, every relation returning one, every built-in role (and one
 * without PRODUCTION_VIEW, which all of them have), compared with the table below.
 */

/**
 * What reading each Node type needs (null: any valid key). Every Node type of the schema must be here, so a new
 * type fails this test until someone decides; DESIGN.md "Permissions" and the root fields' authScopes decide.
 */
const NEEDS: Record<string, Permission | null> = {
  ApiKey: "ADMIN", // or the key itself
  Role: "ADMIN", // or the key's own role
  ProductionOrder: "PRODUCTION_VIEW",
  ProductionOrderLine: "PRODUCTION_VIEW",
  ProductionOrderComponent: "PRODUCTION_VIEW",
  Bom: null,
  BomLine: null,
  BomOperation: null,
  BomRun: null,
  Customer: null,
  Employee: null,
  InventoryAdjustment: null,
  Location: null,
  Product: null,
  PurchaseOrder: null,
  PurchaseOrderLine: null,
  Resource: null,
  SalesOrder: null,
  Supplier: null,
  TransferOrder: null,
};
/** Object types that are not Node types but carry a permission of their own. */
const OTHER_NEEDS: Record<string, Permission> = { ProductionOrderEvent: "PRODUCTION_VIEW" };

const isNodeType = (type: GraphQLNamedType): type is GraphQLObjectType =>
  isObjectType(type) && type.getInterfaces().some((parent) => parent.name === "Node");
const nodeTypes = Object.values(schema.getTypeMap()).filter(isNodeType);

const Me = graphql(`
  query AccessMe { viewer { apiKey { id role { name permissions } } } }
`);
const CreateOrder = graphql(`
  mutation AccessCreateOrder($input: ProductionOrderCreateFromBomInput!) {
    productionOrderCreateFromBom(input: $input) { productionOrder { id status } userErrors { code } }
  }
`);

/** A key of one role, and what it may read. */
interface Reader {
  role: string;
  key: string;
  /** Its own ApiKey's global id: a key reads itself and its role. */
  keyId: string;
  permissions: string[];
}
// biome-ignore lint/suspicious/noExplicitAny: documents built from the schema are read loosely
type LooseDocument = TypedDocumentNode<Record<string, any>, Record<string, unknown>>;
type Row = { __typename: string; id?: string; [field: string]: unknown };

function mayRead(reader: Reader, row: Row): boolean {
  if (row.__typename === "ApiKey" && row.id === reader.keyId) return true;
  if (row.__typename === "Role" && row.name === reader.role) return true;
  const needs = NEEDS[row.__typename] ?? OTHER_NEEDS[row.__typename] ?? null;
  return needs === null || reader.permissions.includes(needs) || reader.permissions.includes("ADMIN");
}

/** null bubbling up from a non-null position, as GraphQL's error propagation does. */
const BUBBLE = Symbol("bubble");

/**
 * What `reader` must get where an admin got `value` (of `type`): an object it may not read is null, and a null
 * in a non-null position makes its parent null. Needs `__typename` on every object (and `name` on roles).
 */
function expectedFor(reader: Reader, value: unknown, type: GraphQLOutputType): unknown {
  if (isNonNullType(type)) {
    const inner = expectedFor(reader, value, type.ofType);
    return inner === null || inner === BUBBLE ? BUBBLE : inner;
  }
  if (value === null || isLeafType(type)) return value;
  if (isListType(type)) {
    const items = (value as unknown[]).map((item) => expectedFor(reader, item, type.ofType));
    return items.includes(BUBBLE) ? null : items;
  }
  const row = value as Row;
  if (!mayRead(reader, row)) return null;
  const fields = (schema.getType(row.__typename) as GraphQLObjectType).getFields();
  const seen: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(row)) {
    const expected =
      name === "__typename"
        ? child
        : expectedFor(reader, child, (fields[name] as GraphQLField<unknown, unknown>).type);
    if (expected === BUBBLE) return null;
    seen[name] = expected;
  }
  return seen;
}

/**
 * A selection of `type` through every field without required arguments that returns objects: a Node type is
 * its `id` (its own relations are walked from it), other types are followed `depth` levels further.
 */
function selectionOf(type: GraphQLCompositeType, depth: number): string {
  if (isAbstractType(type)) {
    const members = schema
      .getPossibleTypes(type)
      .map((member) => `... on ${member.name} { ${selectionOf(member, depth)} }`);
    return `__typename ${members.join(" ")}`;
  }
  if (isNodeType(type)) return identity(type);
  return `__typename ${relationsOf(type, depth - 1)}`;
}

/** What tells a Node object's reader whether it may read it: its type and id, and a role's name. */
function identity(type: GraphQLObjectType): string {
  return `__typename id${type.name === "Role" ? " name" : ""}`;
}

/** The fields of `type` that return objects, each with its selection (none below depth 0). */
function relationsOf(type: GraphQLObjectType, depth: number): string {
  if (depth < 0) return "";
  return Object.values(type.getFields())
    .filter((field) => isCompositeType(getNamedType(field.type)) && !field.args.some(isRequiredArgument))
    .map(
      (field) => `${field.name} { ${selectionOf(getNamedType(field.type) as GraphQLCompositeType, depth)} }`,
    )
    .join(" ");
}

describe("permissions hold on every Node type, wherever it is reached", () => {
  let world: TestKit;
  const readers: Reader[] = [];
  /** Global ids of every row of every Node type. */
  const ids = new Map<string, string[]>();
  const run = (reader: Reader, document: string, variables: Record<string, unknown> = {}) =>
    world.execute(parse(document) as LooseDocument, variables, { key: reader.key });

  beforeAll(async () => {
    world = await createTestKit();
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
      const apiKey = (await world.execute(Me, {}, { key })).data?.viewer.apiKey;
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
  afterAll(() => world?.close());

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
      schedule: `from: "${new Date(Date.now() - 30 * 86_400_000).toISOString()}", to: "${new Date(Date.now() + 60 * 86_400_000).toISOString()}"`,
    };
    const roots = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
      (field) =>
        !["node", "nodes", "viewer"].includes(field.name) &&
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
    // The viewer is each reader's own: its key and role, whatever its permissions.
    const viewer = `{ viewer { ${selectionOf(schema.getType("Viewer") as GraphQLObjectType, 3)} } }`;
    for (const reader of readers) {
      const result = await run(reader, viewer);
      expect(result.errors).toBeUndefined();
      expect(result.data?.viewer.apiKey.id).toBe(reader.keyId);
      noteRelations(result.data?.viewer, fieldType("Query", "viewer"), seen);
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
    const created = await world.execute(CreateOrder, { input }, { key });
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

/** The type of a field, by type and field name. */
function fieldType(typeName: string, fieldName: string): GraphQLOutputType {
  return (
    (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName] as GraphQLField<unknown, unknown>
  ).type;
}

/** Records "Type.field" for every field of `value` (of `type`) that returned a Node object. */
function noteRelations(value: unknown, type: GraphQLOutputType, seen: Set<string>) {
  const named = getNamedType(type);
  if (value === null || value === undefined || isLeafType(named)) return;
  if (Array.isArray(value)) {
    for (const item of value) noteRelations(item, named, seen);
    return;
  }
  const row = value as Row;
  const fields = (schema.getType(row.__typename) as GraphQLObjectType).getFields();
  for (const [name, child] of Object.entries(row)) {
    const field = fields[name];
    if (!field || child === null || isLeafType(getNamedType(field.type))) continue;
    const children = (Array.isArray(child) ? child : [child]) as Row[];
    if (children.some((item) => isNodeType(schema.getType(item.__typename) as GraphQLNamedType))) {
      seen.add(`${row.__typename}.${name}`);
    }
    noteRelations(child, field.type, seen);
  }
}

/**
 * "Type.field" for every field of a type that queries reach (mutation payloads and live events are not walked:
 * the same check guards their Node objects) that returns a Node type, directly, in a list or through a union.
 */
function nodeRelations(): string[] {
  const reached = new Set<string>();
  const pending: GraphQLNamedType[] = Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) =>
    getNamedType(field.type),
  );
  for (let type = pending.pop(); type; type = pending.pop()) {
    if (reached.has(type.name) || !isCompositeType(type)) continue;
    reached.add(type.name);
    if (isAbstractType(type)) pending.push(...schema.getPossibleTypes(type));
    else pending.push(...Object.values(type.getFields()).map((field) => getNamedType(field.type)));
  }
  return [...reached]
    .map((name) => schema.getType(name))
    .filter((type): type is GraphQLObjectType => isObjectType(type))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => {
          const named = getNamedType(field.type);
          return isAbstractType(named) ? schema.getPossibleTypes(named).some(isNodeType) : isNodeType(named);
        })
        .map((field) => `${type.name}.${field.name}`),
    );
}

/** A result's refusals: each FORBIDDEN and naming a permission the reader lacks; some exactly when it got less. */
function checkRefusals(
  reader: Reader,
  result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] },
  refused: boolean,
) {
  const errors = result.errors ?? [];
  for (const error of errors) {
    expect(error.extensions?.code, error.message).toBe("FORBIDDEN");
    const permission = error.extensions?.permission as string;
    expect(error.message).toContain(`needs the permission ${permission}`);
    expect(reader.permissions).not.toContain(permission);
  }
  expect(errors.length > 0, JSON.stringify(errors)).toBe(refused);
}
