import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/domain/access.ts";
import { createApp } from "../../src/http/app.ts";
import { createLogger } from "../../src/logger.ts";
import { schema } from "../../src/schema/index.ts";
import { graphql } from "../graphql/index.ts";
import { createTestKit, type TestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { changedTables, databaseSnapshot } from "../kit/snapshot.ts";
import {
  addStock,
  createProduct,
  type OrderFixtures,
  orderFixtures,
  seedWorld,
  type World,
} from "../kit/world.ts";
import { apiKeyCreate, apiKeyRevoke } from "../operations/access.ts";
import {
  bomArchive,
  bomCreate,
  bomLineAdd,
  bomLineRemove,
  bomLineUpdate,
  bomOperationAdd,
  bomOperationRemove,
  bomOperationUpdate,
  bomRun,
  bomSetDefault,
  bomUpdate,
} from "../operations/bom.ts";
import {
  customerArchive,
  customerCreate,
  customerUpdate,
  employeeArchive,
  employeeCreate,
  employeeUpdate,
  locationArchive,
  locationCreate,
  locationUpdate,
  productArchive,
  productCreate,
  productUpdate,
  resourceArchive,
  resourceCreate,
  resourceUpdate,
  supplierArchive,
  supplierCreate,
  supplierUpdate,
} from "../operations/catalog.ts";
import { settingsUpdate, stockAdjust } from "../operations/inventory.ts";
import {
  productionOrderAuthorize,
  productionOrderAuthorizeWithEvents,
  productionOrderComplete,
  productionOrderComponentUpdate,
  productionOrderCreate,
  productionOrderCreateFromBom,
  productionOrderCreatePurchaseOrders,
  productionOrderRecordWaste,
  productionOrderRelease,
  productionOrderStart,
  productionOrderUndo,
  productionOrderVoid,
} from "../operations/orders.ts";
import {
  purchaseOrderCreate,
  purchaseOrderPlace,
  purchaseOrderReceive,
  purchaseOrderUpdateLines,
  purchaseOrderVoid,
} from "../operations/purchasing.ts";
import { reorderSuggestionsApply } from "../operations/reorder.ts";
import {
  salesOrderAuthorize,
  salesOrderCreate,
  salesOrderFulfill,
  salesOrderUpdateLines,
  salesOrderVoid,
} from "../operations/sales.ts";
import { transferOrderComplete, transferOrderCreate, transferOrderVoid } from "../operations/transfers.ts";

/**
 * Idempotent writes: every mutation retried with its key answers the first result and changes nothing more.
 * The table of cases below must name every Mutation field of the schema (a new mutation fails the test until
 * it has a retry case).
 */

let kit: TestKit;
let world: World;
let fixtures: OrderFixtures;
const unique = (prefix: string) => fixtures.unique(prefix);

beforeAll(async () => {
  kit = await createTestKit();
  world = await seedWorld(kit);
  fixtures = orderFixtures(kit, world);
});
afterAll(() => kit.close());

// biome-ignore lint/suspicious/noExplicitAny: the cases mix every mutation's document and variables
type AnyDocument = TypedDocumentNode<any, any>;
interface Request {
  document: AnyDocument;
  variables: Record<string, unknown>;
}

interface Answer {
  status: number;
  replayed: boolean;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** Sends a request with an idempotency key, in the header or in the request's extensions (as graphql-ws can). */
async function sendWithKey(
  request: Request,
  key: string | null,
  options: { via?: "header" | "extensions"; apiKey?: string; app?: TestKit["app"] } = {},
): Promise<Answer> {
  const via = options.via ?? "header";
  const response = await (options.app ?? kit.app).fetch("http://test/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      authorization: `Bearer ${options.apiKey ?? kit.adminKey}`,
      ...(key !== null && via === "header" ? { "idempotency-key": key } : {}),
    },
    body: JSON.stringify({
      query: print(request.document),
      variables: request.variables,
      ...(key !== null && via === "extensions" ? { extensions: { idempotencyKey: key } } : {}),
    }),
  });
  return {
    status: response.status,
    replayed: response.headers.get("idempotent-replayed") === "true",
    body: (await response.json()) as Answer["body"],
  };
}

