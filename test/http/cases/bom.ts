import { createBom as createBomAction } from "../../../src/domain/bom/boms.ts";
import { globalId } from "../../kit/ids.ts";
import { createBom, createProduct } from "../../kit/world.ts";
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
} from "../../operations/bom.ts";
import { type BadInput, type CaseContext, missing, newRecords, type Retries, userError } from "./context.ts";

/** A BOM that is not its product's default, with a line and an operation. */
async function bomWithOperation(c: CaseContext) {
  const [product, component, resource] = await Promise.all([
    c.fixtures.product(),
    c.fixtures.product(),
    c.fixtures.resource(),
  ]);
  const bom = await c.kit.db.transaction((tx) =>
    createBomAction(tx, null, {
      productId: product,
      kind: "PRODUCTION",
      name: c.fixtures.unique("Routing"),
      makeDefault: false,
      operations: [{ sequence: 10, name: "Cut", resourceId: resource }],
      lines: [{ componentId: component, quantity: "1" }],
    }),
  );
  const line = await c.kit.db.prisma.bomLine.findFirstOrThrow({ where: { bomId: bom.id } });
  return {
    bom: globalId("Bom", bom.id),
    line: globalId("BomLine", line.id),
    operation: globalId("BomOperation", bom.operations[0]?.id as number),
    resource: globalId("Resource", resource),
    component: globalId("Product", component),
  };
}

/** The retry case of each mutation of BOMs. */
export function retries(c: CaseContext): Retries {
  const row = newRecords(c);
  return {
    bomCreate: async () => ({
      document: bomCreate,
      variables: {
        input: {
          productId: await row.product(),
          kind: "PRODUCTION",
          name: c.fixtures.unique("B"),
          makeDefault: true,
          lines: [{ componentId: await row.product(), quantity: "2.5" }],
        },
      },
    }),
    bomArchive: async () => ({ document: bomArchive, variables: { id: (await bomWithOperation(c)).bom } }),
    bomLineAdd: async () => ({
      document: bomLineAdd,
      variables: {
        bomId: (await bomWithOperation(c)).bom,
        input: { componentId: await row.product(), quantity: "4" },
      },
    }),
    bomLineRemove: async () => ({
      document: bomLineRemove,
      variables: { id: (await bomWithOperation(c)).line },
    }),
    bomLineUpdate: async () => ({
      document: bomLineUpdate,
      variables: { id: (await bomWithOperation(c)).line, input: { quantity: "3" } },
    }),
    bomOperationAdd: async () => {
      const bom = await bomWithOperation(c);
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
      variables: { id: (await bomWithOperation(c)).operation },
    }),
    bomOperationUpdate: async () => ({
      document: bomOperationUpdate,
      variables: { id: (await bomWithOperation(c)).operation, input: { name: "Cut twice" } },
    }),
    bomRun: async () => {
      const { bom } = await c.fixtures.madeProduct();
      return {
        document: bomRun,
        variables: {
          input: {
            bomId: globalId("Bom", bom),
            locationId: globalId("Location", c.world.shopFloor),
            quantity: "2",
          },
        },
      };
    },
    bomSetDefault: async () => ({
      document: bomSetDefault,
      variables: { id: (await bomWithOperation(c)).bom },
    }),
    bomUpdate: async () => ({
      document: bomUpdate,
      variables: {
        id: (await bomWithOperation(c)).bom,
        input: { name: c.fixtures.unique("Renamed"), outputQuantity: "2" },
      },
    }),
  };
}

/** Bad requests to the mutations of BOMs, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  const row = newRecords(c);
  return [
    {
      area: "boms",
      name: "BOM containing its own product",
      prepare: async () => {
        const self = await row.product();
        return {
          document: bomCreate,
          variables: {
            input: {
              productId: self,
              kind: "PRODUCTION",
              name: "Loop",
              lines: [{ componentId: self, quantity: "1" }],
            },
          },
        };
      },
      expected: userError("CYCLE", ["input", "lines", "0", "componentId"]),
    },
    {
      area: "boms",
      name: "line that closes a cycle two levels down",
      prepare: async () => {
        const [a, b] = [
          await createProduct(c.kit, c.fixtures.unique("A")),
          await createProduct(c.kit, c.fixtures.unique("B")),
        ];
        await createBom(c.kit, a, [[b, "1"]]);
        const bomOfB = await createBom(c.kit, b, [[await createProduct(c.kit, c.fixtures.unique("C")), "1"]]);
        return {
          document: bomLineAdd,
          variables: {
            bomId: globalId("Bom", bomOfB),
            input: { componentId: globalId("Product", a), quantity: "1" },
          },
        };
      },
      expected: userError("CYCLE", ["input", "componentId"]),
    },
    {
      area: "boms",
      name: "BOM line of quantity zero",
      prepare: async () => {
        const { bom } = await c.fixtures.madeProduct("0");
        return {
          document: bomLineAdd,
          variables: {
            bomId: globalId("Bom", bom),
            input: { componentId: await row.product(), quantity: "0" },
          },
        };
      },
      expected: userError("INVALID_INPUT", ["input", "quantity"]),
    },
    {
      area: "boms",
      name: "assembly BOM with operations",
      prepare: async () => {
        const resource = await c.kit.db.prisma.resource.create({
          data: { name: c.fixtures.unique("Bench"), capacityMinutesPerDay: 60 },
        });
        return {
          document: bomCreate,
          variables: {
            input: {
              productId: await row.product(),
              kind: "ASSEMBLY",
              name: "Kit",
              operations: [{ name: "Pack", resourceId: globalId("Resource", resource.id), sequence: 10 }],
            },
          },
        };
      },
      expected: userError("INVALID_INPUT", ["input", "operations"]),
    },
    {
      area: "boms",
      name: "update of a BOM line that does not exist",
      prepare: async () => ({
        document: bomLineUpdate,
        variables: { id: missing("BomLine"), input: { quantity: "2" } },
      }),
      expected: userError("NOT_FOUND", ["id"]),
    },
    {
      area: "boms",
      name: "editing an archived BOM",
      prepare: async () => {
        const { bom } = await c.fixtures.madeProduct("0");
        await c.kit.db.prisma.bom.update({ where: { id: bom }, data: { archivedAt: new Date() } });
        return { document: bomUpdate, variables: { id: globalId("Bom", bom), input: { name: "Revived" } } };
      },
      expected: userError("ARCHIVED", ["id"]),
    },
    {
      area: "boms",
      name: "BOM run with too little component stock",
      prepare: async () => {
        const { bom } = await c.fixtures.madeProduct("1");
        return {
          document: bomRun,
          variables: {
            input: {
              bomId: globalId("Bom", bom),
              locationId: globalId("Location", c.world.shopFloor),
              quantity: "5",
            },
          },
        };
      },
      expected: userError("INSUFFICIENT_STOCK", ["input", "quantity"]),
    },
  ];
}