/** The payload of a mutation field in an answer (failing the test when there is none). */
// biome-ignore lint/suspicious/noExplicitAny: payloads are read loosely
function payloadOf(answer: Answer, field: string): any {
  const payload = answer.body.data?.[field];
  expect(payload).toBeDefined();
  return payload;
}

const gid = globalId;

// ---- Documents: the mutations are test/operations/<area>.ts; these two test the protocol itself -------

const TwoAdjustments = graphql(`
  mutation idempotencyTwoAdjustments($first: StockAdjustInput!, $second: StockAdjustInput!) {
    a: stockAdjust(input: $first) { adjustment { id movements { quantity } } userErrors { code message field } }
    b: stockAdjust(input: $second) { adjustment { id movements { quantity } } userErrors { code message field } }
  }
`);
const ProductsQuery = graphql(`
  query idempotencyProductsPage { products(first: 1) { edges { node { sku } } } }
`);

// ---- Fixtures ----------------------------------------------------------------------------------------------

/** A BOM that is not its product's default, with a line and an operation. */
async function bomWithOperation() {
  const product = await createProduct(kit, unique("OPS"));
  const component = await createProduct(kit, unique("OPC"));
  const resource = await kit.db.prisma.resource.create({
    data: { name: unique("Saw"), capacityMinutesPerDay: 480 },
  });
  const bom = await kit.db.prisma.bom.create({
    data: {
      productId: product,
      kind: "PRODUCTION",
      name: unique("Routing"),
      operations: { create: [{ sequence: 10, name: "Cut", resourceId: resource.id }] },
      lines: { create: [{ componentId: component, quantity: "1", position: 0 }] },
    },
    include: { lines: true, operations: true },
  });
  return {
    bom: gid("Bom", bom.id),
    line: gid("BomLine", bom.lines[0]?.id as number),
    operation: gid("BomOperation", bom.operations[0]?.id as number),
    resource: gid("Resource", resource.id),
    component: gid("Product", component),
  };
}

const row = {
  customer: async () =>
    gid("Customer", (await kit.db.prisma.customer.create({ data: { name: unique("C") } })).id),
  supplier: async () =>
    gid("Supplier", (await kit.db.prisma.supplier.create({ data: { name: unique("S") } })).id),
  employee: async () =>
    gid("Employee", (await kit.db.prisma.employee.create({ data: { name: unique("E") } })).id),
  resource: async () =>
    gid(
      "Resource",
      (await kit.db.prisma.resource.create({ data: { name: unique("R"), capacityMinutesPerDay: 60 } })).id,
    ),
  location: async () =>
    gid(
      "Location",
      (await kit.db.prisma.location.create({ data: { name: unique("L"), kind: "WAREHOUSE" } })).id,
    ),
  product: async () => gid("Product", await createProduct(kit, unique("P"))),
};

// ---- One retry case per mutation ---------------------------------------------------------------------------

/** How to send each mutation once so that it succeeds and changes something. */
const cases: Record<string, () => Promise<Request>> = {
  apiKeyCreate: async () => ({
    document: apiKeyCreate,
    variables: { input: { name: unique("K"), role: "viewer" } },
  }),
  apiKeyRevoke: async () => {
    const { apiKey } = await kit.db.transaction((tx) =>
      createApiKey(tx, { name: unique("K"), role: "viewer" }, null),
    );
    return { document: apiKeyRevoke, variables: { id: gid("ApiKey", apiKey.id) } };
  },
  bomCreate: async () => ({
    document: bomCreate,
    variables: {
      input: {
        productId: await row.product(),
        kind: "PRODUCTION",
        name: unique("B"),
        makeDefault: true,
        lines: [{ componentId: await row.product(), quantity: "2.5" }],
      },
    },
  }),
  bomArchive: async () => ({ document: bomArchive, variables: { id: (await bomWithOperation()).bom } }),
  bomLineAdd: async () => ({
    document: bomLineAdd,
    variables: {
      bomId: (await bomWithOperation()).bom,
      input: { componentId: await row.product(), quantity: "4" },
    },
  }),
  bomLineRemove: async () => ({
    document: bomLineRemove,
    variables: { id: (await bomWithOperation()).line },
  }),
  bomLineUpdate: async () => ({
    document: bomLineUpdate,
    variables: { id: (await bomWithOperation()).line, input: { quantity: "3" } },
  }),
  bomOperationAdd: async () => {
    const bom = await bomWithOperation();
    return {
      document: bomOperationAdd,
      variables: {
        bomId: bom.bom,
        input: { name: "Weld", resourceId: bom.resource, sequence: 20, setupMinutes: "5" },
      },
    };
  },
  bomOperationRemove: async () => ({
    document: bomOperationRemove,
    variables: { id: (await bomWithOperation()).operation },
  }),
  bomOperationUpdate: async () => ({
    document: bomOperationUpdate,
    variables: { id: (await bomWithOperation()).operation, input: { name: "Cut twice" } },
  }),
  bomRun: async () => {
    const { bom } = await fixtures.madeProduct();
    return {
      document: bomRun,
      variables: {
        input: { bomId: gid("Bom", bom), locationId: gid("Location", world.shopFloor), quantity: "2" },
      },
    };
  },
  bomSetDefault: async () => ({ document: bomSetDefault, variables: { id: (await bomWithOperation()).bom } }),
  bomUpdate: async () => ({
    document: bomUpdate,
    variables: {
      id: (await bomWithOperation()).bom,
      input: { name: unique("Renamed"), outputQuantity: "2" },
    },
  }),
  customerCreate: async () => ({
    document: customerCreate,
    variables: { input: { name: unique("Customer"), email: "buyer@example.com" } },
  }),
  customerUpdate: async () => ({
    document: customerUpdate,
    variables: { id: await row.customer(), input: { name: unique("Customer") } },
  }),
  customerArchive: async () => ({ document: customerArchive, variables: { id: await row.customer() } }),
  employeeCreate: async () => ({
    document: employeeCreate,
    variables: { input: { name: unique("Employee") } },
  }),
  employeeUpdate: async () => ({
    document: employeeUpdate,
    variables: { id: await row.employee(), input: { email: `${unique("e")}@example.com` } },
  }),
  employeeArchive: async () => ({ document: employeeArchive, variables: { id: await row.employee() } }),
  locationCreate: async () => ({
    document: locationCreate,
    variables: {
      input: {
        name: unique("Floor"),
        kind: "SHOP_FLOOR",
        connectedWarehouseId: gid("Location", world.warehouse),
      },
    },
  }),
  locationUpdate: async () => ({
    document: locationUpdate,
    variables: { id: await row.location(), input: { name: unique("Store") } },
  }),
  locationArchive: async () => ({ document: locationArchive, variables: { id: await row.location() } }),
  productCreate: async () => ({
    document: productCreate,
    variables: { input: { sku: unique("NEW"), name: "New", cost: "3.25", barcodes: [unique("400")] } },
  }),
  productUpdate: async () => ({
    document: productUpdate,
    variables: { id: await row.product(), input: { name: "Renamed", cost: "9" } },
  }),
  productArchive: async () => ({ document: productArchive, variables: { id: await row.product() } }),
  resourceCreate: async () => ({
    document: resourceCreate,
    variables: { input: { name: unique("Press"), capacityMinutesPerDay: 480 } },
  }),
  resourceUpdate: async () => ({
    document: resourceUpdate,
    variables: { id: await row.resource(), input: { capacityMinutesPerDay: 600 } },
  }),
  resourceArchive: async () => ({ document: resourceArchive, variables: { id: await row.resource() } }),
  supplierCreate: async () => ({
    document: supplierCreate,
    variables: { input: { name: unique("Supplier"), phone: "+31 20 123" } },
  }),
  supplierUpdate: async () => ({
    document: supplierUpdate,
    variables: { id: await row.supplier(), input: { phone: "+31 10 999" } },
  }),
  supplierArchive: async () => ({ document: supplierArchive, variables: { id: await row.supplier() } }),
  settingsUpdate: async () => {
    const { allowOverReceipt } = await kit.db.prisma.settings.findFirstOrThrow();
    return { document: settingsUpdate, variables: { input: { allowOverReceipt: !allowOverReceipt } } };
  },
  stockAdjust: async () => ({
    document: stockAdjust,
    variables: {
      input: {
        type: "OTHER",
        note: "found on a shelf",
        lines: [
          { productId: await row.product(), locationId: gid("Location", world.warehouse), quantity: "7" },
        ],
      },
    },
  }),
  productionOrderCreate: async () => {
    const { bom } = await fixtures.madeProduct();
    return {
      document: productionOrderCreate,
      variables: {
        input: {
          locationId: gid("Location", world.shopFloor),
          lines: [{ bomId: gid("Bom", bom), quantity: "2" }],
          status: "PLANNED",
        },
      },
    };
  },
  productionOrderCreateFromBom: async () => {
    const { bom } = await fixtures.madeProduct();
    return {
      document: productionOrderCreateFromBom,
      variables: {
        input: { bomId: gid("Bom", bom), locationId: gid("Location", world.shopFloor), quantity: "5" },
      },
    };
  },
  productionOrderAuthorize: async () => ({
    document: productionOrderAuthorize,
    variables: { id: (await fixtures.productionOrder("DRAFT")).id, expectedVersion: 1 },
  }),
  productionOrderRelease: async () => ({
    document: productionOrderRelease,
    variables: { id: (await fixtures.productionOrder("PLANNED")).id },
  }),
  productionOrderStart: async () => ({
    document: productionOrderStart,
    variables: { id: (await fixtures.productionOrder("RELEASED")).id },
  }),
  productionOrderComplete: async () => ({
    document: productionOrderComplete,
    variables: { id: (await fixtures.productionOrder("RELEASED")).id },
  }),
  productionOrderUndo: async () => ({
    document: productionOrderUndo,
    variables: { id: (await fixtures.productionOrder("PLANNED")).id },
  }),
  productionOrderVoid: async () => ({
    document: productionOrderVoid,
    variables: { id: (await fixtures.productionOrder("PLANNED")).id },
  }),
  productionOrderComponentUpdate: async () => {
    const { componentIds } = await fixtures.productionOrder("DRAFT");
    return {
      document: productionOrderComponentUpdate,
      variables: { id: componentIds[0], requiredQuantity: "8.5" },
    };
  },
  productionOrderRecordWaste: async () => {
    const { id, component } = await fixtures.productionOrder("RELEASED");
    return {
      document: productionOrderRecordWaste,
      variables: {
        id,
        input: { lines: [{ productId: gid("Product", component), quantity: "1.5" }], note: "dropped" },
      },
    };
  },
  productionOrderCreatePurchaseOrders: async () => ({
    document: productionOrderCreatePurchaseOrders,
    variables: { productionOrderId: (await fixtures.productionOrder("PLANNED", "0")).id },
  }),
  purchaseOrderCreate: async () => ({
    document: purchaseOrderCreate,
    variables: {
      input: {
        supplierId: gid("Supplier", world.supplierB),
        locationId: gid("Location", world.warehouse),
        lines: [{ productId: await row.product(), quantity: "12" }],
      },
    },
  }),
  purchaseOrderPlace: async () => ({
    document: purchaseOrderPlace,
    variables: { id: (await fixtures.purchaseOrder("DRAFT")).id },
  }),
  purchaseOrderReceive: async () => {
    const { id, lineId } = await fixtures.purchaseOrder("ORDERED");
    return { document: purchaseOrderReceive, variables: { id, lines: [{ lineId, quantity: "4" }] } };
  },
  purchaseOrderUpdateLines: async () => ({
    document: purchaseOrderUpdateLines,
    variables: {
      id: (await fixtures.purchaseOrder("DRAFT")).id,
      lines: [{ productId: await row.product(), quantity: "3" }],
    },
  }),
  purchaseOrderVoid: async () => ({
    document: purchaseOrderVoid,
    variables: { id: (await fixtures.purchaseOrder("ORDERED")).id },
  }),
  reorderSuggestionsApply: async () => {
    const product = await createProduct(kit, unique("LOW"), {
      primarySupplierId: world.supplierA,
      minBeforeReorder: "10",
      reorderQuantity: "5",
    });
    return {
      document: reorderSuggestionsApply,
      variables: { locationId: gid("Location", world.warehouse), productIds: [gid("Product", product)] },
    };
  },
  salesOrderCreate: async () => ({
    document: salesOrderCreate,
    variables: {
      input: {
        customerId: gid("Customer", world.customer),
        locationId: gid("Location", world.warehouse),
        lines: [{ productId: await row.product(), quantity: "2" }],
      },
    },
  }),
  salesOrderAuthorize: async () => ({
    document: salesOrderAuthorize,
    variables: { id: (await fixtures.salesOrder("DRAFT")).id },
  }),
  salesOrderFulfill: async () => ({
    document: salesOrderFulfill,
    variables: { id: (await fixtures.salesOrder("AUTHORIZED")).id },
  }),
  salesOrderUpdateLines: async () => ({
    document: salesOrderUpdateLines,
    variables: {
      id: (await fixtures.salesOrder("DRAFT")).id,
      lines: [{ productId: await row.product(), quantity: "6" }],
    },
  }),
  salesOrderVoid: async () => ({
    document: salesOrderVoid,
    variables: { id: (await fixtures.salesOrder("AUTHORIZED")).id },
  }),
  transferOrderCreate: async () => ({
    document: transferOrderCreate,
    variables: {
      input: {
        fromLocationId: gid("Location", world.warehouse),
        toLocationId: gid("Location", world.shopFloor),
        lines: [{ productId: await row.product(), quantity: "1" }],
      },
    },
  }),
  transferOrderComplete: async () => ({
    document: transferOrderComplete,
    variables: { id: (await fixtures.transferOrder("DRAFT")).id },
  }),
  transferOrderVoid: async () => ({
    document: transferOrderVoid,
    variables: { id: (await fixtures.transferOrder("DRAFT")).id },
  }),
};

/** What a replay answers: the first answer, except the secrets that are never stored. */
function replayOf(name: string, first: Answer["body"]): Answer["body"] {
  if (name !== "apiKeyCreate") return first;
  const payload = first.data?.apiKeyCreate as Record<string, unknown>;
  return { data: { apiKeyCreate: { ...payload, secret: null } } };
}

describe("a retry with the same key", () => {
  it("has a case below for every mutation of the schema", () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(mutations.length).toBeGreaterThanOrEqual(58);
    expect(Object.keys(cases).sort()).toEqual(mutations);
  });

  Object.entries(cases).forEach(([name, prepare], index) => {
    // Half the cases send the key in the header, half in the request's extensions (as graphql-ws clients do).
    const via = index % 2 === 0 ? "header" : "extensions";
    it(`${name}: answers the first result again and changes nothing (key in the ${via})`, async () => {
      const request = await prepare();
      const key = randomUUID();
      const before = await databaseSnapshot(kit.db);
      const first = await sendWithKey(request, key, { via });
      expect(first.status).toBe(200);
      expect(first.body.errors).toBeUndefined();
      expect(payloadOf(first, name).userErrors).toEqual([]);
      expect(first.replayed).toBe(false);
      const afterFirst = await databaseSnapshot(kit.db);
      // The first call changed the business tables and wrote its key.
      expect(changedTables(before, afterFirst)).toContain("IdempotencyKey");
      expect(changedTables(before, afterFirst).length).toBeGreaterThan(1);

      const retry = await sendWithKey(request, key, { via });
      expect(retry.status).toBe(200);
      expect(retry.replayed).toBe(true);
      expect(retry.body).toEqual(replayOf(name, first.body));
      expect(changedTables(afterFirst, await databaseSnapshot(kit.db))).toEqual([]);
    });
  });
});

describe("keys", () => {
  const adjust = async (quantity = "1", productId?: string) => ({
    document: stockAdjust,
    variables: {
      input: {
        type: "OTHER",
        lines: [
          {
            productId: productId ?? (await row.product()),
            locationId: gid("Location", world.warehouse),
            quantity,
          },
        ],
      },
    },
  });

  it("answers with the events the request wrote, as the same request without a key does", async () => {
    const authorize = async (key: string | null) => {
      const request = {
        document: productionOrderAuthorizeWithEvents,
        variables: { id: (await fixtures.productionOrder("DRAFT")).id },
      };
      return payloadOf(await sendWithKey(request, key), "productionOrderAuthorize").productionOrder;
    };
    const withoutKey = await authorize(null);
    expect(withoutKey.events).toContainEqual({
      type: "PRODUCTION_ORDER_PLANNED",
      beforeStatus: "DRAFT",
      afterStatus: "PLANNED",
    });
    expect(await authorize(randomUUID())).toEqual(withoutKey);
  });

  it("refuses the same key with other input or another mutation, changing nothing", async () => {
    const key = randomUUID();
    const product = await row.product();
    const first = await sendWithKey(await adjust("2", product), key);
    expect(first.body.errors).toBeUndefined();
    const before = await databaseSnapshot(kit.db);
    for (const other of [
      await adjust("3", product),
      { document: supplierCreate, variables: { input: { name: "X" } } },
    ]) {
      const answer = await sendWithKey(other, key);
      expect(answer.status).toBe(422);
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(
            /^The idempotency key ".+" was already used with another request \(stockAdjust\)/,
          ),
          extensions: { code: "IDEMPOTENCY_KEY_REUSED" },
        }),
      ]);
    }
    expect(changedTables(before, await databaseSnapshot(kit.db))).toEqual([]);
  });

  it("treats the same document with variables in another order as the same request", async () => {
    const key = randomUUID();
    const request = await adjust("2");
    const first = await sendWithKey(request, key);
    const input = request.variables.input as Record<string, unknown>;
    const reordered = {
      document: stockAdjust,
      variables: { input: { lines: input.lines, type: input.type } },
    };
    const retry = await sendWithKey(reordered, key);
    expect(retry.replayed).toBe(true);
    expect(retry.body).toEqual(first.body);
  });

  it("are scoped to the API key: another client's identical key is its own", async () => {
    const key = randomUUID();
    const otherClient = await kit.keyWith("INVENTORY_ADJUST");
    const request = await adjust("1");
    const mine = await sendWithKey(request, key);
    const theirs = await sendWithKey(request, key, { apiKey: otherClient });
    expect(theirs.replayed).toBe(false);
    expect(theirs.body.errors).toBeUndefined();
    const ids = [mine, theirs].map((answer) => payloadOf(answer, "stockAdjust").adjustment.id);
    expect(new Set(ids).size).toBe(2);
  });

  it("applies concurrent duplicates once and answers each of them the same", async () => {
    const key = randomUUID();
    const request = await adjust("5");
    const before = await kit.db.prisma.inventoryAdjustment.count();
    const answers = await Promise.all(Array.from({ length: 6 }, () => sendWithKey(request, key)));
    expect(await kit.db.prisma.inventoryAdjustment.count()).toBe(before + 1);
    for (const answer of answers) expect(answer.body).toEqual(answers[0]?.body);
    expect(answers.filter((answer) => !answer.replayed)).toHaveLength(1);
    expect(answers[0]?.body.errors).toBeUndefined();
  });

  it("replays a refusal (userErrors) too: a new attempt needs a new key", async () => {
    const product = await createProduct(kit, unique("SCARCE"));
    const take = {
      document: stockAdjust,
      variables: {
        input: {
          type: "WASTE",
          lines: [
            {
              productId: gid("Product", product),
              locationId: gid("Location", world.warehouse),
              quantity: "3",
            },
          ],
        },
      },
    };
    const key = randomUUID();
    const refused = await sendWithKey(take, key);
    expect(payloadOf(refused, "stockAdjust").userErrors[0]?.code).toBe("INSUFFICIENT_STOCK");
    await addStock(kit, product, world.warehouse, "10");
    const retry = await sendWithKey(take, key);
    expect(retry.replayed).toBe(true);
    expect(retry.body).toEqual(refused.body);
    expect(
      await kit.db.prisma.inventoryAdjustment.count({
        where: { movements: { some: { productId: product } } },
      }),
    ).toBe(0);
    const fresh = await sendWithKey(take, randomUUID());
    expect(payloadOf(fresh, "stockAdjust").userErrors).toEqual([]);
  });

  it("does not keep a request refused as a whole (here: forbidden), nor write anything for it", async () => {
    const viewer = await kit.keyWith("PRODUCTION_VIEW");
    const key = randomUUID();
    const request = await adjust("1");
    const before = await databaseSnapshot(kit.db);
    const answer = await sendWithKey(request, key, { apiKey: viewer });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(changedTables(before, await databaseSnapshot(kit.db))).toEqual([]);
  });

  it("applies a multi-mutation request once, as a whole", async () => {
    const key = randomUUID();
    const [first, second] = [await adjust("1"), await adjust("2")];
    const request = {
      document: TwoAdjustments,
      variables: { first: first.variables.input, second: second.variables.input },
    };
    const before = await kit.db.prisma.inventoryAdjustment.count();
    const answer = await sendWithKey(request, key);
    expect(answer.body.errors).toBeUndefined();
    const retry = await sendWithKey(request, key);
    expect(retry.body).toEqual(answer.body);
    expect(await kit.db.prisma.inventoryAdjustment.count()).toBe(before + 2);
  });

  it("refuses malformed keys and a header that contradicts the extensions", async () => {
    const request = await adjust("1");
    for (const key of ["", "with space", "x".repeat(256), "é"]) {
      const answer = await sendWithKey(request, key, { via: "extensions" });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe("IDEMPOTENCY_KEY_INVALID");
    }
    const response = await kit.app.fetch("http://test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        authorization: `Bearer ${kit.adminKey}`,
        "idempotency-key": "one",
      },
      body: JSON.stringify({
        query: print(request.document),
        variables: request.variables,
        extensions: { idempotencyKey: "two" },
      }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Answer["body"]).errors?.[0]?.message).toMatch(/differ/);
  });

  it("is ignored on queries, which are safe to repeat", async () => {
    const key = randomUUID();
    const answer = await sendWithKey({ document: ProductsQuery, variables: {} }, key);
    expect(answer.body.errors).toBeUndefined();
    expect(await kit.db.prisma.idempotencyKey.count({ where: { key } })).toBe(0);
  });
});

describe("expiry", () => {
  it("stores keys for the configured time", async () => {
    const app = createApp({ db: kit.db, logger: createLogger("error"), idempotencyKeyTtlHours: 2 });
    const key = randomUUID();
    const startedAt = Date.now();
    await sendWithKey({ document: stockAdjust, variables: (await adjustRequest()).variables }, key, { app });
    const stored = await kit.db.prisma.idempotencyKey.findFirstOrThrow({ where: { key } });
    const hours = (stored.expiresAt.getTime() - startedAt) / 3_600_000;
    expect(hours).toBeGreaterThan(1.99);
    expect(hours).toBeLessThan(2.01);
  });

  it("runs a request again once its key has expired, and prunes expired keys", async () => {
    const key = randomUUID();
    const request = await adjustRequest();
    const first = await sendWithKey(request, key);
    // Expire it, and leave another client's long-expired key behind.
    await kit.db.prisma.idempotencyKey.updateMany({
      where: { key },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await kit.db.prisma.idempotencyKey.create({
      data: {
        apiKeyId: 1,
        key: "forgotten",
        operation: "stockAdjust",
        requestHash: "x",
        response: {},
        expiresAt: new Date(Date.now() - 86_400_000),
      },
    });
    // A new instance prunes on its first idempotent request.
    const app = createApp({ db: kit.db, logger: createLogger("error") });
    const again = await sendWithKey(request, key, { app });
    expect(again.replayed).toBe(false);
    const ids = [first, again].map((answer) => payloadOf(answer, "stockAdjust").adjustment.id);
    expect(ids[0]).not.toBe(ids[1]);
    expect(await kit.db.prisma.idempotencyKey.count({ where: { key: "forgotten" } })).toBe(0);
    const renewed = await kit.db.prisma.idempotencyKey.findFirstOrThrow({ where: { key } });
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  async function adjustRequest() {
    return {
      document: stockAdjust,
      variables: {
        input: {
          type: "OTHER",
          lines: [
            { productId: await row.product(), locationId: gid("Location", world.warehouse), quantity: "1" },
          ],
        },
      },
    };
  }
});
